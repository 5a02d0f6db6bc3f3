import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompletionList } from 'vscode-languageserver/node';
import { expandItemDefaults, ITEM_DEFAULTS } from '../support/completionDefaults';
import { TestClient } from '../support/lspClient';

/**
 * Completion lists over a real connection, for a client that advertises `completionList.itemDefaults`
 * (VS Code) and one that does not (Neovim 0.7, Emacs): the same items, the shared range sent once to
 * the first, a text edit in every item for the second.
 */

const COMPONENT_URI = 'file:///work/many-steps.yaml';
const STEPS = 300;
const steps = Array.from({ length: STEPS }, (_, i) => `      - name: Step${i}\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo ${i}\n`).join('');
const LAST_LINE = '            - echo "{{ build.';
const component = `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n${steps}      - name: Last\n        action: ExecuteBash\n        inputs:\n          commands:\n${LAST_LINE} }}"\n`;
const IN_EXPRESSION = { line: component.split('\n').length - 2, character: LAST_LINE.length };

const INFRA_URI = 'file:///work/infra.json';
const infra = '{\n  "name": "infra",\n  "instanceProfileName": "profile",\n  "placement": { "tenancy": "" }\n}\n';
const TENANCY_VALUE = { line: 3, character: '  "placement": { "tenancy": "'.length };

describe('protocol: completion item defaults', () => {
  let withDefaults: TestClient;
  let plain: TestClient;

  before(async () => {
    withDefaults = TestClient.inProcess();
    plain = TestClient.inProcess();
    await withDefaults.initialize({ capabilities: { textDocument: { completion: { completionList: { itemDefaults: [...ITEM_DEFAULTS] } } } } });
    await plain.initialize();
    for (const client of [withDefaults, plain]) {
      await client.open(COMPONENT_URI, component);
      await client.open(INFRA_URI, infra);
    }
  });
  after(() => {
    withDefaults.dispose();
    plain.dispose();
  });

  const both = async (uri: string, position: { line: number; character: number }) => {
    const params = { textDocument: { uri }, position };
    return {
      shared: await withDefaults.request<CompletionList>('textDocument/completion', params),
      each: await plain.request<CompletionList>('textDocument/completion', params),
    };
  };

  test('inside {{ }}: the steps of the phase, with one shared range and the text each item inserts', async () => {
    const { shared, each } = await both(COMPONENT_URI, IN_EXPRESSION);
    assert.equal(each.items.length, 200, 'the list is cut to the nearest steps');
    assert.equal(shared.itemDefaults?.editRange && 'start' in shared.itemDefaults.editRange ? shared.itemDefaults.editRange.start.line : -1, IN_EXPRESSION.line);
    const last = shared.items.find((i) => i.label === `Step${STEPS - 1}`);
    assert.equal(last?.textEditText, `Step${STEPS - 1}.`, 'a chained step name goes on with a dot');
    assert.deepEqual(expandItemDefaults(shared), each);
    const bytes = (list: CompletionList) => JSON.stringify(list).length;
    assert.ok(bytes(shared) < 0.7 * bytes(each), `${bytes(shared)} bytes with item defaults, ${bytes(each)} without`);
  });

  test('a JSON enum value: the same items either way', async () => {
    const { shared, each } = await both(INFRA_URI, TENANCY_VALUE);
    assert.deepEqual(each.items.map((i) => i.label).sort(), ['dedicated', 'default', 'host']);
    assert.ok(each.items.every((i) => i.textEdit && i.textEdit.newText === i.label), 'inside the quotes the label is the value the edit writes');
    assert.ok(shared.itemDefaults?.editRange);
    assert.deepEqual(expandItemDefaults(shared), each);
  });
});
