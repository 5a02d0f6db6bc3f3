import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { componentDocument } from '../../bench/docs/component';
import { SLICED_MIN_LENGTH } from '../../server/src/lsp/documentState';
import { WORKER_NICENESS } from '../../server/src/lsp/threadPriority';
import { TestClient } from '../support/lspClient';

/** Each thread of a process and its niceness (`/proc/PID/task/TID/stat`, field 19). */
function niceness(pid: number): Map<number, number> {
  const threads = new Map<number, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // After the command name in parentheses: field 3 (the state) onwards.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    threads.set(Number(tid), Number(fields[16]));
  }
  return threads;
}

/**
 * Issue 19: the validation worker runs at a lower priority than the thread that answers requests, so that
 * on a busy machine its full parse of a big document does not take the cores from completion and hover.
 * The server as a child process over stdio; its threads read from /proc (Linux only: elsewhere the
 * priority is left as it is).
 */
describe('protocol: the validation worker\'s priority', { skip: process.platform !== 'linux' && 'threads\' niceness is read from /proc' }, () => {
  const uri = 'file:///w/big-component.yaml';
  const big = componentDocument(3_000);
  let client: TestClient;
  before(async () => {
    client = TestClient.childProcess();
    await client.initialize();
  });
  after(() => client.dispose());

  it('no thread is lowered before a big document starts the worker', () => {
    const threads = niceness(client.child!.pid!);
    assert.deepEqual([...threads.values()].filter((n) => n !== 0), [], JSON.stringify([...threads]));
  });

  it('once a big document is checked on the worker, its thread alone runs at the lower priority', async () => {
    assert.ok(big.text.length >= SLICED_MIN_LENGTH, 'checked on the worker');
    await client.open(uri, big.text);
    await client.published(uri, (p) => p.version === 1, 60_000);
    const pid = client.child!.pid!;
    const threads = niceness(pid);
    assert.equal(threads.get(pid), 0, 'the main thread keeps its priority');
    const lowered = [...threads].filter(([, n]) => n !== 0);
    assert.deepEqual(lowered.map(([, n]) => n), [WORKER_NICENESS], JSON.stringify([...threads]));
  });
});
