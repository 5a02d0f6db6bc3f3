// The npm package as a user gets it: `npm pack` (its prepack builds the production bundles) in a copy of the
// checkout, then `npm install -g <tarball>` into an empty prefix, offline, and both bins run from there
// with production dependencies only (no out/, no dev dependency).
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths';
import { publishedCodes } from './publishedDiagnostics';

const MAX_TARBALL_BYTES = 1_500_000;
const MAX_UNPACKED_BYTES = 4_000_000;
const LEFT_OUT = new Set(['node_modules', '.git', 'out', 'dist', 'test-artifacts', '.scratch', '.vscode-test']);

/** The environment of a user's shell: none of the npm_* variables `npm run` hands to this test. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function filesUnder(dir: string, prefix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => `${prefix}/${f.split(path.sep).join('/')}`);
}

interface Packed { filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> }

test('npm pack, npm install -g <tarball> offline into an empty prefix: both bins work from dist/', { timeout: 300_000 }, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-npm-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const checkout = path.join(dir, 'checkout');
  fs.cpSync(repoRoot, checkout, { recursive: true, filter: (src) => !LEFT_OUT.has(path.basename(src)) || path.dirname(src) !== repoRoot });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(checkout, 'node_modules'));

  const packOutput = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: checkout, env: userEnv({}), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.match(packOutput, /^bundle: dist\/lint\.js .*\(production\)$/m, 'prepack built the production bundles');
  const packed = JSON.parse(packOutput.slice(packOutput.indexOf('[\n'))) as Packed[];
  const tarball = path.join(dir, packed[0].filename);
  const expected = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'docs/editors.md', 'docs/ci.md',
    'bin/imagebuilder-language-server.js', 'bin/imagebuilder-lint.js', 'bin/pick.js', 'dist/lint.js', 'dist/lint.licenses.txt', 'dist/server.js', 'dist/server.licenses.txt', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-terraform.wasm',
    ...filesUnder(path.join(repoRoot, 'schemas'), 'schemas'), ...filesUnder(path.join(repoRoot, 'editors'), 'editors')];
  assert.deepEqual(packed[0].files.map((f) => f.path).sort(), expected.sort());
  t.diagnostic(`tarball: ${packed[0].files.length} files, ${(packed[0].size / 1024).toFixed(0)} KiB packed, ${(packed[0].unpackedSize / 1024).toFixed(0)} KiB unpacked`);
  assert.ok(packed[0].size < MAX_TARBALL_BYTES, `tarball is ${packed[0].size} bytes`);
  assert.ok(packed[0].unpackedSize < MAX_UNPACKED_BYTES, `unpacked ${packed[0].unpackedSize} bytes`);

  const prefix = path.join(dir, 'prefix');
  fs.mkdirSync(prefix);
  execFileSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { cwd: dir, env: userEnv({}), stdio: 'pipe' });
  const installed = path.join(prefix, 'lib', 'node_modules', 'imagebuilder-language-tools');
  assert.ok(!fs.existsSync(path.join(installed, 'out')), 'no compiled sources: the bins run the bundles');
  const beside = path.join(installed, 'node_modules');
  assert.deepEqual(fs.existsSync(beside) ? fs.readdirSync(beside).filter((n) => !n.startsWith('.')) : [], [], 'nothing installed beside the package: the bundles hold it all');

  const bin = path.join(prefix, 'bin');
  const env = userEnv({ PATH: `${bin}:${path.dirname(process.execPath)}` });
  const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  for (const name of ['imagebuilder-lint', 'imagebuilder-language-server']) {
    assert.equal(execFileSync(name, ['--version'], { env, encoding: 'utf8' }), `${version}\n`, `${name} --version`);
  }
  const work = path.join(dir, 'work');
  fs.mkdirSync(work);
  fs.copyFileSync(path.join(repoRoot, 'examples', 'requests', 'infrastructure-placement-conflict.json'), path.join(work, 'infra.json'));
  const lint = spawnSync('imagebuilder-lint', ['--format', 'sarif', 'infra.json'], { cwd: work, env, encoding: 'utf8' });
  assert.equal(lint.status, 1, lint.stderr);
  const sarif = JSON.parse(lint.stdout) as { runs: Array<{ tool: { driver: { version: string } }; results: Array<{ ruleId: string }> }> };
  assert.equal(sarif.runs[0].tool.driver.version, version);
  assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'placement-target-conflict'));

  await serverReports(env, work);
});

async function serverReports(env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  const child = spawn('imagebuilder-language-server', ['--stdio'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const codes = await publishedCodes(child, 'component/broken-references.yaml', 'yaml', 'the installed server');
  assert.ok(codes.includes('unknown-action'), JSON.stringify(codes));
}
