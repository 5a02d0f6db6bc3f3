// --format sarif read by a real SARIF consumer: Microsoft's `sarif-multitool validate` (the SARIF SDK's
// validator: the JSON schema plus the SARIF rules SARIF1xxx/2xxx), run as a process on logs that the CLI
// process wrote. One multitool run checks every log (it takes seconds to start); a deliberately broken copy
// of a log is in the same run, so a validator that reports nothing fails the test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import multitool from '@microsoft/sarif-multitool';
import { lint, remove, workspace } from './runCli';

interface Finding { ruleId: string; level: string; file: string; text: string }

/** Runs the platform binary (the package's default export) directly: its `bin.js` goes through a shell,
 * which splits `--level Error;Warning;Note`. */
function validate(dir: string): Finding[] {
  const out = path.join(dir, 'validation.sarif.out');
  const logs = fs.readdirSync(dir).filter((f) => f.endsWith('.sarif')).map((f) => path.join(dir, f));
  const r = spawnSync(multitool, ['validate', '--level', 'Error;Warning;Note', '--output', out, ...logs],
    { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  assert.equal(r.status, 0, `sarif-multitool validate failed:\n${r.stdout}\n${r.stderr}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8')) as { runs: Array<{ results?: Array<{
    ruleId: string; level?: string; message: { text?: string; arguments?: string[] };
    locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }> }> };
  return (log.runs[0].results ?? []).map((x) => ({
    ruleId: x.ruleId, level: x.level ?? 'warning',
    file: path.basename(decodeURIComponent(x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '')),
    text: x.message.text ?? (x.message.arguments ?? []).join(' '),
  }));
}

describe('--format sarif read by sarif-multitool validate', () => {
  test('no errors and no warnings on every kind of log the CLI writes; the broken control log gets errors', (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-sarif-mt-'));
    const odd = workspace({ 'a dir/x #1.yaml': 'name: w\nschemaVersion: 1.0\nphases:\n  - name: biuld\n    steps: []\n' });
    t.after(() => { remove(dir); remove(odd); });
    const cases: Array<{ name: string; args: string[]; cwd?: string; input?: string; status: number; fixes?: boolean }> = [
      { name: 'examples', args: ['examples'], status: 1, fixes: true },
      { name: 'clean', args: ['examples/requests/image-recipe.json'], status: 0 },
      { name: 'unreadable', args: ['examples/requests/image-recipe.json', 'missing.json'], status: 2 },
      { name: 'outside-cwd', args: [path.join(odd, 'a dir')], status: 1 },
      { name: 'stdin', args: ['--stdin', '--stdin-filename', 'infra.json'], status: 1, fixes: true,
        input: '{ "instanceProfileName": "p", "placement": { "hostId": "h-1", "hostResourceGroupArn": "arn:aws:resource-groups:us-east-1:1:group/g" } }' },
    ];
    for (const c of cases) {
      const r = lint(['--format', 'sarif', ...c.args], { cwd: c.cwd, input: c.input });
      assert.equal(r.status, c.status, `${c.name}: ${r.stderr}`);
      const log = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ fixes?: unknown[] }> }> };
      if (c.fixes) assert.ok(log.runs[0].results.some((x) => x.fixes?.length), `${c.name} has results with fixes`);
      fs.writeFileSync(path.join(dir, `${c.name}.sarif`), r.stdout);
    }
    const broken = JSON.parse(fs.readFileSync(path.join(dir, 'examples.sarif'), 'utf8')) as { runs: Array<{ tool: { driver: { name?: string } }; results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    fs.writeFileSync(path.join(dir, 'broken-control.sarif'), JSON.stringify(broken));

    const findings = validate(dir);
    const serious = (file: string): string[] => findings.filter((f) => f.file === file && f.level !== 'note').map((f) => `${f.level} ${f.ruleId} ${f.text}`);
    const control = serious('broken-control.sarif');
    assert.ok(control.some((f) => /^error JSON1002 .*name/.test(f)), `missing driver name reported: ${control.join('; ')}`);
    assert.ok(control.some((f) => /^error JSON1008 .*startLine/.test(f)), `startLine 0 reported: ${control.join('; ')}`);
    for (const c of cases) assert.deepEqual(serious(`${c.name}.sarif`), [], c.name);
    t.diagnostic(`notes on our logs: ${[...new Set(findings.filter((f) => f.file !== 'broken-control.sarif').map((f) => f.ruleId))].sort().join(', ')}`);
  });
});
