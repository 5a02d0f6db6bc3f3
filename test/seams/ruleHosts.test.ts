// ruleTable's `appliesTo` against where each rule actually runs: every case text of each host (request
// files, CloudFormation templates, Terraform) is run through the service, and the codes it reports say
// which hosts a rule runs on. The table must name exactly those hosts for every host-listed rule.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { LanguageService } from '../../server/src/service/languageService';
import { allRules, RuleHost } from '../../server/src/service/rules/ruleTable';
import { ALL_RULE_CASES, CASES as TEMPLATE_CASES } from '../cloudformation/cases';
import { PARAMETER_CASES } from '../cloudformation/parameterCases';
import { DIAGNOSTIC_CASES } from '../request/diagnosticCases';
import { open, service } from '../support/harness';
import { terraformService, tfCodes } from '../support/terraform';
import { MAC_PLATFORM, RULE_CASES as TF_RULE_CASES, VALIDATION_CASES as TF_VALIDATION_CASES } from '../terraform/cases';

let terraform: LanguageService;
before(async () => {
  terraform = await terraformService();
});

/** Rules whose cases need more than one text (a workspace, the file system): their hosts are not all seen here. */
const ELSEWHERE: Record<string, string> = {
  'recipe-platform': 'a recipe and the component files it names (test/workspace)',
  'component-file-missing': 'a .tf file and the folder around it (test/terraform/componentFiles.test.ts)',
  'undefined-parameter': 'a request recipe and the component files it names (test/workspace); a .tf file\'s own component (test/terraform/recipeParameters.test.ts)',
  'missing-parameter': 'as undefined-parameter',
};

function codesOf(text: string, name: string): string[] {
  const { analysis } = open(text, { name });
  return service().doValidation(analysis).map((d) => String(d.code));
}

test("ruleTable's hosts are where each rule is reported in the hosts' cases", () => {
  const seen = new Map<string, Set<RuleHost>>();
  const saw = (host: RuleHost, codes: readonly string[]) => {
    for (const code of codes) (seen.get(code) ?? seen.set(code, new Set()).get(code)!).add(host);
  };
  for (const c of DIAGNOSTIC_CASES) saw('request', codesOf(c.text, c.file ?? 'request.json'));
  for (const c of [...TEMPLATE_CASES, ...ALL_RULE_CASES, ...PARAMETER_CASES]) saw('template', codesOf(c.yaml, 'template.yaml'));
  for (const [, text] of [...TF_RULE_CASES, ...MAC_PLATFORM, ...TF_VALIDATION_CASES]) saw('terraform', tfCodes(terraform, text).map((c) => c.split(':')[1]));

  const wrong: string[] = [];
  for (const rule of allRules()) {
    if (typeof rule.appliesTo === 'string') continue;
    const listed = [...rule.appliesTo].sort();
    const found = [...(seen.get(rule.code) ?? [])].sort();
    const ok = rule.code in ELSEWHERE ? found.every((h) => listed.includes(h)) : found.join() === listed.join();
    if (!ok) wrong.push(`${rule.code}: the table says ${listed.join(', ')}, the cases report it on ${found.join(', ') || 'no host'}`);
  }
  assert.deepEqual(wrong, []);
  // The derivation sees something: the placement rule in all three.
  assert.deepEqual([...(seen.get('placement-target-conflict') ?? [])].sort(), ['request', 'template', 'terraform']);
});
