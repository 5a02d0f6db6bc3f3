import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, CompletionList, InsertTextFormat } from 'vscode-languageserver-types';
import { parse as parseYaml } from 'yaml';
import { applyEdit, applyLikeNeovim07, itemsOf } from '../support/applyCompletion';
import { TestClient } from '../support/lspClient';
import { CURSOR } from '../support/harness';

/**
 * Completion for what the client said it can take, judged by the text that results from accepting an
 * item: a client without snippet support (Neovim 0.7's own capabilities) and one with every capability
 * (snippets, insert/replace edits, label details, item defaults: VS Code's).
 */

const NEOVIM_07 = { textDocument: { completion: { dynamicRegistration: false, completionItem: { snippetSupport: false, commitCharactersSupport: false, preselectSupport: false, deprecatedSupport: false, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: false } } };
const EVERYTHING = { textDocument: { completion: {
  completionItem: { snippetSupport: true, insertReplaceSupport: true, labelDetailsSupport: true, insertTextModeSupport: { valueSet: [1, 2] } },
  completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
} } };

const COMPONENT = `schemaVersion: 1.0\nphases:\n  - name: build\n    st${CURSOR}\n`;
const STEP = `schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Hello\n        action: ExecuteBash\n        ${CURSOR}\n`;
const INFRA_KEY = `{\n  "name": "infra",\n  "instanceProfileName": "p",\n  "pla${CURSOR}\n}\n`;
const INFRA_QUOTE = `{\n  "name": "infra",\n  "instanceProfileName": "p",\n  "${CURSOR}\n}\n`;
const INFRA_VALUE = `{\n  "name": "infra",\n  "instanceProfileName": "p",\n  "placement": { "tenancy": "${CURSOR}" }\n}\n`;

describe('protocol: completion honours the client capabilities', () => {
  let plain: TestClient;
  let full: TestClient;
  let n = 0;
  before(async () => {
    plain = TestClient.inProcess();
    full = TestClient.inProcess();
    await plain.initialize({ capabilities: NEOVIM_07 as never });
    await full.initialize({ capabilities: EVERYTHING as never });
  });
  after(() => {
    plain.dispose();
    full.dispose();
  });

  /** Opens `marked` (the cursor at the marker) in the client and asks for completion there. */
  const complete = async (client: TestClient, marked: string, name: string) => {
    const offset = marked.indexOf(CURSOR);
    const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
    const uri = `file:///work/${n++}-${name}`;
    const document = TextDocument.create(uri, name.endsWith('.json') ? 'json' : 'yaml', 1, text);
    await client.open(uri, text);
    const position = document.positionAt(offset);
    const result = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
    return { document, position, items: itemsOf(result), result };
  };
  const find = (items: CompletionItem[], label: string) => {
    const item = items.find((i) => i.label === label);
    assert.ok(item, `no '${label}' in ${items.map((i) => i.label).join(', ')}`);
    return item;
  };
  const noTabOrNul = (items: CompletionItem[]) => {
    for (const item of items) assert.doesNotMatch(item.textEdit?.newText ?? '', /[\t\0]/, item.label);
  };

  test('no snippet support: a YAML key whose value is a block is inserted alone, as plain text', async () => {
    const { document, position, items } = await complete(plain, COMPONENT, 'hello-component.yaml');
    const steps = find(items, 'steps');
    assert.equal(steps.insertTextFormat, InsertTextFormat.PlainText);
    assert.equal(applyEdit(document, steps), 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n');
    assert.equal(applyLikeNeovim07(document, items, 'steps', position), 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n');
    noTabOrNul(items);
    for (const item of items) {
      assert.equal(item.insertTextFormat, InsertTextFormat.PlainText, item.label);
      assert.doesNotMatch(item.textEdit!.newText, /\n|\$\d|\$\{/, item.label);
    }
  });

  test('no snippet support: every key of a step, and no skeleton that needs a snippet engine', async () => {
    const { document, items } = await complete(plain, STEP, 'hello-component.yaml');
    noTabOrNul(items);
    assert.ok(!items.some((i) => i.label === 'new step'));
    for (const label of ['inputs', 'if', 'loop']) {
      const result = applyEdit(document, find(items, label));
      assert.ok(result.includes(`\n        ${label}:\n`), `${label}: ${JSON.stringify(result)}`);
      assert.doesNotThrow(() => parseYaml(result), label);
    }
    assert.ok(applyEdit(document, find(items, 'timeoutSeconds')).includes('\n        timeoutSeconds: '));
  });

  test('every capability: snippets with spaces for indentation, expanded under the line', async () => {
    const { document, items, result } = await complete(full, COMPONENT, 'hello-component.yaml');
    assert.ok(result && !Array.isArray(result) && result.itemDefaults?.editRange, 'the range sent once');
    noTabOrNul(items);
    const steps = find(items, 'steps');
    assert.equal(steps.insertTextFormat, InsertTextFormat.Snippet);
    const text = applyEdit(document, steps);
    assert.equal(text, 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - \n');
    assert.deepEqual(parseYaml(text).phases[0].steps, [null]);
    assert.ok(steps.labelDetails?.description, 'label details');
  });

  test('every capability: a word after the cursor can be kept or replaced (insert/replace edit)', async () => {
    const { document, items } = await complete(full, STEP.replace(`${CURSOR}\n`, `inputs:\n          commands: [echo]\n        timeout${CURSOR}Seconds: 5\n`).replace('        action: ExecuteBash\n        inputs', '        action: ExecuteBash\n        inputs'), 'hello-component.yaml');
    const timeout = find(items, 'timeoutSeconds');
    assert.ok(timeout.textEdit && 'insert' in timeout.textEdit, JSON.stringify(timeout.textEdit));
    assert.ok(applyEdit(document, timeout, true).includes('\n        timeoutSeconds: 5\n'), 'replaced: the key alone before its colon');
  });

  for (const [name, client] of [['no snippet support', () => plain], ['every capability', () => full]] as const) {
    test(`${name}: JSON key, typed "pla`, async () => {
      const { document, position, items } = await complete(client(), INFRA_KEY, 'infra.json');
      const expected = '{\n  "name": "infra",\n  "instanceProfileName": "p",\n  "placement": {}\n}\n';
      const placement = find(items, 'placement');
      assert.equal(applyEdit(document, placement).replace(/\{\n\s*\}/, '{}'), expected);
      if (client() === plain) assert.equal(applyLikeNeovim07(document, items, 'placement', position), expected);
    });
    test(`${name}: JSON key after a lone quote`, async () => {
      const { document, position, items } = await complete(client(), INFRA_QUOTE, 'infra.json');
      const expected = '{\n  "name": "infra",\n  "instanceProfileName": "p",\n  "description": ""\n}\n';
      assert.equal(applyEdit(document, find(items, 'description')), expected);
      if (client() === plain) assert.equal(applyLikeNeovim07(document, items, 'description', position), expected);
    });
    test(`${name}: JSON enum value inside quotes`, async () => {
      const { document, position, items } = await complete(client(), INFRA_VALUE, 'infra.json');
      const expected = '{\n  "name": "infra",\n  "instanceProfileName": "p",\n  "placement": { "tenancy": "host" }\n}\n';
      assert.equal(applyEdit(document, find(items, 'host')), expected);
      assert.equal(applyLikeNeovim07(document, items, 'host', position), expected);
    });
  }
});
