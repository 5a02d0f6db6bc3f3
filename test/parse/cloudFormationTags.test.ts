// CloudFormation's YAML short forms parse with no problem in scalar, sequence and mapping form; the node
// keeps its tag and its plain YAML value (an intrinsic's value is unknown to the checks).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getProperty } from '../../server/src/service/ast/navigate';
import { ObjectNode } from '../../server/src/service/ast/types';
import { CLOUDFORMATION_FUNCTIONS, LONG_FORMS, longFormOf } from '../../server/src/service/parse/cloudFormationTags';
import { parseText } from '../../server/src/service/parse/parse';

const FORMS: ReadonlyArray<[string, (tag: string) => string, string]> = [
  ['scalar', (tag) => `${tag} Name`, 'string'],
  ['quoted scalar', (tag) => `${tag} "arn:\${AWS::Partition}:x"`, 'string'],
  ['empty scalar', (tag) => `${tag}`, 'string'],
  ['flow sequence', (tag) => `${tag} [a, !Ref b, { c: d }]`, 'array'],
  ['block sequence', (tag) => `${tag}\n    - a\n    - !GetAtt B.Arn`, 'array'],
  ['flow mapping', (tag) => `${tag} { Name: x, Parameters: { A: !Ref B } }`, 'object'],
  ['block mapping', (tag) => `${tag}\n    Name: x\n    Values: !Split [",", !Ref L]`, 'object'],
];

for (const name of CLOUDFORMATION_FUNCTIONS) {
  test(`!${name} parses with no problem in every form`, () => {
    for (const [form, write, type] of FORMS) {
      const text = `Resources:\n  X:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      P: ${write(`!${name}`).replace(/\n/g, '\n    ')}\n`;
      for (const chunked of [true, false]) {
        const parsed = parseText(text, 'yaml', { chunked });
        assert.deepEqual(parsed.syntaxErrors, [], `${form}: ${text}`);
        const resources = getProperty(parsed.root as ObjectNode, 'Resources')?.valueNode as ObjectNode;
        const x = getProperty(resources, 'X')?.valueNode as ObjectNode;
        const properties = getProperty(x, 'Properties')?.valueNode as ObjectNode;
        const value = getProperty(properties, 'P')?.valueNode;
        assert.equal(value?.tag, `!${name}`, form);
        assert.equal(value?.type, type, form);
      }
    }
  });
}

test('a tag of some other tool is not a problem either, and the long forms are known', () => {
  assert.deepEqual(parseText('a: !Foo x\nb: !Bar [1]\n', 'yaml').syntaxErrors, []);
  for (const long of ['Ref', 'Condition', 'Fn::Sub', 'Fn::GetAtt', 'Fn::If', 'Fn::ForEach', 'Fn::ToJsonString']) assert.ok(LONG_FORMS.has(long), long);
  assert.equal(longFormOf('!Base64'), 'Fn::Base64');
});
