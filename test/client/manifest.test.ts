// The extension manifest (package.json) against the code: commands, settings, grammar, snippets, capabilities.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { FILE_NAME_CONVENTIONS } from '../../server/src/service/kinds/fileNames';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { repoRoot } from '../support/paths';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const source = (f: string): string => fs.readFileSync(path.join(repoRoot, 'client', 'src', f), 'utf8');

test('every contributed command is registered by the client, and the reverse', () => {
  const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
  const registered = [...source('commands.ts').matchAll(/registerCommand\('([^']+)'/g)].map(m => m[1]).sort();
  assert.deepEqual(contributed, registered);
  for (const m of manifest.contributes.menus.commandPalette) assert.ok(contributed.includes(m.command), m.command);
});

test('settings: the seven imagebuilder.* settings of the server contract, each read by the client', () => {
  const keys = Object.keys(manifest.contributes.configuration.properties).sort();
  assert.deepEqual(keys, ['imagebuilder.component.platform', 'imagebuilder.diagnostics.severity', 'imagebuilder.fileKinds',
    'imagebuilder.fileNameConventions', 'imagebuilder.maxFileSize', 'imagebuilder.maxItemsComputed', 'imagebuilder.trace.server']);
  const settings = source('settings.ts');
  for (const k of keys.filter(x => x !== 'imagebuilder.trace.server')) {
    assert.ok(settings.includes(`'${k.slice('imagebuilder.'.length)}'`), `${k} read in settings.ts`);
  }
  const props = manifest.contributes.configuration.properties;
  assert.deepEqual(props['imagebuilder.component.platform'].enum, ['auto', 'Linux', 'Windows', 'macOS']);
  assert.deepEqual(props['imagebuilder.trace.server'].enum, ['off', 'messages', 'verbose']);
  assert.equal(props['imagebuilder.maxFileSize'].default, 5000000);
  assert.equal(props['imagebuilder.maxItemsComputed'].default, DEFAULT_SETTINGS.maxItemsComputed, 'the server\'s default');
  assert.deepEqual(props['imagebuilder.fileNameConventions'].default, FILE_NAME_CONVENTIONS, 'the server\'s table');
  assert.deepEqual(props['imagebuilder.diagnostics.severity'].additionalProperties.enum, ['error', 'warning', 'information', 'hint', 'off']);
});

test('activation: on yaml/json/jsonc/terraform, never on everything', () => {
  const events: string[] = manifest.activationEvents;
  for (const l of ['yaml', 'json', 'jsonc', 'terraform']) assert.ok(events.includes(`onLanguage:${l}`), l);
  assert.ok(!events.includes('*'));
  // A folder of templates only (the CDK's cdk.out, a SAM project) starts the extension as component files do.
  assert.ok(events.includes('workspaceContains:**/*.template.{json,yml,yaml}'), events.join(', '));
  assert.equal(manifest.main, './dist/client.js');
});

test('languages: .tf is language terraform without HashiCorp\'s extension too (an id only: no grammar, its colouring stays HashiCorp\'s)', () => {
  assert.deepEqual(manifest.contributes.languages, [{ id: 'terraform', aliases: ['Terraform'], extensions: ['.tf'] }]);
  assert.ok(!manifest.contributes.grammars.some((g: { language?: string }) => g.language === 'terraform'));
});

test('grammar: the injection grammar is registered for YAML and is valid', () => {
  const [g] = manifest.contributes.grammars;
  assert.equal(g.scopeName, 'imagebuilder.expressions.injection');
  assert.deepEqual(g.injectTo, ['source.yaml']);
  const grammar = JSON.parse(fs.readFileSync(path.join(repoRoot, g.path), 'utf8'));
  assert.equal(grammar.scopeName, g.scopeName);
  assert.ok(grammar.injectionSelector, 'has an injectionSelector');
});

test('snippets: none contributed (the server offers whole-document skeletons, only in Image Builder files)', () => {
  assert.equal(manifest.contributes.snippets, undefined);
  assert.ok(!manifest.categories.includes('Snippets'));
});

test('capabilities: untrusted and virtual workspaces declared; no telemetry dependency', () => {
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  // Settings a workspace could use against the user (huge files parsed, files re-labelled) come from user settings only.
  assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['imagebuilder.maxFileSize', 'imagebuilder.maxItemsComputed', 'imagebuilder.fileKinds', 'imagebuilder.fileNameConventions']);
  assert.ok(['limited', true].includes(manifest.capabilities.virtualWorkspaces.supported));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  assert.ok(!deps.some(d => /telemetry/i.test(d)), 'no telemetry package');
});
