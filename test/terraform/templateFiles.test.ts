import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { corpusDir, repoRoot } from '../support/paths';
import { diagnosticLines, service } from '../support/harness';

/** A Terraform template file analysed under `name` (its language id as an editor may give it). */
function analyse(text: string, name: string, languageId = 'yaml') {
  const document = TextDocument.create(`file:///work/${name}`, languageId, 1, text);
  return { document, analysis: service().analyze(document) };
}

function codes(text: string, name: string): string[] {
  const { analysis } = analyse(text, name);
  return service().doValidation(analysis).map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
}

const SHELL = 'name: ${name}-document\n%{ if description != null ~}\ndescription: ${description}\n%{ endif ~}\nschemaVersion: 1.0\nphases:\n  - name: ${phase}\n    steps:\n      - name: arbitrary-script\n        action: ${action}\n        inputs:\n          commands:\n            ${ indent(12, chomp(yamlencode(commands))) }\n';

/** [name, file name, text, expected `line:code` list] */
const CASES: Array<[string, string, string, string[]]> = [
  ['a .yml.tpl with directives and placeholders is clean', 'component.yml.tpl', SHELL, []],
  ['a .yaml.tftpl', 'c.yaml.tftpl', SHELL, []],
  ['a .tftpl', 'c.tftpl', SHELL, []],
  ['a .tfpl', 'c.tfpl', SHELL, []],
  ['its real errors are still found, at their lines', 'component.yml.tpl', SHELL.replace('        inputs:', '        timeoutSecond: 5\n        inputs:'), ['11:unknown-property']],
  ['a placeholder inside a command is part of the string', 'c.tftpl', 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: a\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo ${x} "${y}"\n            - cd ${dir}\n        onFailure: Abrt\n', ['11:invalid-value']],
  ['a shell script template is no Image Builder file', 'user_data.tfpl', '#!/bin/bash\necho ${x}\n%{ if y }\nsudo reboot\n%{ endif }\n', []],
  ['the same text as a plain .yml is not a template: its directives are YAML errors', 'component.yml', SHELL, ['1:missing-property', '2:syntax', '2:syntax', '2:unknown-property', '4:syntax', '4:syntax', '4:unknown-property']],
];

describe('Terraform template files (.yml.tpl, .tftpl)', () => {
  for (const [name, file, text, expected] of CASES) test(name, () => assert.deepEqual(codes(text, file), expected));

  test('detected as a component document, whatever language id the editor gives a .tftpl', () => {
    for (const languageId of ['yaml', 'terraform', 'plaintext']) {
      const { analysis } = analyse(SHELL, 'c.tftpl', languageId);
      assert.equal(analysis.detection.kind?.id, 'component-document', languageId);
    }
  });

  test('the two component templates of ../shared/corpus/other (and those of the terraform corpus) are clean', (t) => {
    const dirs = [path.join(corpusDir, 'other'), path.join(corpusDir, 'terraform')];
    if (!fs.existsSync(dirs[0])) {
      t.skip('skipped: ../shared/corpus is absent');
      return;
    }
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : /\.(yml\.tpl|tftpl|tfpl)$/.test(e.name) ? [path.join(d, e.name)] : []));
    const files = dirs.filter((d) => fs.existsSync(d)).flatMap(walk);
    const components = files.filter((f) => analyse(fs.readFileSync(f, 'utf8'), path.basename(f)).analysis.detection.kind?.id === 'component-document');
    assert.ok(components.filter((f) => f.startsWith(dirs[0])).length >= 2, components.join('\n'));
    for (const file of files) {
      const { document, analysis } = analyse(fs.readFileSync(file, 'utf8'), path.basename(file));
      assert.deepEqual(diagnosticLines(document, service().doValidation(analysis)), [], file);
    }
  });

  test('imagebuilder-lint checks template files in folders', (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-tftpl-cli-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.writeFileSync(path.join(dir, 'component.yml.tpl'), SHELL.replace('        inputs:', '        timeoutSecond: 5\n        inputs:'));
    fs.writeFileSync(path.join(dir, 'user_data.tftpl'), '#!/bin/bash\necho ${x}\n');
    let stdout = '';
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'bin', 'imagebuilder-lint.js'), dir], { encoding: 'utf8' });
    } catch (error) {
      ({ stdout } = error as { stdout: string });
    }
    assert.match(stdout, /component\.yml\.tpl\n {2}11:\d+ +error .*timeoutSecond.* +unknown-property$/m);
    assert.match(stdout, /1 Image Builder file checked \(1 other skipped\)/);
  });
});
