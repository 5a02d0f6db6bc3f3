import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ValidationScheduler } from '../../server/src/lsp/validationScheduler';

function setup(delayMs = 0, quietMs?: number) {
  const documents = new Map<string, TextDocument>();
  const runs: string[] = [];
  let resolveIdle: (() => void) | undefined;
  const scheduler = new ValidationScheduler(delayMs, (uri) => documents.get(uri), (document) => {
    runs.push(`${document.uri}@${document.version}`);
    resolveIdle?.();
  }, quietMs);
  const open = (uri: string, version = 1) => {
    const document = TextDocument.create(uri, 'yaml', version, 'a: 1\n');
    documents.set(uri, document);
    return document;
  };
  /** Resolves once `count` validations have run (never by waiting a fixed time). */
  const ran = (count: number) => new Promise<void>((resolve) => {
    const check = () => (runs.length >= count ? resolve() : undefined);
    resolveIdle = check;
    check();
  });
  return { scheduler, open, runs, ran, documents };
}

describe('validation scheduler', () => {
  it('checks the document scheduled last first', async () => {
    const { scheduler, open, runs, ran } = setup();
    for (const uri of ['a', 'b', 'c']) scheduler.schedule(open(uri));
    await ran(3);
    assert.deepEqual(runs, ['c@1', 'b@1', 'a@1']);
    scheduler.dispose();
  });

  it('drops a stale version instead of queueing it', async () => {
    const { scheduler, open, runs, ran } = setup();
    scheduler.schedule(open('a', 1));
    scheduler.schedule(open('a', 2));
    scheduler.schedule(open('b', 1));
    await ran(2);
    assert.deepEqual(runs.sort(), ['a@2', 'b@1']);
    scheduler.dispose();
  });

  it('does not run a cancelled or superseded document', async () => {
    const { scheduler, open, runs, ran, documents } = setup();
    scheduler.schedule(open('a'));
    scheduler.schedule(open('b'));
    scheduler.cancel('a');
    const c = open('c');
    scheduler.schedule(c);
    documents.set('c', TextDocument.create('c', 'yaml', 2, 'b: 2\n')); // changed after scheduling
    await ran(1);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(runs, ['b@1']);
    scheduler.dispose();
  });

  it('runs one validation per turn, so other work can come between', async () => {
    const { scheduler, open, runs, ran } = setup();
    for (const uri of ['a', 'b', 'c', 'd']) scheduler.schedule(open(uri));
    await ran(1);
    const afterFirst = runs.length;
    await ran(4);
    assert.equal(afterFirst, 1);
    scheduler.dispose();
  });

  it('checks a document opened alone within three turns of the event loop (no timer)', async () => {
    const { scheduler, open, runs } = setup();
    scheduler.schedule(open('alone'), 0);
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(runs, ['alone@1']);
    scheduler.dispose();
  });

  it('tells a flood of opens handled one per turn, as the connection handles messages, and checks none before the request behind it', async () => {
    const { scheduler, open, runs, ran } = setup(0, 250);
    const messages = [...Array.from({ length: 50 }, (_, i) => `file-${i}`), 'request'];
    let runsAtRequest: number | undefined;
    await new Promise<void>((resolve) => {
      const next = () => {
        const message = messages.shift();
        if (message === 'request') {
          runsAtRequest = runs.length;
          resolve();
        } else if (message) {
          scheduler.schedule(open(message), 0);
          setImmediate(next);
        }
      };
      setImmediate(next);
    });
    assert.equal(runsAtRequest, 0, 'no document of the flood is checked before the request');
    await ran(50);
    assert.deepEqual(runs.slice(0, 2), ['file-49@1', 'file-48@1']);
    scheduler.dispose();
  });

  // Disposed while the flood waits: with a Timeout cleared by clearImmediate, Node's timer loop spun (hence the timeout).
  it('documents opened together wait until it is quiet; dispose stops the wait', { timeout: 10_000 }, async () => {
    const { scheduler, open, runs } = setup(0, 60_000);
    scheduler.schedule(open('first'), 0);
    scheduler.schedule(open('second'), 0);
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 2));
    assert.deepEqual(runs, [], 'both wait for the flood to be quiet');
    scheduler.dispose();
  });
});
