// imagebuilder-lint's flags and its text, JSON and GitHub formats, through the real CLI process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { KINDS } from '../../server/src/service/kinds/kinds';
import { repoRoot } from '../support/paths';
import { lint, lintMain, remove, workspace } from './runCli';

const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const BROKEN = 'examples/component/broken-references.yaml';
const WARNING_ONLY = 'name: w\nschemaVersion: 1.0\nphases:\n  - name: biuld\n    steps:\n      - name: Hello\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo hi\n';

const ESC = String.fromCharCode(27);

/** Runs the checker with stdout on a pseudo-terminal (util-linux `script`), as a developer's shell has it. */
function lintOnTty(args: string[], env: Record<string, string> = {}): string {
  const command = [process.execPath, lintMain, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, TERM: 'xterm', ...env } });
  return r.stdout.replace(/\r\n/g, '\n');
}

describe('imagebuilder-lint', () => {
  test('--version prints the package version; --help names every flag, the exit codes and every kind', () => {
    const v = lint(['--version']);
    assert.equal(v.stdout, `${version}\n`);
    assert.equal(v.status, 0);
    const h = lint(['--help']);
    assert.equal(h.status, 0);
    for (const flag of ['--format', 'sarif', 'github', '--quiet', '--max-warnings', '--verbose', '--fix', '--fix-dry-run', '--kind', '--stdin', '--stdin-filename', '--version', '--help']) {
      assert.ok(h.stdout.includes(flag), `--help names ${flag}`);
    }
    assert.match(h.stdout, /Exit status: 0 .*1 errors found.*2 usage error/s);
    for (const kind of KINDS) assert.ok(h.stdout.includes(kind.id), `--help lists the kind ${kind.id}`);
  });

  test('usage errors exit 2 and say what is wrong', () => {
    for (const [args, message] of [[[], /no files/], [['--format', 'xml', 'x'], /--format takes text, json, sarif, github/], [['--max-warnings', 'many', 'x'], /whole number/],
      [['--bogus', 'x'], /unknown option '--bogus'/], [['--kind', 'nope', 'x'], /unknown kind 'nope'/], [['--stdin-filename', 'a.yaml', 'x'], /used with --stdin/]] as Array<[string[], RegExp]>) {
      const r = lint(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
    const missing = lint(['does-not-exist.yaml']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /does-not-exist\.yaml: no such file/);
  });

  test('text: grouped by file, line:col severity message code, a summary; no colour or frame when not a terminal', () => {
    const r = lint(['examples/component']);
    assert.equal(r.status, 1);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf(BROKEN);
    assert.ok(at >= 0, r.stdout);
    assert.match(lines[at + 1], /^ {2}15:43 +error {2}'Verison' is not a parameter or constant of this document\. Did you mean 'Version'\? {2}undefined-reference$/);
    assert.match(r.stdout, /\n\d+ problems can be fixed with --fix/);
    assert.match(lines.at(-2) ?? '', /^4 Image Builder files checked \(0 other skipped\): \d+ errors, 0 warnings\.$/);
    assert.ok(!r.stdout.includes(`${ESC}[`), 'no colour');
    assert.doesNotMatch(r.stdout, /^ {2}> /m);
  });

  test('text on a terminal: colours and a code frame with carets under the range; NO_COLOR keeps the frame, drops colour', () => {
    const coloured = lintOnTty([BROKEN]);
    assert.ok(coloured.includes(`${ESC}[31merror`), coloured);
    const plain = lintOnTty([BROKEN], { NO_COLOR: '1' });
    assert.ok(!plain.includes(`${ESC}[`), 'NO_COLOR: no colour');
    assert.match(plain, /^ {2}> 15 \| {11}- source: s3:\/\/my-bucket\/app-\{\{ Verison \}\}\.tar\.gz/m);
    assert.match(plain, /^ {7}\| {43}\^{7}$/m, plain);
  });

  test('--quiet reports errors only; --max-warnings turns too many warnings into exit 1', (t) => {
    const dir = workspace({ 'warn.yaml': WARNING_ONLY });
    t.after(() => remove(dir));
    const normal = lint(['warn.yaml'], { cwd: dir });
    assert.equal(normal.status, 0);
    assert.match(normal.stdout, /warning {2}.*unknown-phase/);
    const quiet = lint(['--quiet', 'warn.yaml'], { cwd: dir });
    assert.doesNotMatch(quiet.stdout, /unknown-phase/);
    assert.match(quiet.stdout, /0 errors, 0 warnings\./);
    assert.equal(lint(['--max-warnings', '1', 'warn.yaml'], { cwd: dir }).status, 0);
    const over = lint(['--max-warnings', '0', 'warn.yaml'], { cwd: dir });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /too many warnings: 1, more than --max-warnings 0/);
    assert.equal(lint(['--quiet', '--max-warnings=0', 'warn.yaml'], { cwd: dir }).status, 1, 'hidden warnings still count');
  });

  test('--verbose names the files skipped and the kind of each file checked', () => {
    const quietRun = lint(['examples/other', 'examples/requests/image-recipe.json']);
    assert.equal(quietRun.stderr, '');
    const r = lint(['--verbose', 'examples/other', 'examples/requests/image-recipe.json']);
    assert.match(r.stderr, /^imagebuilder-lint: skipped \(not an Image Builder file\): examples\/other\/ci-workflow\.yml$/m);
    assert.match(r.stderr, /^imagebuilder-lint: checked as create-image-recipe: examples\/requests\/image-recipe\.json$/m);
  });

  test('--kind on an empty file says it is empty, in every format', (t) => {
    const dir = workspace({ 'empty.yaml': '', 'blank.yaml': '\n  \n' });
    t.after(() => remove(dir));
    const r = lint(['--kind', 'component-document', 'empty.yaml', 'blank.yaml'], { cwd: dir });
    assert.match(r.stdout, /^empty\.yaml\n {2}the file is empty: nothing to check as component-document$/m);
    assert.match(r.stdout, /^blank\.yaml\n {2}the file is empty/m);
    assert.doesNotMatch(r.stdout, /^0 Image Builder files/m);
    assert.match(lint(['--kind', 'component-document', '--format', 'github', 'empty.yaml'], { cwd: dir }).stdout, /^::notice file=empty\.yaml,title=empty::The file is empty/);
    assert.deepEqual((JSON.parse(lint(['--kind', 'component-document', '--format', 'json', 'empty.yaml'], { cwd: dir }).stdout) as Array<{ empty?: boolean }>)[0].empty, true);
    const sarif = JSON.parse(lint(['--kind', 'component-document', '--format', 'sarif', 'empty.yaml'], { cwd: dir }).stdout);
    assert.match(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /empty\.yaml: the file is empty/);
  });

  test('--stdin with --stdin-filename: the name picks the kind and names the file in the report', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'examples/requests/infrastructure-placement-conflict.json'), 'utf8');
    const named = lint(['--stdin', '--stdin-filename', 'infra/placement.json', '--format', 'github'], { input: text });
    assert.equal(named.status, 1);
    assert.match(named.stdout, /^::error file=infra\/placement\.json,line=7,col=5,/m);
    const anonymous = lint(['--stdin'], { input: text });
    assert.equal(anonymous.status, 1);
    assert.match(anonymous.stdout, /^<stdin>\n/);
    const component = lint(['--stdin', '--stdin-filename', 'c.yaml', '--kind', 'component-document'], { input: 'phases: []\n' });
    assert.match(component.stdout, /c\.yaml/);
  });

  test('--format github: one ::error/::warning line per problem, with file, range and code; properties escaped', (t) => {
    const dir = workspace({ 'a,b:c.yaml': WARNING_ONLY });
    t.after(() => remove(dir));
    const r = lint(['--format', 'github', 'examples/requests/infrastructure-placement-conflict.json']);
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/.test(l)), r.stdout);
    assert.ok(lines.includes("::error file=examples/requests/infrastructure-placement-conflict.json,line=11,col=32,endLine=11,endColumn=33,title=out-of-range::65 is above the maximum of 64 (allowed: 1–64)."), r.stdout);
    const w = lint(['--format', 'github', 'a,b:c.yaml'], { cwd: dir });
    assert.match(w.stdout, /^::warning file=a%2Cb%3Ac\.yaml,line=4,col=11,endLine=4,endColumn=15,title=unknown-phase::/);
  });

  test('Terraform files are checked (the HCL parser is loaded first), from a folder, a path or --stdin-filename', () => {
    const dir = lint(['--format', 'json', 'test/terraform/files']);
    const list = JSON.parse(dir.stdout) as Array<{ file: string; kind: string | null }>;
    assert.ok(list.length > 0 && list.every((f) => f.file.endsWith('.tf') && f.kind !== null), dir.stdout + dir.stderr);
    const text = fs.readFileSync(path.join(repoRoot, list[0].file), 'utf8');
    const stdin = lint(['--stdin', '--stdin-filename', 'main.tf', '--format', 'json'], { input: text });
    assert.equal((JSON.parse(stdin.stdout) as Array<{ kind: string | null }>)[0].kind, list[0].kind);
  });

  test('--format json: file, kind and LSP diagnostics for every file read, skipped ones with kind null', () => {
    const r = lint(['--format', 'json', 'examples/other', 'examples/requests/import-component-broken.json']);
    const list = JSON.parse(r.stdout) as Array<{ file: string; kind: string | null; diagnostics: Array<{ code: string; range: object }> }>;
    assert.deepEqual(list.map((x) => [x.file, x.kind]), [['examples/other/ci-workflow.yml', null], ['examples/requests/import-component-broken.json', 'import-component']]);
    assert.ok(list[1].diagnostics.some((d) => d.code === 'invalid-value'));
  });
});
