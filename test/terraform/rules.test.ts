// The shape rules in .tf files (placement, Mac hosts, EBS, data/uri), through the service facade, with
// their HCL quick fixes checked by the text they leave; and `imagebuilder-lint --fix` on a .tf file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../../server/src/service/languageService';
import { lint, remove, workspace } from '../cli/runCli';
import { terraformService, tfCodes, tfFixture } from '../support/terraform';
import { infra, MAC_PLATFORM, module, placement, recipe, RULE_CASES as CASES } from './cases';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

const codes = (text: string): string[] => tfCodes(service, text);

/** The text after applying the code action titled `title` of the first diagnostic with `code`. */
function fixed(text: string, code: string, title: string): string {
  const { document, analysis } = tfFixture(service, text);
  const d = service.doValidation(analysis).find((x) => x.code === code);
  assert.ok(d, `${code} in ${text}`);
  const action = service.getCodeActions(analysis, d.range, [d]).find((a) => a.title === title);
  assert.ok(action, `'${title}' among ${service.getCodeActions(analysis, d.range, [d]).map((a) => a.title).join(', ')}`);
  return TextDocument.applyEdits(document, action.edit!.changes![document.uri]);
}

/** [code, title, text, text after the fix]. */
const FIXES: Array<[string, string, string, string]> = [
  ['placement-target-conflict', "Remove 'host_resource_group_arn'", placement('    tenancy = "host"\n    host_id = "h-1"\n    host_resource_group_arn = "arn:g"\n'), placement('    tenancy = "host"\n    host_id = "h-1"\n')],
  ['placement-target-needs-host', "Set 'tenancy' to 'host'", placement('    host_id = "h-1"\n'), placement('    host_id = "h-1"\n    tenancy = "host"\n')],
  ['placement-target-needs-host', "Set 'tenancy' to 'host'", placement('    tenancy = "dedicated"\n    host_id = "h-1"\n'), placement('    tenancy = "host"\n    host_id = "h-1"\n')],
  ['mac-needs-host', "Add 'placement' with 'tenancy: host'", infra('  instance_types = ["mac2.metal"]\n'), infra('  instance_types = ["mac2.metal"]\n  placement {\n    tenancy = "host"\n  }\n')],
  ['mac-needs-host', "Add 'placement' with 'tenancy: host'", module(''), module('  placement {\n    tenancy = "host"\n  }\n')],
  ['mac-needs-host', "Set 'tenancy' to 'host'", module('  placement {\n    tenancy = "dedicated"\n  }\n'), module('  placement {\n    tenancy = "host"\n  }\n')],
  ['ebs-iops-mismatch', "Remove 'iops'", recipe('      volume_type = "gp2"\n      iops = 3000\n'), recipe('      volume_type = "gp2"\n')],
];

describe('Terraform shape rules', () => {
  for (const [name, text, expected] of CASES) test(name, () => assert.deepEqual(codes(text), expected));
  for (const [name, text, expected] of MAC_PLATFORM) test(`mac-needs-host from the platform: ${name}`, () => assert.deepEqual(codes(text), expected));
  for (const [code, title, text, after] of FIXES) test(`${code}: ${title}`, () => assert.equal(fixed(text, code, title), after));

  test('a block written on one line gets the new argument on its own line', () => {
    const after = fixed(infra('  instance_types = ["mac2.metal"]\n  placement { host_id = "h-1" }\n'), 'placement-target-needs-host', "Set 'tenancy' to 'host'");
    assert.equal(after, infra('  instance_types = ["mac2.metal"]\n  placement { host_id = "h-1"\n    tenancy = "host"\n  }\n'));
    assert.deepEqual(codes(after), []);
  });

  test('imagebuilder-lint --fix on a .tf file applies the preferred fixes only', (t) => {
    const text = `${infra('  instance_types = ["mac2.metal"]\n')}${placement('    tenancy = "dedicated"\n    host_id = "h-1"\n').replace('"x"', '"y"')}`;
    const dir = workspace({ 'main.tf': text });
    t.after(() => remove(dir));
    const r = lint(['--fix', 'main.tf'], { cwd: dir });
    assert.equal(r.stderr, '');
    const after = fs.readFileSync(path.join(dir, 'main.tf'), 'utf8');
    // The needs-host fix is a choice (set the tenancy or drop the target): --fix leaves it.
    assert.equal(after, `${infra('  instance_types = ["mac2.metal"]\n  placement {\n    tenancy = "host"\n  }\n')}${placement('    tenancy = "dedicated"\n    host_id = "h-1"\n').replace('"x"', '"y"')}`);
    const again = lint(['main.tf'], { cwd: dir });
    assert.match(again.stdout, /placement-target-needs-host/);
    assert.doesNotMatch(again.stdout, /mac-needs-host/);
  });
});
