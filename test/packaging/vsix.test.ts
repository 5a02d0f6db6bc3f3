// Builds the .vsix with the real packaging script and checks that it holds only what the extension needs,
// and that the bundled server starts from the unpacked extension (it finds its schemas there).
import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths';
import { publishedCodes } from './publishedDiagnostics';
import { listZip, readZipEntry, ZipEntry } from './zip';

const EXPECTED = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/CHANGELOG.md',
  'extension/LICENSE.txt',
  'extension/README.md',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/client.licenses.txt',
  'extension/dist/server.licenses.txt',
  // the HCL parser (tree-sitter runtime and Terraform grammar), loaded by the server on the first .tf file
  'extension/dist/tree-sitter-terraform.wasm',
  'extension/dist/web-tree-sitter.wasm',
  'extension/images/icon.png',
  'extension/images/marketplace-placement.png',
  'extension/package.json',
  'extension/syntaxes/imagebuilder-expressions.injection.json',
  // the server reads its bundled schemas from schemas/ beside dist/ at start-up (subfolders too: the
  // CloudFormation shapes generated from @aws-cdk/aws-service-spec in schemas/cloudformation/)
  ...schemaFiles().map(f => `extension/schemas/${f}`),
];
const MAX_VSIX_BYTES = 1_000_000;

/** Every `*.schema.json` under schemas/, as POSIX paths relative to it. */
function schemaFiles(): string[] {
  return (fs.readdirSync(path.join(repoRoot, 'schemas'), { recursive: true }) as string[])
    .map(f => f.split(path.sep).join('/')).filter(f => f.endsWith('.schema.json'));
}
const MAX_BUNDLE_BYTES = 2_000_000;

/**
 * Runs the real packaging script on a copy of the repository in `dir` (node_modules linked), so that
 * its bundles are written there: the repository's dist/ is never rewritten while other test files run.
 */
function packageVsix(dir: string, vsix: string): void {
  const stage = path.join(dir, 'repo');
  const skipped = new Set(['node_modules', 'out', 'dist', '.git'].map((name) => path.join(repoRoot, name)));
  fs.cpSync(repoRoot, stage, { recursive: true, filter: (source) => !skipped.has(source) });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  execFileSync(process.execPath, [path.join(stage, 'scripts/package.mjs'), `--out=${vsix}`], { cwd: stage, stdio: 'pipe' });
}

test('the .vsix holds exactly the bundles, manifest, grammar, images and texts', { timeout: 180_000 }, (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-vsix-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const vsix = path.join(dir, 'test.vsix');
  packageVsix(dir, vsix);

  const entries = listZip(vsix);
  const names = entries.map(e => e.name);
  // vsce names the texts by case (readme.md / README.md) differently across versions: compare case-blind there.
  const norm = (n: string): string => (/^extension\/(readme|changelog)\.md$/i.test(n) ? n.toLowerCase() : n);
  assert.deepEqual(names.map(norm).sort(), EXPECTED.map(norm).sort());

  const size = fs.statSync(vsix).size;
  t.diagnostic(`vsix: ${entries.length} files, ${(size / 1024).toFixed(1)} KiB`);
  assert.ok(size < MAX_VSIX_BYTES, `vsix is ${size} bytes (limit ${MAX_VSIX_BYTES})`);
  for (const e of entries.filter(x => x.name.endsWith('.js'))) {
    assert.ok(e.size < MAX_BUNDLE_BYTES, `${e.name} is ${e.size} bytes`);
  }

  const byName = new Map<string, ZipEntry>(entries.map(e => [e.name, e]));
  const manifest = JSON.parse(readZipEntry(vsix, byName.get('extension/package.json')!).toString('utf8'));
  assert.equal(manifest.main, './dist/client.js');
  const referenced: string[] = [
    manifest.main, manifest.icon,
    ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
  ];
  for (const r of referenced) assert.ok(byName.has(`extension/${path.posix.normalize(r)}`), `${r} is in the vsix`);

  const client = readZipEntry(vsix, byName.get('extension/dist/client.js')!).toString('utf8');
  assert.ok(!/sourceMappingURL/.test(client), 'no source map reference in the production client bundle');
});

test('the server in the unpacked .vsix starts and reports a placement conflict', { timeout: 180_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-vsix-run-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const vsix = path.join(dir, 'test.vsix');
  packageVsix(dir, vsix);
  for (const e of listZip(vsix).filter(x => x.name.startsWith('extension/') && !x.name.endsWith('/'))) {
    const target = path.join(dir, e.name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, readZipEntry(vsix, e));
  }
  const child = spawn(process.execPath, [path.join(dir, 'extension', 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const codes = await publishedCodes(child, 'requests/infrastructure-placement-conflict.json', 'json', 'the packaged server');
  assert.ok(codes.includes('placement-target-conflict'), JSON.stringify(codes));
});
