import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { LanguageService } from '../../server/src/service/languageService';
import { terraformService, tfCodes, tfFixture } from '../support/terraform';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

/** An `aws_imagebuilder_component` (lines 1–4 fixed) whose `data = yamlencode({` starts on line 5. */
const encoded = (body: string, platform = '"Linux"'): string => `resource "aws_imagebuilder_component" "c" {\n  name     = "c"\n  platform = ${platform}\n  version  = "1.0.0"\n  data = yamlencode({\n${body}  })\n}\n`;
/** A document with one build step (the step's lines from line 11 on). */
const step = (lines: string): string => `    schemaVersion = 1.0\n    phases = [{\n      name = "build"\n      steps = [{\n        name = "A"\n${lines}      }]\n    }]\n`;

/** [name, text, expected `line:code` list] */
const CASES: Array<[string, string, string[]]> = [
  ['clean', encoded(step('        action = "ExecuteBash"\n        inputs = { commands = ["echo hi"] }\n')), []],
  ['an unknown key', encoded(step('        action = "Reboot"\n        timeoutSecond = 5\n')), ['12:unknown-property']],
  ['an unknown top-level key', encoded(`    descripton = "x"\n${step('        action = "Reboot"\n')}`), ['6:unknown-property']],
  ['missing phases', encoded('    schemaVersion = 1.0\n'), ['5:missing-property']],
  ['an unknown action', encoded(step('        action = "ExecuteBsh"\n')), ['11:unknown-action']],
  ['an input the action does not take', encoded(step('        action = "ExecuteBash"\n        inputs = { command = ["echo hi"] }\n')), ['12:unknown-property']],
  ['a missing input', encoded(step('        action = "ExecuteBash"\n        inputs = {}\n')), ['12:missing-property']],
  ["the resource's platform", encoded(step('        action = "ExecuteBash"\n        inputs = { commands = ["echo hi"] }\n'), '"Windows"'), ['11:action-platform']],
  ['unknown values stay unknown', encoded(step('        action = var.action\n        timeoutSeconds = local.t\n        inputs = var.inputs\n')), []],
  ['an unknown list of commands', encoded(step('        action = "ExecuteBash"\n        inputs = { commands = [for c in var.c : c] }\n')), []],
  ['quoted keys are keys', encoded(step('        "action" = "ExecuteBash"\n        "inputs" = { "commands" = ["echo hi"] }\n')), []],
  ['yamlencode of something else is not judged', encoded('').replace('yamlencode({\n  })', 'yamlencode(var.document)'), []],
  ['jsonencode is not yamlencode', encoded(step('        action = "ExecuteBsh"\n')).replace('yamlencode', 'jsonencode'), []],
];

describe('data = yamlencode({ … }) is checked as the component document it encodes', () => {
  for (const [name, text, expected] of CASES) test(name, () => assert.deepEqual(tfCodes(service, text), expected));

  test('diagnostics cover the HCL text, with no YAML fixes', () => {
    const { document, analysis } = tfFixture(service, encoded(step('        action = "ExecuteBsh"\n        timeoutSecond = 5\n')));
    const diagnostics = service.doValidation(analysis);
    assert.deepEqual(diagnostics.map((d) => document.getText(d.range)), ['"ExecuteBsh"', 'timeoutSecond']);
    assert.match(diagnostics[0].message, /Did you mean 'ExecuteBash'/);
    assert.deepEqual(service.getCodeActions(analysis, diagnostics[0].range, diagnostics).filter((a) => a.edit), []);
  });

  test('completion and hover in the object stay Terraform\'s', () => {
    const { document, analysis, offset } = tfFixture(service, encoded(step('        action = "Exec\u0001uteBash"\n')));
    const labels = service.doComplete(analysis, document.positionAt(offset)).items.map((i) => i.label);
    assert.ok(!labels.includes('ExecuteBash'), labels.join(', '));
  });
});
