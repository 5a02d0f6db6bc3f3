import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FileToSummarize, IndexerHost, ProgressReporter, WorkspaceIndexer } from '../../server/src/node/workspace/indexer';
import { FileSummary, WorkspaceIndex } from '../../server/src/service/languageService';
import { normalizeSettings } from '../../server/src/service/settings';
import { service } from '../support/harness';
import { HELLO_COMPONENT, tempWorkspace } from './fixtures';

/**
 * The indexer with a host that summarises some files elsewhere (`summarizeElsewhere`, the server's worker):
 * here the files named `big-*`, answered when the test says. The build goes on with the other files, and
 * completes (progress ended, `complete`, `whenIdle`) only when those are answered; a failure is logged and
 * indexes the file as empty; a newer update of the file wins whatever order the answers come in.
 */

const ws = tempWorkspace({
  'big-a.yaml': HELLO_COMPONENT.replace('hello-world', 'big-a'),
  'big-b.yaml': HELLO_COMPONENT.replace('hello-world', 'big-b'),
  'small.yaml': HELLO_COMPONENT,
});
after(() => ws.cleanup());

interface Asked {
  readonly file: FileToSummarize;
  readonly answer: (summary: FileSummary | undefined) => void;
  readonly fail: (error: Error) => void;
}

function setUp() {
  const index = new WorkspaceIndex();
  const logs: string[] = [];
  const asked: Asked[] = [];
  const progress: string[] = [];
  /** Resolves when the indexer asked for `n` summaries (all told), or when the build reported the big files left. */
  const waits: Array<{ ready: () => boolean; resolve: () => void }> = [];
  const until = (ready: () => boolean) => new Promise<void>((resolve) => (ready() ? resolve() : waits.push({ ready, resolve })));
  const check = () => {
    for (const wait of waits.splice(0)) if (wait.ready()) wait.resolve();
    else waits.push(wait);
  };
  const language = service();
  const reporter: ProgressReporter = { begin: () => progress.push('begin'), report: (_p, message) => {
    progress.push(`report ${message ?? ''}`);
    check();
  }, done: () => progress.push('done') };
  const host: IndexerHost = {
    service: language,
    index,
    settings: () => normalizeSettings(undefined),
    log: (message) => logs.push(message),
    changed: () => undefined,
    progress: () => Promise.resolve(reporter),
    summarizeElsewhere: (file) => {
      if (!file.path.includes('big-')) return undefined;
      return new Promise((resolve, reject) => {
        asked.push({ file, answer: resolve, fail: reject });
        check();
      });
    },
  };
  const askedFor = (n: number) => until(() => asked.length >= n);
  const bigLeft = () => until(() => progress.some((p) => p.endsWith('big files left')));
  return { indexer: new WorkspaceIndexer(host), index, logs, asked, progress, language, askedFor, bigLeft };
}

/** What the service makes of this text on this thread: the answer of a well-behaved host. */
function summaryOf(language: ReturnType<typeof service>, file: FileToSummarize, text = file.text): FileSummary {
  return language.summarize(language.analyze(TextDocument.create(file.uri, file.languageId, 0, text), { settings: file.settings, path: file.path }));
}

const names = (index: WorkspaceIndex) => index.allComponents().map((c) => c.name).sort();

test('the build summarises the other files, and completes when the answers from elsewhere came; a failure indexes the file empty', async () => {
  const { indexer, index, logs, asked, progress, language, bigLeft } = setUp();
  let built = false;
  const build = indexer.index([ws.root]).then(() => (built = true));
  await bigLeft(); // every file applied, or sent elsewhere
  assert.equal(asked.length, 2);
  assert.deepEqual(asked.map((a) => a.file.path.replace(`${ws.root}/`, '')).sort(), ['big-a.yaml', 'big-b.yaml']);
  assert.deepEqual(names(index), ['hello-world'], 'the small file is indexed while the big ones wait');
  assert.equal(index.complete, false);
  assert.equal(built, false);
  assert.ok(!progress.includes('done'), progress.join(', '));
  assert.ok(progress.includes('report 2 big files left'), progress.join(', '));
  const a = asked.find((x) => x.file.path.endsWith('big-a.yaml'))!;
  const b = asked.find((x) => x.file.path.endsWith('big-b.yaml'))!;
  a.answer(summaryOf(language, a.file));
  b.fail(new Error('the worker died'));
  await build;
  await indexer.whenIdle();
  assert.equal(index.complete, true);
  assert.deepEqual(names(index), ['big-a', 'hello-world']);
  assert.ok([...index.uris()].includes(b.file.uri), 'the failed file is indexed, empty');
  assert.equal(progress[progress.length - 1], 'done');
  assert.ok(logs.some((l) => l.includes('big-b.yaml could not be summarised: Error: the worker died')), logs.join('\n'));
});

test('a newer update of a file wins over an older answer that comes after it', async () => {
  const { indexer, index, asked, language, askedFor } = setUp();
  const build = indexer.index([ws.root]);
  await askedFor(2);
  for (const x of asked.splice(0)) x.answer(summaryOf(language, x.file));
  await build;
  // Two updates of big-a (file events), both waiting; the newer is answered first.
  const file = `${ws.root}/big-a.yaml`;
  const first = indexer.refresh(file);
  await askedFor(1);
  const second = indexer.refresh(file);
  await askedFor(2);
  const [older, newer] = asked;
  newer.answer(summaryOf(language, newer.file, newer.file.text.replace('big-a', 'newer')));
  await second;
  older.answer(summaryOf(language, older.file, older.file.text.replace('big-a', 'older')));
  await first;
  assert.deepEqual(names(index), ['big-b', 'hello-world', 'newer']);
  // An answer of undefined (overtaken elsewhere) changes nothing.
  const third = indexer.refresh(file);
  await askedFor(3);
  asked[2].answer(undefined);
  await third;
  assert.deepEqual(names(index), ['big-b', 'hello-world', 'newer']);
});
