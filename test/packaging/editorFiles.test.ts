// The ready-made editor files in editors/ agree with package.json and with the server: the package name and
// version (mason's purl), the bin names (every command they run), the file types or language ids they attach
// the server to (each one the server reads as YAML, JSON or Terraform, and together all three), and the
// settings they send (keys of package.json's `imagebuilder.*` configuration). docs/editors.md points at each.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot } from '../support/paths';
import { service } from '../support/harness';

interface Manifest {
  name: string; version: string; license: string; homepage: string; bin: Record<string, string>; files: string[];
  contributes: { configuration: { properties: Record<string, unknown> } };
}
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const read = (rel: string): string => fs.readFileSync(path.join(repoRoot, 'editors', rel), 'utf8');
const bins = Object.keys(pkg.bin).sort();
const server = 'imagebuilder-language-server';

/** The strings of a Lua list `key = { 'a', 'b' }`. */
function luaList(lua: string, key: string): string[] {
  const m = new RegExp(`\\b${key} = \\{([^}]*)\\}`).exec(lua);
  assert.ok(m, `${key} = { ... }`);
  return [...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]);
}

/** Dotted setting names (`imagebuilder.component.platform`) that package.json declares, or lie under one. */
function assertKnownSetting(name: string, where: string): void {
  const known = Object.keys(pkg.contributes.configuration.properties);
  assert.ok(known.some((k) => name === k || name.startsWith(`${k}.`)), `${where}: ${name} is not an imagebuilder setting`);
}
/** The language an editor means by a file type or language id it sends: YAML, JSON or Terraform (HCL). */
function meant(id: string): string {
  if (/yaml/.test(id)) return 'yaml';
  if (/json/.test(id)) return 'json';
  if (/terraform|hcl/.test(id)) return 'hcl';
  throw new Error(`'${id}' is none of the server's languages`);
}

/** The language the server parses a document in, given only its language id (a URI without extension). */
function serverReads(id: string): string {
  return service().analyze(TextDocument.create('file:///work/untitled', id, 1, '')).parsed.language;
}

/** Each id is read by the server as the language it names, and together they cover YAML, JSON and Terraform. */
function assertLanguages(ids: string[], where: string): void {
  for (const id of ids) assert.equal(serverReads(id), meant(id), `${where}: '${id}'`);
  assert.deepEqual([...new Set(ids.map(meant))].sort(), ['hcl', 'json', 'yaml'], where);
}

const files: Record<string, () => void> = {
  'mason/package.yaml': () => {
    const spec = parseYaml(read('mason/package.yaml')) as { name: string; homepage: string; licenses: string[]; languages: string[];
      categories: string[]; source: { id: string }; bin: Record<string, string>; neovim?: { lspconfig?: string } };
    assert.equal(spec.name, pkg.name);
    assert.equal(spec.source.id, `pkg:npm/${pkg.name}@${pkg.version}`);
    assert.deepEqual(spec.licenses, [pkg.license]);
    assert.equal(spec.homepage, pkg.homepage.replace(/#.*$/, ''));
    assert.deepEqual(Object.keys(spec.bin).sort(), bins);
    for (const [name, target] of Object.entries(spec.bin)) assert.equal(target, `npm:${name}`);
    assert.deepEqual(spec.categories, ['LSP', 'Linter']);
    assertLanguages(spec.languages.map((l) => l.toLowerCase()), 'mason languages');
    assert.equal(spec.neovim?.lspconfig, 'imagebuilder', 'the name of editors/lsp/imagebuilder.lua');
  },
  'lsp/imagebuilder.lua': () => {
    const lua = read('lsp/imagebuilder.lua');
    assert.match(lua, /^return \{$/m, 'a vim.lsp.Config table, returned');
    assert.deepEqual(luaList(lua, 'cmd'), [server, '--stdio']);
    assertLanguages(luaList(lua, 'filetypes'), 'filetypes');
    assert.deepEqual(luaList(lua, 'root_markers'), ['.git']);
    const settings = /settings = \{\n\s+imagebuilder = \{\n([\s\S]*?)\n\s{4}\},\n\s{2}\},/.exec(lua);
    assert.ok(settings, 'settings = { imagebuilder = { ... } }');
    for (const m of settings[1].matchAll(/^\s+(\w+) = \{ (\w+) = /gm)) assertKnownSetting(`imagebuilder.${m[1]}.${m[2]}`, 'lua');
  },
  'helix/languages.toml': () => {
    const toml = read('helix/languages.toml');
    assert.match(toml, /^\[language-server\.imagebuilder\]\ncommand = "imagebuilder-language-server"\nargs = \["--stdio"\]$/m);
    const languages = [...toml.matchAll(/^\[\[language\]\]\nname = "([^"]+)"\nlanguage-servers = \[(.*)\]$/gm)];
    for (const l of languages) assert.match(l[2], /"imagebuilder"\]?$/, `${l[1]} lists imagebuilder`);
    assertLanguages(languages.map((l) => l[1]), 'helix languages');
  },
  'emacs/imagebuilder-lsp.el': () => {
    const el = read('emacs/imagebuilder-lsp.el');
    assert.match(el, /\(lsp-register-client\s+\(make-lsp-client/);
    assert.match(el, /:new-connection \(lsp-stdio-connection '\("imagebuilder-language-server" "--stdio"\)\)/);
    assert.match(el, /:server-id 'imagebuilder/);
    const modes = /:major-modes '\(([^)]*)\)/.exec(el);
    assert.ok(modes, ':major-modes');
    assertLanguages(modes[1].split(/\s+/).map((m) => m.replace(/^js-/, '').replace(/(-ts)?-mode$/, '')), 'emacs major modes');
    for (const m of el.matchAll(/\("(imagebuilder\.[\w.-]+)" "[^"]*"\)/g)) assertKnownSetting(m[1].replace(/^(imagebuilder\.diagnostics\.severity)\..*/, '$1'), 'emacs');
  },
  'sublime/LSP.sublime-settings': () => {
    const client = (parseJsonc(read('sublime/LSP.sublime-settings')) as { clients: Record<string, { command: string[]; selector: string; settings: Record<string, unknown> }> }).clients.imagebuilder;
    assert.deepEqual(client.command, [server, '--stdio']);
    assertLanguages(client.selector.split('|').map((s) => s.trim().replace(/^source\./, '')), 'sublime selector');
    for (const name of Object.keys(client.settings)) assertKnownSetting(name, 'sublime');
  },
  'zed/README.md': () => {
    const md = read('zed/README.md');
    assert.match(md, /imagebuilder-language-server/);
    assert.match(md, /not tested/i);
  },
};

test('editors/: every file agrees with package.json and with the languages the server reads', async (t) => {
  const onDisk = fs.readdirSync(path.join(repoRoot, 'editors'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => path.relative(path.join(repoRoot, 'editors'), path.join(e.parentPath, e.name))).sort();
  assert.deepEqual(onDisk, Object.keys(files).sort(), 'each file of editors/ has its check');
  assert.ok(pkg.files.includes('editors/'), 'editors/ is in the npm package');
  for (const [file, check] of Object.entries(files)) await t.test(file, check);
});

test('docs/editors.md leads with npm i -g and points at every file of editors/', () => {
  const md = fs.readFileSync(path.join(repoRoot, 'docs', 'editors.md'), 'utf8');
  const firstSection = md.indexOf('\n## ');
  assert.ok(md.indexOf(`npm i -g ${pkg.name}`) > 0 && md.indexOf(`npm i -g ${pkg.name}`) < firstSection, 'npm i -g before the first section');
  for (const file of Object.keys(files)) assert.ok(md.includes(`(../editors/${file})`), `a link to editors/${file}`);
});
