// action.yml: its inputs are the ones docs/ci.md documents, and its checker step (the bash it runs) does
// what they say, run here with the checkout's imagebuilder-lint on PATH and a GITHUB_OUTPUT file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths';
import { lintMain, remove, workspace } from './runCli';

interface Action { inputs: Record<string, { description: string; default?: string }>; runs: { using: string; steps: Array<{ id?: string; run: string; env?: Record<string, string> }> } }

const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as Action;
const lintStep = action.runs.steps.find((s) => s.id === 'lint')!;

function runStep(dir: string, inputs: Record<string, string>): { status: number | null; stdout: string; outputs: Record<string, string> } {
  const bin = path.join(dir, '.bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'imagebuilder-lint'), `#!/bin/sh\nexec "${process.execPath}" "${lintMain}" "$@"\n`, { mode: 0o755 });
  const output = path.join(dir, '.github-output');
  fs.writeFileSync(output, '');
  const env: Record<string, string> = { ...process.env as Record<string, string>, PATH: `${bin}:${process.env.PATH}`, GITHUB_OUTPUT: output };
  for (const [name, expression] of Object.entries(lintStep.env ?? {})) {
    const input = /inputs\.([a-z-]+)/.exec(expression)![1];
    env[name] = inputs[input] ?? action.inputs[input].default ?? '';
  }
  const r = spawnSync('bash', ['-e', '-c', lintStep.run], { cwd: dir, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(fs.readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split('=') as [string, string]));
  return { status: r.status, stdout: r.stdout, outputs };
}

describe('action.yml', () => {
  test('a composite action whose every input is documented in docs/ci.md', () => {
    assert.equal(action.runs.using, 'composite');
    const docs = fs.readFileSync(path.join(repoRoot, 'docs', 'ci.md'), 'utf8');
    for (const name of Object.keys(action.inputs)) assert.match(docs, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `docs/ci.md documents ${name}`);
  });

  test('the checker step writes SARIF, prints annotations, and fails on errors unless fail-on-error is false', (t) => {
    const broken = fs.readFileSync(path.join(repoRoot, 'examples', 'component', 'broken-references.yaml'), 'utf8');
    const dir = workspace({ 'components/broken.yaml': broken });
    t.after(() => remove(dir));
    const failing = runStep(dir, { paths: 'components' });
    assert.equal(failing.status, 1);
    assert.equal(failing.outputs['exit-code'], '1');
    assert.equal(failing.outputs['sarif-file'], 'imagebuilder-lint.sarif');
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'imagebuilder-lint.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    assert.ok(log.runs[0].results.some((r) => r.ruleId === 'unknown-action'));
    assert.match(failing.stdout, /^::error file=components\/broken\.yaml,line=18,/m);
    const reporting = runStep(dir, { paths: 'components', 'fail-on-error': 'false', annotations: 'false' });
    assert.equal(reporting.status, 0);
    assert.equal(reporting.outputs['exit-code'], '1');
    assert.equal(reporting.stdout, '');
    const usage = runStep(dir, { paths: 'missing-folder', 'fail-on-error': 'false' });
    assert.equal(usage.status, 2, 'a usage error fails even when errors are only reported');
  });
});
