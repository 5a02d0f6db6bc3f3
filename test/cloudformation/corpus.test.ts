import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dataRegions } from '../../server/src/service/cloudformation/dataRegions';
import { templateModel } from '../../server/src/service/cloudformation/template';
import { analyzeRegion } from '../../server/src/service/embedded/embeddedSupport';
import { Analysis } from '../../server/src/service/languageService';
import { corpusDir, sharedAvailable } from '../support/paths';
import { service } from '../support/harness';
import { REVIEWED, WITHOUT_IMAGE_BUILDER } from './corpusReviewed';

const dir = path.join(corpusDir, 'cloudformation');

test('corpus templates: every one is checked as a template, with exactly the reviewed diagnostics', (t) => {
  if (!sharedAvailable('corpus/cloudformation')) {
    t.skip('skipped: ../shared/corpus/cloudformation not present');
    return;
  }
  const files = fs.readdirSync(dir).sort();
  assert.ok(files.length >= 29, `${files.length} templates`);
  let components = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const document = TextDocument.create(`file:///corpus/${file}`, file.endsWith('.json') ? 'json' : 'yaml', 1, text);
    const analysis = service().analyze(document);
    assert.equal(analysis.detection.kind?.id, 'cloudformation-template', file);
    const resources = templateModel(analysis).imageBuilder.length;
    assert.equal(resources === 0, WITHOUT_IMAGE_BUILDER.includes(file), `${file}: ${resources} Image Builder resources`);
    const got = service().doValidation(analysis).map((d) => `L${d.range.start.line + 1} ${String(d.code)} [${document.getText(d.range).slice(0, 80)}]`);
    const key = file.replace(/^[^_]+__/, '');
    assert.deepEqual(got, (REVIEWED[key] ?? []).map((r) => r.diagnostic), `${file}: review every diagnostic in corpusReviewed.ts`);
    components += inlineComponents(analysis, document);
  }
  // 16 Component resources with their document inline in Data (5 `Data: |`, 8 `!Sub |`, 3 CDK JSON strings);
  // two more name an S3 Uri, and a Workflow's Data is no component.
  assert.equal(components, 16);
});

/** The Data components of a template analysed as component documents, each with its phases in the template's outline. */
function inlineComponents(analysis: Analysis, document: TextDocument): number {
  const inner = dataRegions(analysis).map((region) => ({ region, component: analyzeRegion(analysis, region) }));
  const symbols = service().findDocumentSymbols(analysis);
  let count = 0;
  for (const { region, component } of inner) {
    if (component?.detection.kind?.id !== 'component-document') continue;
    const start = region.map.toHost[0];
    const end = region.map.toHost[region.map.value.length];
    const phases = symbols.filter((s) => document.offsetAt(s.range.start) >= start && document.offsetAt(s.range.end) <= end);
    assert.ok(phases.length > 0, `${document.uri} ${region.name}: its phases are in the outline`);
    count++;
  }
  return count;
}
