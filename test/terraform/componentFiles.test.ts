// `data = file("…")` / `templatefile("…", {…})` in aws_imagebuilder_component: go to definition opens the
// file (relative to the .tf file's folder), through the service facade and over LSP; a missing file is
// `component-file-missing` in the server and the CLI (the node layer tells the service which files exist).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Location } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../../server/src/service/languageService';
import { lint, remove, workspace } from '../cli/runCli';
import { TestClient } from '../support/lspClient';
import { terraformService, tfFixture } from '../support/terraform';

const component = (data: string) => `resource "aws_imagebuilder_component" "c" {\n  name = "c"\n  platform = "Linux"\n  version = "1.0.0"\n  data = ${data}\n}\n`;

/** [name, data with a `CURSOR` (U+0001), the definition's URI (from file:///work/mod/main.tf) or undefined]. */
const DEFINITIONS: Array<[string, string, string | undefined]> = [
  ['file("…")', 'file("compo\u0001nent.yaml")', 'file:///work/mod/component.yaml'],
  ['on the opening quote', 'file(\u0001"component.yaml")', 'file:///work/mod/component.yaml'],
  ['${path.module}/…', 'file("${path.module}/comp\u0001onents/build.yml")', 'file:///work/mod/components/build.yml'],
  ['templatefile("…", {…})', 'templatefile("c.yaml.tf\u0001tpl", { version = "1" })', 'file:///work/mod/c.yaml.tftpl'],
  ['a parent folder', 'file("../shared/c\u0001.yaml")', 'file:///work/shared/c.yaml'],
  ['a space in the name is encoded', 'file("my comp\u0001onent.yaml")', 'file:///work/mod/my%20component.yaml'],
  ['on the function name: nothing', 'fi\u0001le("component.yaml")', undefined],
  ['a variable path: nothing', 'file(var.p\u0001ath)', undefined],
  ['another interpolation: nothing', 'file("${var.dir}/c\u0001.yaml")', undefined],
  ['path.root: nothing (not the module folder)', 'file("${path.root}/c\u0001.yaml")', undefined],
];

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

describe('Terraform component files: definition', () => {
  for (const [name, data, uri] of DEFINITIONS) {
    test(name, () => {
      const { analysis, document, offset } = tfFixture(service, component(data), 'mod/main.tf');
      const found = service.findDefinition(analysis, document.positionAt(offset)).map((l) => l.uri);
      assert.deepEqual(found, uri ? [uri] : []);
    });
  }
});

describe('Terraform component files: a missing file', () => {
  const text = `${component('file("present.yaml")')}${component('templatefile("absent.yaml.tftpl", {})').replace('"c"', '"d"')}`;
  let dir: string;
  before(() => {
    dir = workspace({ 'mod/main.tf': text, 'mod/present.yaml': 'name: x\nschemaVersion: 1.0\nphases: []\n' });
  });
  after(() => remove(dir));

  test('the CLI reports the absent one only', () => {
    const r = lint(['--format', 'json', 'mod/main.tf'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ code: string; range: { start: { line: number } }; message: string }> }>;
    assert.deepEqual(file.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`), ['11:component-file-missing']);
    assert.match(file.diagnostics[0].message, /No file 'absent\.yaml\.tftpl' \(relative to this \.tf file's folder\): Terraform's templatefile\(\) fails/);
  });

  test('the server reports it, and goes to the present one', async (t) => {
    const client = TestClient.inProcess();
    t.after(() => client.dispose());
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'mod', 'main.tf')).href;
    await client.open(uri, text, 'terraform');
    const published = await client.published(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(published.diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`), ['11:component-file-missing']);
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: 4, character: 15 } });
    assert.deepEqual(locations.map((l) => l.uri), [pathToFileURL(path.join(dir, 'mod', 'present.yaml')).href]);
  });

  test('without a host that can tell (the service alone, an untitled document), nothing', () => {
    const analysis = service.analyze(TextDocument.create('untitled:Untitled-1', 'terraform', 1, text));
    assert.deepEqual(service.doValidation(analysis).map((d) => d.code), []);
  });
});
