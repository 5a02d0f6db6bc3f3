import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { objectNode, propertyNode, stringNode, unknownNode } from '../../server/src/service/ast/nodes';
import { OffsetMapBuilder, toHostRange, toVirtual } from '../../server/src/service/embedded/offsetMap';
import { SchemaCatalog } from '../../server/src/service/schema/catalog';
import { Problem } from '../../server/src/service/validation/problem';
import { SchemaValidator } from '../../server/src/service/validation/schemaValidator';
import { CURSOR, completions, diagnosticsText, open, service } from '../support/harness';

const DEEP = `schemaVersion: 1.0\nphases:\n  - name: build\n    steps: ${'['.repeat(450)}${']'.repeat(450)}\n`;
const JSON_OPTIONS = { languageId: 'json' as const };
const createComponent = (data: string) => JSON.stringify({ name: 'my-component', semanticVersion: '1.0.0', platform: 'Linux', data });
const getComponentResponse = (data: string, platform = 'Linux') => JSON.stringify({
  requestId: 'r-1',
  component: { arn: 'arn:aws:imagebuilder:us-east-1:123456789012:component/my-component/1.0.0/1', name: 'my-component', version: '1.0.0', platform, type: 'BUILD', data },
}, null, 2);

describe('embedded regions are analysed like files', () => {
  test('a data string nested 450 levels deep gets the "not checked" notice the same document gets as a file', () => {
    const asFile = diagnosticsText(DEEP, { kind: 'component-document' });
    const match = /^4:(\d+) info file-too-large \[\[\] This file nests more than 400 levels deep from here: it is not parsed, so it is not checked, and completion and hover are off\.$/.exec(asFile.join('\n'));
    assert.ok(match, asFile.join('\n'));
    const bracket = Number(match[1]) - '    steps: ['.length; // which bracket (0-based) the notice is at
    const text = createComponent(DEEP);
    const inData = diagnosticsText(text, JSON_OPTIONS);
    const column = text.indexOf('steps: [') + 'steps: '.length + bracket + 1;
    assert.deepEqual(inData, [`1:${column} info file-too-large [[] The component document of 'data' nests more than 400 levels deep from here: it is not parsed, so it is not checked, and completion and hover are off.`]);
  });

  test("a get-component response's component.data is checked, with the component's platform", () => {
    const data = 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Say\n        action: ExecuteBash\n        inputs:\n          commands: [echo hi]\n      - name: Oops\n        action: ExecuteBsh\n';
    const text = getComponentResponse(data, 'Windows');
    const lines = diagnosticsText(text, { ...JSON_OPTIONS, kind: 'get-component.response' });
    assert.deepEqual(lines.map((l) => l.replace(/^\d+:\d+ /, '')), [
      "error action-platform [ExecuteBash] ExecuteBash does not run on Windows (it runs on Linux, macOS); this document is for Windows, from the component's platform.",
      "error unknown-action [ExecuteBsh] 'ExecuteBsh' is not an AWSTOE action module. Did you mean 'ExecuteBash'?",
    ]);
    const { analysis } = open(text, { ...JSON_OPTIONS, kind: 'get-component.response' });
    assert.equal(service().describeKind(analysis).platform, 'Windows');
  });

  test('completion inside a response data string comes from the component support, escaped for JSON', () => {
    const data = 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Say\n        action: ExecuteBsh\n';
    const text = getComponentResponse(data).replace('action: ExecuteBsh', `action: Exec${CURSOR}uteBsh`);
    const labels = completions(text, { ...JSON_OPTIONS, kind: 'get-component.response' }).map((i) => i.label);
    assert.ok(labels.includes('ExecuteBash'), labels.join(', '));
  });

  test('a response whose data is not a component document is left alone', () => {
    const text = getComponentResponse('#!/bin/bash\necho {{ not ours }}\n');
    assert.deepEqual(diagnosticsText(text, { ...JSON_OPTIONS, kind: 'get-component.response' }), []);
  });
});

describe('offset maps for text that is not one string node', () => {
  test('a `${…}` part replaced by a stand-in maps to the whole part in the host', () => {
    // Host text: `echo ${AWS::Region} done` at host offset 100; the inner text reads `echo _ done`.
    const map = new OffsetMapBuilder().verbatim(100, 'echo ').replaced(105, '_').verbatim(119, ' done').build(124);
    assert.equal(map.value, 'echo _ done');
    assert.deepEqual(toHostRange(map, { offset: 0, length: 4 }), { offset: 100, length: 4 });
    assert.deepEqual(toHostRange(map, { offset: 7, length: 4 }), { offset: 120, length: 4 });
    assert.equal(toVirtual(map, 110), 5, 'a host offset inside the opaque part is the stand-in');
    assert.deepEqual(toHostRange(map, { offset: 0, length: map.value.length }), { offset: 100, length: 24 });
  });
});

describe('unknown nodes', () => {
  test('the schema validator never judges an unknown value, whatever the schema says', () => {
    const catalog = new SchemaCatalog(new Map([['t.schema.json', { definitions: {} }]]));
    const object = objectNode(0, 20, undefined, [], true);
    const key = stringNode(1, 4, undefined, 'size', 'plain');
    const property = propertyNode(1, 18, object, key, undefined, 5);
    key.parent = property;
    const value = unknownNode(7, 12, property, 'Fn::GetAtt');
    property.valueNode = value;
    object.properties.push(property);
    for (const schema of [{ type: 'integer' as const, minimum: 10 }, { type: 'string' as const, enum: ['a'] }, { type: 'string' as const, format: 'arn' }, { type: 'array' as const, minItems: 2 }]) {
      const problems: Problem[] = [];
      new SchemaValidator(catalog, problems).validate(object, { type: 'object', properties: { size: schema }, required: ['size'], additionalProperties: false });
      assert.deepEqual(problems, [], JSON.stringify(schema));
    }
  });
});
