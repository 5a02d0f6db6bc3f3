// The pre-commit hook (.pre-commit-hooks.yaml) run by Debian's `pre-commit` (3.0.4, installed by
// scripts/e2e/install.sh) on a throw-away git repository: a broken component fails the commit with the
// checker's message, the fixed one passes, an unrelated YAML file passes.
// The hook is used as a `repo: local` hook with `language: system` and this checkout's checker on PATH as
// `imagebuilder-lint`; id, name, entry, files and types are read from .pre-commit-hooks.yaml. Why not
// `language: node` from this repository: pre-commit then runs `npm install --dev --prod` in a clone (every
// devDependency, a native tree-sitter build) and `npm pack` (our prepack bundles), which needs the network
// and minutes; the test would check npm, not the hook.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { repoRoot } from '../support/paths';
import { freshDir } from './lib/tools';

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const skip = process.env.IB_E2E !== '1' ? 'real tools: run `npm run e2e` (sets IB_E2E=1)'
  : preCommit.status !== 0 ? 'skipped: pre-commit is not installed (scripts/e2e/install.sh installs it)' : false;

const broken = 'name: hello\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Say\n        action: ExecuteBsh\n        inputs:\n          commands: [echo hi]\n';

test('pre-commit: the hook fails a commit of a broken component with our message, passes the fixed one', { skip, timeout: 120_000 }, (t) => {
  const dir = freshDir('pre-commit');
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const repo = path.join(dir, 'repo');
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(repo);
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'imagebuilder-lint'),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(repoRoot, 'bin', 'imagebuilder-lint.js')}" "$@"\n`, { mode: 0o755 });
  const env = { ...process.env, HOME: dir, PRE_COMMIT_HOME: path.join(dir, 'cache'), PATH: `${bin}:${process.env.PATH}`,
    GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' };
  const run = (cmd: string, ...args: string[]): { status: number | null; out: string } => {
    const r = spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const must = (cmd: string, ...args: string[]): string => { const r = run(cmd, ...args); assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.out}`); return r.out; };

  const [hook] = parse(fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
  assert.equal(hook.id, 'imagebuilder-lint');
  assert.equal(hook.language, 'node', 'published for `language: node`');
  const { id, name, entry, files, types } = hook;
  fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'),
    stringify({ repos: [{ repo: 'local', hooks: [{ id, name, entry, files, types, language: 'system' }] }] }));
  must('git', 'init', '-q');
  must('git', 'config', 'user.email', 'e2e@example.com');
  must('git', 'config', 'user.name', 'e2e');
  must('git', 'config', 'commit.gpgsign', 'false');
  must('pre-commit', 'install');
  must('git', 'add', '.pre-commit-config.yaml');
  must('git', 'commit', '-q', '-m', 'config');

  fs.mkdirSync(path.join(repo, 'components'));
  fs.writeFileSync(path.join(repo, 'components', 'hello.yaml'), broken);
  fs.writeFileSync(path.join(repo, 'ci.yaml'), 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: []\n');
  must('git', 'add', '.');
  const failed = run('git', 'commit', '-m', 'broken');
  assert.notEqual(failed.status, 0, `the commit of a broken component must fail:\n${failed.out}`);
  assert.match(failed.out, /^imagebuilder-lint\.+Failed$/m);
  assert.match(failed.out, /components\/hello\.yaml/);
  assert.match(failed.out, /^ *7:17 +error .*ExecuteBsh.*unknown-action$/m);
  assert.equal(run('git', 'rev-list', '--count', 'HEAD').out.trim(), '1', 'nothing committed');

  fs.writeFileSync(path.join(repo, 'components', 'hello.yaml'), broken.replace('ExecuteBsh', 'ExecuteBash'));
  must('git', 'add', '.');
  const passed = run('git', 'commit', '-m', 'fixed');
  assert.equal(passed.status, 0, passed.out);
  assert.match(passed.out, /^imagebuilder-lint\.+Passed$/m);
  assert.equal(run('git', 'rev-list', '--count', 'HEAD').out.trim(), '2');
  t.diagnostic(preCommit.stdout.trim());
});
