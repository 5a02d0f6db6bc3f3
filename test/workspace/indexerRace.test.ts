import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { IndexerHost, WorkspaceIndexer } from '../../server/src/node/workspace/indexer';
import { WorkspaceIndex } from '../../server/src/service/languageService';
import { normalizeSettings } from '../../server/src/service/settings';
import { service } from '../support/harness';
import { HELLO_COMPONENT, tempWorkspace } from './fixtures';

/**
 * A file listed by the index's walk that is gone (or is no longer a file) when the indexer reads it, on a
 * real temporary folder. The order is made certain by the indexer's own: files are walked in name order and
 * read eight at a time, a batch only after the previous one is applied, and a Terraform file's read waits for
 * the host's `hclReady`. So `a.tf` and seven fillers make the first batch, `c-hello.yaml` the second, and
 * the test changes `c-hello.yaml` inside `hclReady`: after the listing, before its read. No timer.
 */

const FILES: Record<string, string> = {
  'a.tf': 'resource "aws_imagebuilder_component" "c" {\n  name = "c"\n}\n',
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`b${n}.yaml`, `filler: ${n}\n`])),
  'c-hello.yaml': HELLO_COMPONENT,
};
const ws = tempWorkspace(FILES);
after(() => ws.cleanup());
const victim = path.join(ws.root, 'c-hello.yaml');

function indexer(): { indexer: WorkspaceIndexer; index: WorkspaceIndex; logs: string[]; beforeHcl: { run?: () => void } } {
  const index = new WorkspaceIndex();
  const logs: string[] = [];
  const beforeHcl: { run?: () => void } = {};
  const host: IndexerHost = {
    service: service(),
    index,
    settings: () => normalizeSettings(undefined),
    log: (message) => logs.push(message),
    changed: () => undefined,
    hclReady: () => {
      beforeHcl.run?.();
      beforeHcl.run = undefined;
      return Promise.resolve();
    },
  };
  return { indexer: new WorkspaceIndexer(host), index, logs, beforeHcl };
}

const components = (index: WorkspaceIndex) => index.allComponents().map((c) => c.name);
const built = (logs: string[]) => logs.filter((l) => /^workspace index: \d+ files in/.test(l)).map((l) => l.replace(/ in \d+ ms/, ''));

test('a file deleted after the listing: the build completes, the entry of the earlier build is gone, nothing is logged for it', async () => {
  const { indexer: built1, index, logs, beforeHcl } = indexer();
  await built1.index([ws.root]);
  assert.deepEqual(components(index), ['hello-world'], 'the first build indexes it');
  beforeHcl.run = () => fs.rmSync(victim);
  await built1.index([ws.root]);
  assert.equal(beforeHcl.run, undefined, 'the file was deleted during the second build');
  assert.equal(index.complete, true);
  assert.deepEqual(components(index), []);
  assert.ok(![...index.uris()].some((u) => u.endsWith('/c-hello.yaml')), [...index.uris()].join(', '));
  // Listed (9 files), then read as gone: a vanished file is not an error (ENOENT is not logged), nor is the build.
  assert.deepEqual(built(logs), ['workspace index: 9 files, 1 components', 'workspace index: 9 files, 0 components']);
  assert.deepEqual(logs.filter((l) => /c-hello|failed/.test(l)), []);
  fs.writeFileSync(victim, HELLO_COMPONENT);
});

test('a file replaced by a folder after the listing: left out, the build completes', async () => {
  const { indexer: built2, index, logs, beforeHcl } = indexer();
  await built2.index([ws.root]);
  assert.deepEqual(components(index), ['hello-world']);
  beforeHcl.run = () => {
    fs.rmSync(victim);
    fs.mkdirSync(victim);
  };
  await built2.index([ws.root]);
  assert.equal(beforeHcl.run, undefined);
  assert.equal(index.complete, true);
  assert.deepEqual(components(index), []);
  assert.deepEqual(logs.filter((l) => /failed/.test(l)), []);
  fs.rmdirSync(victim);
  fs.writeFileSync(victim, HELLO_COMPONENT);
});
