// --fix and --fix-dry-run through the real CLI process: every code whose fix the rule table marks
// `preferred`, in every file kind; idempotence; untouched files stay untouched; line endings and BOM kept.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { allRules } from '../../server/src/service/rules/ruleTable';
import { FIX_FIXTURES } from './fixtures';
import { lint, remove, workspace } from './runCli';

interface JsonResult { file: string; kind: string | null; diagnostics: Array<{ code: string }>; fixed?: Record<string, number> }

function codesIn(dir: string, file: string): string[] {
  const r = lint(['--format', 'json', file], { cwd: dir });
  return (JSON.parse(r.stdout) as JsonResult[])[0].diagnostics.map((d) => d.code);
}

describe('--fix', () => {
  test('every code whose fix is preferred has a fixture, and the fixtures cover every file kind', () => {
    const preferred = allRules().filter((r) => r.fix === 'preferred').map((r) => r.code).sort();
    const covered = [...new Set(FIX_FIXTURES.flatMap((f) => f.codes))].sort();
    assert.deepEqual(covered, preferred, 'a rule marked fix: preferred needs a file in test/cli/fixtures.ts');
    assert.deepEqual([...new Set(FIX_FIXTURES.map((f) => f.family))].sort(),
      ['component', 'embedded', 'request-json', 'request-yaml', 'template-json', 'template-yaml', 'terraform']);
  });

  for (const fixture of FIX_FIXTURES) {
    test(`${fixture.family}: ${fixture.name} loses ${fixture.codes.join(', ')}, and a second --fix changes nothing`, (t) => {
      const dir = workspace({ [fixture.name]: fixture.text });
      t.after(() => remove(dir));
      const before = codesIn(dir, fixture.name);
      for (const code of fixture.codes) assert.ok(before.includes(code), `${fixture.name} has ${code} before: ${before.join(', ')}`);

      const first = lint(['--fix', '--format', 'json', fixture.name], { cwd: dir });
      assert.equal(first.stderr, '');
      const report = (JSON.parse(first.stdout) as JsonResult[])[0];
      for (const code of fixture.codes) assert.ok((report.fixed?.[code] ?? 0) > 0, `${code} reported fixed: ${JSON.stringify(report.fixed)}`);
      const after = codesIn(dir, fixture.name);
      for (const code of Object.keys(report.fixed ?? {})) assert.ok(!after.includes(code), `${code} is gone after --fix: ${after.join(', ')}`);
      assert.deepEqual(report.diagnostics.map((d) => d.code), after, 'the report after --fix is the re-check of the written file');

      const once = fs.readFileSync(path.join(dir, fixture.name), 'utf8');
      assert.notEqual(once, fixture.text);
      const mtime = fs.statSync(path.join(dir, fixture.name)).mtimeMs;
      const second = lint(['--fix', fixture.name], { cwd: dir });
      assert.equal(fs.readFileSync(path.join(dir, fixture.name), 'utf8'), once, '--fix twice = --fix once');
      assert.equal(fs.statSync(path.join(dir, fixture.name)).mtimeMs, mtime, 'nothing left to fix: the file is not rewritten');
      assert.doesNotMatch(second.stdout, /^Fixed /m);
    });
  }

  test('a clean file and a file with only unfixable problems are not rewritten (mtime unchanged)', (t) => {
    const clean = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'requests', 'infrastructure-configuration.json'), 'utf8');
    const dir = workspace({ 'clean.json': clean, 'conflict.json': '{\n  "name": "x",\n  "instanceProfileName": "p",\n  "placement": { "tenancy": "host", "hostId": "h-0abc", "hostResourceGroupArn": "arn:aws:resource-groups:us-east-1:123456789012:group/g" }\n}\n' });
    t.after(() => remove(dir));
    const old = new Date('2020-01-01T00:00:00Z');
    for (const f of ['clean.json', 'conflict.json']) fs.utimesSync(path.join(dir, f), old, old);
    const r = lint(['--fix', '.'], { cwd: dir });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /placement-target-conflict/);
    for (const f of ['clean.json', 'conflict.json']) assert.equal(fs.statSync(path.join(dir, f)).mtimeMs, old.getTime(), `${f} untouched`);
  });

  test('a fix that needs a choice (which placement target to drop) is never applied', (t) => {
    const text = '{\n  "name": "x",\n  "instanceProfileName": "p",\n  "placement": { "tenancy": "dedicated", "hostId": "h-0abc" }\n}\n';
    const dir = workspace({ 'needs-host.json': text });
    t.after(() => remove(dir));
    const r = lint(['--fix', 'needs-host.json'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'needs-host.json'), 'utf8'), text);
    assert.match(r.stdout, /placement-target-needs-host/);
    assert.doesNotMatch(r.stdout, /can be fixed with --fix/);
  });

  test('CRLF line endings and a byte-order mark are kept, also in inserted lines', (t) => {
    const fixture = FIX_FIXTURES.find((f) => f.name === 'fix-infrastructure.yaml')!;
    const crlf = `\ufeff${fixture.text.replace(/\n/g, '\r\n')}`;
    const dir = workspace({ 'crlf.yaml': crlf });
    t.after(() => remove(dir));
    lint(['--fix', 'crlf.yaml'], { cwd: dir });
    const fixed = fs.readFileSync(path.join(dir, 'crlf.yaml'), 'utf8');
    assert.notEqual(fixed, crlf);
    assert.ok(fixed.startsWith('\ufeff'), 'BOM kept');
    assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n/, 'no bare LF');
    assert.match(fixed, /^\ufeffplacement: \{ tenancy: host \}\r\nname: /, 'the inserted line ends in CRLF, after the BOM');
    assert.ok(!codesIn(dir, 'crlf.yaml').includes('mac-needs-host'));
  });

  test('a symbolic link keeps pointing at the fixed file; the permissions stay', (t) => {
    const fixture = FIX_FIXTURES.find((f) => f.name === 'fix-image-recipe.yaml')!;
    const dir = workspace({ 'real/recipe.yaml': fixture.text });
    t.after(() => remove(dir));
    fs.chmodSync(path.join(dir, 'real/recipe.yaml'), 0o640);
    fs.symlinkSync(path.join('real', 'recipe.yaml'), path.join(dir, 'link.yaml'));
    lint(['--fix', 'link.yaml'], { cwd: dir });
    assert.ok(fs.lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink());
    assert.match(fs.readFileSync(path.join(dir, 'real/recipe.yaml'), 'utf8'), /volumeType: gp3\n/);
    assert.equal(fs.statSync(path.join(dir, 'real/recipe.yaml')).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'real')), ['recipe.yaml'], 'no temporary file left');
  });

  test('--fix-dry-run prints a unified diff and writes nothing; with --stdin too', (t) => {
    const fixture = FIX_FIXTURES.find((f) => f.name === 'fix-image-recipe.yaml')!;
    const dir = workspace({ 'recipe.yaml': fixture.text });
    t.after(() => remove(dir));
    const r = lint(['--fix-dry-run', 'recipe.yaml'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'recipe.yaml'), 'utf8'), fixture.text);
    assert.match(r.stdout, /^--- a\/recipe\.yaml\n\+\+\+ b\/recipe\.yaml\n@@ -6,6 \+6,6 @@\n/);
    assert.match(r.stdout, /^- {6}volumeType: gp33\n\+ {6}volumeType: gp3\n/m);
    assert.match(r.stdout, /^-workingDirectroy: \/tmp\n\+workingDirectory: \/tmp\n/m);
    assert.equal(r.status, 0, 'nothing would be left');
    const s = lint(['--fix-dry-run', '--stdin', '--stdin-filename', 'recipe.yaml'], { cwd: dir, input: fixture.text });
    assert.equal(s.stdout, r.stdout);
  });

  test('--fix is refused with --stdin, and --fix-dry-run outside the text format', () => {
    const a = lint(['--fix', '--stdin']);
    assert.equal(a.status, 2);
    assert.match(a.stderr, /--fix-dry-run/);
    const b = lint(['--fix-dry-run', '--format', 'sarif', 'examples']);
    assert.equal(b.status, 2);
    assert.match(b.stderr, /--format text/);
  });
});
