import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../support/harness';
import { ALL_RULE_CASES, CASES } from './cases';
import { yamlTemplateToJson } from './toJson';

function lines(text: string, name: string): string[] {
  // Not `fixture`: its `|` cursor marker is YAML's block scalar indicator here.
  const document = TextDocument.create(`file:///work/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text);
  const analysis = service().analyze(document);
  assert.equal(analysis.detection.kind?.id, 'cloudformation-template', `${name} is a template`);
  return service().doValidation(analysis).map((d) => `${String(d.code)} [${document.getText(d.range)}] ${d.message}`);
}

/** `code [text]` with the quotes and spaces of the covered text left out, for comparing YAML and JSON. */
function where(line: string): string {
  const match = /^(\S+) \[([^]*?)\] /.exec(line);
  return match ? `${match[1]} [${match[2].replace(/["\s]/g, '')}]` : line;
}

for (const c of [...CASES, ...ALL_RULE_CASES]) {
  test(`template (YAML): ${c.name}`, () => {
    assert.deepEqual(lines(c.yaml, 'template.yaml'), c.expect);
  });
  test(`template (JSON, long forms): ${c.name}`, () => {
    const json = yamlTemplateToJson(c.yaml);
    assert.deepEqual(lines(json, 'template.json').map(where), c.expect.map(where), json);
  });
}
