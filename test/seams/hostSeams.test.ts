import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../../server/src/service/analysis';
import { getValue, nodeAtPath, stringValue } from '../../server/src/service/ast/navigate';
import { KindSupport } from '../../server/src/service/kindSupport';
import { RULE_SHAPES } from '../../server/src/service/rules/request/shapes';
import { jsonYamlEdits, SPELLINGS } from '../../server/src/service/rules/request/spellings';
import { SchemaCatalog } from '../../server/src/service/schema/catalog';
import { JsonSchema } from '../../server/src/service/schema/types';
import { schemaSupport } from '../../server/src/service/schemaSupport';
import { Problem } from '../../server/src/service/validation/problem';
import { service } from '../support/harness';

/**
 * A stand-in template host, as a CloudFormation or Terraform host will be: its schemas in a subfolder
 * file, one schema root per resource (the shape of its `Type`), its own spelling of the keys. The same
 * shape rules must run on it, naming its keys.
 */
type Spell = (meaning: string) => string;

function templateSchemas(spell: Spell): Map<string, JsonSchema> {
  const placement: JsonSchema = {
    type: 'object', additionalProperties: false,
    properties: { [spell('tenancy')]: { type: 'string', enum: ['default', 'dedicated', 'host'] }, [spell('hostId')]: { type: 'string' }, [spell('hostResourceGroupArn')]: { type: 'string' } },
  };
  const infra: JsonSchema = {
    type: 'object', additionalProperties: false,
    properties: { [spell('instanceTypes')]: { type: 'array', items: { type: 'string' } }, [spell('placement')]: { $ref: '#/definitions/Placement' } },
  };
  const ebs: JsonSchema = {
    type: 'object', additionalProperties: false,
    properties: { [spell('volumeType')]: { type: 'string' }, [spell('iops')]: { type: 'integer' }, [spell('throughput')]: { type: 'integer' } },
  };
  return new Map([['test-host/resources.schema.json', { definitions: { Placement: placement, Infra: infra, Ebs: ebs } } as JsonSchema]]);
}

const TYPES: Record<string, string> = { 'Test::Infra': 'Infra', 'Test::Ebs': 'Ebs' };

function templateSupport(spell: Spell): KindSupport {
  const catalog = new SchemaCatalog(templateSchemas(spell));
  const shapeOf: Record<string, string> = { Placement: RULE_SHAPES.placement, Infra: RULE_SHAPES.infrastructureConfiguration, Ebs: RULE_SHAPES.ebsVolume };
  return schemaSupport(catalog, {
    roots(analysis: Analysis) {
      const resources = nodeAtPath(analysis.parsed.root, ['Resources']);
      if (resources?.type !== 'object') return [];
      return resources.properties.flatMap((resource) => {
        const type = resource.valueNode?.type === 'object' ? stringValue(resource.valueNode, 'Type') : undefined;
        const definition = type ? TYPES[type] : undefined;
        if (!definition || resource.valueNode?.type !== 'object' || !getValue(resource.valueNode, 'Properties')) return [];
        return [{ path: ['Resources', resource.keyNode.value, 'Properties'], schema: catalog.resolve({ $ref: `test-host/resources.schema.json#/definitions/${definition}` }) }];
      });
    },
    ruleShapeOf: (name) => shapeOf[name],
    ruleHost: (analysis) => ({ key: spell, edits: jsonYamlEdits(analysis.parsed.text, false) }),
  });
}

function analysis(text: string): Analysis {
  return service().analyze(TextDocument.create('file:///work/template.yaml', 'yaml', 1, text));
}

function problemsText(text: string, problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.code} [${text.slice(p.offset, p.offset + p.length)}] ${p.message}`).sort();
}

const SPELLED: ReadonlyArray<[string, Spell]> = [['PascalCase', SPELLINGS.PascalCase], ['snake_case', SPELLINGS.snake_case]];

for (const [name, spell] of SPELLED) {
  const k = spell;
  const template = (infra: string, ebs = '') => [
    'Resources:',
    '  Other:',
    '    Type: Vendor::Thing',
    '    Properties: { Anything: 1 }',
    '  Infra:',
    '    Type: Test::Infra',
    '    Properties:',
    infra,
    ...(ebs ? ['  Volume:', '    Type: Test::Ebs', '    Properties:', ebs] : []),
    '',
  ].join('\n');

  describe(`a ${name} host runs the request rules on its own spelling`, () => {
    const support = templateSupport(spell);

    test('the schema of each resource applies to its Properties only; rules name the host\'s keys', () => {
      const text = template(`      ${k('instanceTypes')}: [mac2.metal]\n      ${k('placement')}:\n        ${k('tenancy')}: dedicated\n        ${k('hostId')}: h-1`);
      assert.deepEqual(problemsText(text, support.validate(analysis(text))), [
        `mac-needs-host [mac2.metal] 'mac2.metal' is a Mac instance type: Mac instances run only on Dedicated Hosts, so set '${k('placement')}.${k('tenancy')}' to 'host'.`,
        `placement-target-needs-host [${k('hostId')}] '${k('hostId')}' applies only when '${k('tenancy')}' is 'host', but '${k('tenancy')}' is 'dedicated'.`,
      ]);
    });

    test('the fix is written in the host\'s spelling', () => {
      const text = template(`      ${k('instanceTypes')}: [mac2.metal]`);
      const [problem] = support.validate(analysis(text));
      assert.equal(problem.fixes?.[0].title, `Add '${k('placement')}' with '${k('tenancy')}: host'`);
      const edit = problem.fixes![0].edits[0];
      const fixed = text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);
      assert.match(fixed, new RegExp(`${k('placement')}: \\{ ${k('tenancy')}: host \\}`));
      assert.deepEqual(support.validate(analysis(fixed)), []);
    });

    test('EBS rules and the schema check, in the host\'s keys', () => {
      const text = template(`      ${k('instanceTypes')}: [m5.large]`, `      ${k('volumeType')}: gp2\n      ${k('throughput')}: 250\n      ${k('iops')}: 3000\n      Unknown: 1`);
      assert.deepEqual(problemsText(text, support.validate(analysis(text))), [
        `ebs-iops-mismatch [${k('iops')}] 'gp2' volumes do not take '${k('iops')}'; only io1, io2 and gp3 do.`,
        `ebs-throughput-needs-gp3 [${k('throughput')}] '${k('throughput')}' applies only to gp3 volumes; this volume is 'gp2'.`,
        "unknown-property [Unknown] Property 'Unknown' is not allowed.",
      ]);
    });

    test('opaque values (a YAML tag as a host parser keeps it) are never judged, and rules that need them stay silent', () => {
      const text = template(
        `      ${k('instanceTypes')}: !Ref Types\n      ${k('placement')}:\n        ${k('tenancy')}: !Ref Tenancy\n        ${k('hostId')}: h-1`,
        `      ${k('volumeType')}: !Ref VolumeType\n      ${k('throughput')}: 250\n      ${k('iops')}: !Sub '\${Iops}'`,
      );
      assert.deepEqual(problemsText(text, support.validate(analysis(text))), []);
    });

    test('completion and hover ask the same locator: the resource\'s Properties, nothing elsewhere', () => {
      const text = template(`      ${k('instanceTypes')}: [m5.large]\n      `);
      const a = analysis(text);
      const list = support.complete(a, text.length - 1);
      assert.deepEqual(list?.items.map((i) => i.item.label), [k('placement')]);
      const other = support.complete(a, text.indexOf('Anything'));
      assert.deepEqual(other?.items ?? [], []);
      const hover = support.hover(a, text.indexOf(k('instanceTypes')) + 1);
      assert.ok(hover?.markdown.includes(k('instanceTypes')), hover?.markdown);
    });
  });
}
