import assert from 'node:assert/strict';
import { AstNode } from '../../server/src/service/ast/types';
import { ParsedDocument } from '../../server/src/service/parse/types';

/** Comparing parse results as data, and random edits to make them from (the parse equivalence tests). */

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPING = 'abcdefghijklmnopqrstuvwxyz0123456789 _.';
const STRUCTURE = ' \n\n:-#"\'|>{}[],&*!%\t.\\?@`~';

/** One random edit (at `at`, else anywhere): mostly typing inside lines, sometimes structure (newlines, quotes, colons, dashes). */
export function randomEdit(text: string, random: () => number, at = Math.floor(random() * (text.length + 1))): string {
  const kind = random();
  const pick = (set: string) => set[Math.floor(random() * set.length)];
  if (kind < 0.45) return text.slice(0, at) + pick(TYPING) + text.slice(at);
  if (kind < 0.7) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
  if (kind < 0.9) return text.slice(0, at) + pick(STRUCTURE) + text.slice(at);
  return text.slice(0, at) + pick(STRUCTURE) + pick(TYPING) + text.slice(at + 1);
}

/**
 * The tree as data without parent links, after checking that every child points back at its parent.
 * Offsets are read through `offset` and `colonOffset` (the nodes store them relative to the parent).
 */
export function plain(node: AstNode | undefined, parent?: AstNode): unknown {
  if (!node) return undefined;
  assert.equal(node.parent, parent, `parent link of the ${node.type} at ${node.offset}`);
  const out: Record<string, unknown> = { type: node.type, offset: node.offset, length: node.length };
  if (node.tag !== undefined) out.tag = node.tag;
  switch (node.type) {
    case 'object':
      return { ...out, flow: node.flow, properties: node.properties.map((c) => plain(c, node)) };
    case 'array':
      return { ...out, flow: node.flow, items: node.items.map((c) => plain(c, node)) };
    case 'property':
      return {
        ...out, keyNode: plain(node.keyNode, node), valueNode: plain(node.valueNode, node), colonOffset: node.colonOffset,
        labels: node.labels?.map((l) => plain(l, node)),
      };
    case 'string': return { ...out, value: node.value, style: node.style };
    case 'number': return { ...out, value: node.value, isInteger: node.isInteger, source: node.source };
    case 'boolean': return { ...out, value: node.value };
    case 'null': return out;
    case 'alias':
    case 'unknown': return { ...out, name: node.name };
  }
}

export function summary(parsed: ParsedDocument): unknown {
  return {
    text: parsed.text, root: plain(parsed.root), errors: parsed.syntaxErrors, extra: parsed.extraDocuments,
    truncated: parsed.truncatedDepth, aliases: parsed.hasAliases,
  };
}

export const HANDMADE_YAML = [
  'list:\n  - a: 1\n    b: |\n      text\n      more\n\n  - a: 2 # comment\n    b: >-\n      folded\n  # between\n  - a: "multi\n      line"\n    c: [1, 2]\n  - { flow: map }\n  - a: &anchor 3\n  - a: !Ref x\n    d:\n      - - nested: 1\n        - other: 2\n      - x: y\nend: true\n',
  'phases:\r\n  - name: build\r\n    steps:\r\n      - name: one\r\n        action: ExecuteBash\r\n      - name: two\r\n        action: Reboot\r\n  - name: test\r\n    steps: []\r\n',
  'a:\n  - k: 1\n    v: plain\n      continued\n  - k: 2\n    v: \'single\'\n  - k: 3\n---\nsecond: doc\n',
];

/** CloudFormation templates in the YAML forms the incremental re-parse of mapping entries must get right. */
export const HANDMADE_TEMPLATES = [
  [
    "AWSTemplateFormatVersion: '2010-09-09'",
    '# a comment at the left margin',
    'Parameters:',
    '  Env: { Type: String,',
    '    Default: dev }',
    'Resources:',
    '  # a comment at the resources\' column',
    '  Component:',
    '    Type: AWS::ImageBuilder::Component',
    '    Properties:',
    '      Name: !Sub "${Env}-component"',
    '      Platform: Linux',
    '      Version: 1.0.0',
    '      Data: |',
    '        name: x',
    '        schemaVersion: 1.0',
    '        phases:',
    '          - name: build',
    '            steps:',
    '              - name: one',
    '                action: ExecuteBash',
    '                inputs:',
    '                  commands:',
    '                    - echo "${Env}"',
    '',
    '      Tags:',
    '        a: b  # trailing comment',
    '    # a comment inside the resource',
    '  Recipe:',
    '    Type: AWS::ImageBuilder::ImageRecipe',
    '    Properties:',
    '      Components:',
    '      - ComponentArn: !Ref Component',
    '        Parameters:',
    '        - Name: p',
    '          Value:',
    '          - v',
    '      Description: >-',
    '        folded',
    '        text',
    '      ParentImage: plain scalar',
    '        continued on the next line',
    '      Version: "quoted',
    '        over lines"',
    '      WorkingDirectory:',
    '      BlockDeviceMappings: [ { DeviceName: /dev/xvda,',
    '          Ebs: { VolumeSize: 8 } } ]',
    '  Infra:',
    '    Type: AWS::ImageBuilder::InfrastructureConfiguration',
    '    Properties:',
    '      InstanceProfileName: !GetAtt Profile.Arn',
    '      Placement:',
    '        Tenancy: host',
    '        HostId: !If [IsProd, h-1, !Ref "AWS::NoValue"]',
    '      Logging:',
    '        S3Logs:',
    '          S3BucketName: |+',
    '            kept',
    '',
    '      Tags: {}',
    'Outputs:',
    '  Arn:',
    '    Value: !GetAtt Component.Arn',
    '',
  ].join('\n'),
  'Resources:\n  A:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Data: !Sub\n        - |\n          name: ${N}\n          phases: []\n        - N: n\n  B:\n    Type: AWS::S3::Bucket\n  C:\n    Type: AWS::ImageBuilder::Image\n    Properties:\n      ImageRecipeArn: !Ref R\n      Tags:\n        k: v\n',
];
