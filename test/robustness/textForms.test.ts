import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Diagnostic } from 'vscode-languageserver-types';
import { checkSubject, Subject } from './harness';

/**
 * The forms text takes in the wild (issue 6): binary and invalid UTF-8, a BOM, CRLF and lone CR,
 * tabs, duplicate keys, multi-document streams, CloudFormation tags, template placeholders.
 * Each runs through every feature with the invariants checked; some have expected answers too.
 */

const COMPONENT = 'component-document';
const INFRA = 'create-infrastructure-configuration';

const component = ['name: hello', 'schemaVersion: 1.0', 'phases:', '  - name: build', '    steps:', '      - name: Say', '        action: ExecuteBash', '        inputs:', '          commands:', '            - echo hi'];
const infra = ['instanceProfileName: profile', 'name: infra', 'instanceTypes:', '  - m5.large', 'terminateInstanceOnFailure: true'];

function run(subject: Subject): Diagnostic[] {
  const offsets = [0, 1, subject.text.length >> 1, subject.text.length];
  return checkSubject({ ...subject, offsets });
}

function syntaxErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code === 'syntax' && d.severity === 1);
}

describe('text forms', () => {
  test('binary bytes and invalid UTF-8 (decoded as a file would be)', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0x0a, 0x1b, 0x5b, 0x30, 0x6d]);
    const texts = [
      bytes.toString('utf8'),
      `name: ${bytes.toString('utf8')}\nphases: []\nschemaVersion: 1.0`,
      bytes.toString('latin1'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('utf8'),
      'name: "\ud800"\nvalue: \udfff\u0000\u0007\u200b',
    ];
    for (const text of texts) {
      for (const languageId of ['yaml', 'json'] as const) {
        for (const kindOverride of [null, COMPONENT, INFRA]) run({ text, languageId, options: { kindOverride } });
      }
    }
  });

  test('a BOM is no syntax error, in YAML and JSON', () => {
    assert.deepEqual(syntaxErrors(run({ text: `\uFEFF${infra.join('\n')}`, languageId: 'yaml', options: { kindOverride: INFRA } })), []);
    assert.deepEqual(syntaxErrors(run({ text: '\uFEFF{"name": "x"}', languageId: 'json', options: { kindOverride: INFRA } })), []);
    run({ text: '\uFEFF', languageId: 'yaml' });
    run({ text: '\uFEFF\uFEFF\uFEFF', languageId: 'json' });
  });

  test('CRLF and lone CR line ends: same diagnostics as LF, ranges inside lines', () => {
    for (const lines of [component, infra, [...infra, 'bogusKey: 1', 'instanceTypes: nope']]) {
      const kindOverride = lines === component ? COMPONENT : INFRA;
      const lf = run({ text: lines.join('\n'), languageId: 'yaml', options: { kindOverride } });
      const crlf = run({ text: lines.join('\r\n'), languageId: 'yaml', options: { kindOverride } });
      assert.deepEqual(crlf.map((d) => [d.code, d.range]), lf.map((d) => [d.code, d.range]));
      run({ text: lines.join('\r'), languageId: 'yaml', options: { kindOverride } });
      run({ text: lines.join('\r\r\n\n\r'), languageId: 'yaml', options: { kindOverride } });
    }
  });

  test('tabs in indentation', () => {
    for (const lines of [component, infra]) {
      run({ text: lines.map((l) => l.replace(/^( +)/, (s) => '\t'.repeat(s.length / 2))).join('\n'), languageId: 'yaml', options: { kindOverride: lines === component ? COMPONENT : INFRA } });
      run({ text: lines.map((l) => l.replace(/^ {2}/, ' \t')).join('\n'), languageId: 'yaml' });
    }
  });

  test('duplicate keys', () => {
    run({ text: `${infra.join('\n')}\nname: again\nname: thrice`, languageId: 'yaml', options: { kindOverride: INFRA } });
    run({ text: '{"name": "a", "name": "b", "instanceTypes": [], "instanceTypes": {}}', languageId: 'json' });
    run({ text: `${component.join('\n')}\nphases: []\nname: x`, languageId: 'yaml' });
  });

  test('multi-document streams', () => {
    const text = ['---', ...component, '---', ...infra, '...', '---', '[', '---', '- x'].join('\n');
    for (const kindOverride of [null, COMPONENT, INFRA]) run({ text, languageId: 'yaml', options: { kindOverride } });
    run({ text: '---\n---\n---\n', languageId: 'yaml' });
  });

  test('CloudFormation tags: no error for an unknown tag', () => {
    const text = [
      'instanceProfileName: !Ref Profile', 'name: !Sub "${AWS::StackName}-infra"', 'instanceTypes: !Split [",", !Ref Types]',
      'subnetId: !GetAtt Subnet.SubnetId', 'securityGroupIds:', '  - !ImportValue sg', 'snsTopicArn: !If [HasTopic, !Ref Topic, !Ref "AWS::NoValue"]',
      'tags: !Custom { a: b }', 'description: !!str 1',
    ].join('\n');
    const diagnostics = run({ text, languageId: 'yaml', options: { kindOverride: INFRA } });
    assert.deepEqual(diagnostics.filter((d) => d.code === 'syntax'), [], 'a tag is no syntax error or warning');
    assert.ok(!diagnostics.some((d) => /tag/i.test(d.message)), diagnostics.map((d) => d.message).join('\n'));
  });

  test('Terraform and other template placeholders', () => {
    const texts = [
      'name: ${name}\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps: ${jsonencode(steps)}',
      'name: "{{ component_name }}"\nschemaVersion: 1.0\nphases:\n%{ for p in phases ~}\n  - name: ${p}\n%{ endfor ~}',
      'name: <%= name %>\nsemanticVersion: ${version}\nplatform: Linux\ndata: |\n  ${indent(2, doc)}',
      '{"name": "${var.name}", "instanceTypes": ${jsonencode(var.types)}, "instanceProfileName": "{{profile}}"}',
    ];
    for (const text of texts) {
      for (const kindOverride of [null, COMPONENT, INFRA, 'create-component']) run({ text, languageId: text.startsWith('{') ? 'json' : 'yaml', options: { kindOverride } });
    }
  });

  test('empty and whitespace-only documents', () => {
    for (const text of ['', ' ', '\n', '\r\n', '\t', '#', '---', '...', '{}', '[]', 'null', '~', '"', "'", ':', '-', '?', '|', '>', '&', '*', '!', '%', '@', '`']) {
      for (const languageId of ['yaml', 'json'] as const) {
        for (const kindOverride of [null, COMPONENT, INFRA]) run({ text, languageId, options: { kindOverride } });
      }
    }
  });
});
