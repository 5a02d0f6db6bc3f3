import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../support/harness';
import { DATA_CASES } from './dataCases';
import { PARAMETER_CASES } from './parameterCases';
import { yamlTemplateToJson } from './toJson';

function lines(text: string, name: string): string[] {
  const document = TextDocument.create(`file:///work/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text);
  const analysis = service().analyze(document);
  assert.equal(analysis.detection.kind?.id, 'cloudformation-template', `${name} is a template`);
  return service().doValidation(analysis).map((d) => `${String(d.code)} [${document.getText(d.range)}] ${d.message}`);
}

const TABLES = [['Data', DATA_CASES], ['Recipe parameters', PARAMETER_CASES]] as const;

for (const [table, c] of TABLES.flatMap(([name, cases]) => cases.map((c) => [name, c] as const))) {
  test(`${table} (YAML): ${c.name}`, () => {
    assert.deepEqual(lines(c.yaml, 'template.yaml'), c.expect, c.yaml);
  });
  test(`${table} (JSON, long forms): ${c.name}`, () => {
    const json = yamlTemplateToJson(c.yaml);
    const expect = c.expect.map((l) => l.replace(/ \[(.*?)\] /, (_, t: string) => ` [${JSON.stringify(t.replace(/''/g, "'")).slice(1, -1)}] `));
    assert.deepEqual(lines(json, 'template.json'), expect, json);
  });
}
