import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '../support/paths';
import { schemaPatterns, sourceRegexes } from './regexCollect';
import { RegexJob, WorkerMessage } from './regexWorker';
import { SLOW } from '../support/tiers';

/**
 * No catastrophic backtracking (issue 6): every `pattern` in schemas/ and every regular expression in
 * server/src runs on adversarial inputs of 40,000 characters (long runs after a matching prefix, then
 * a mismatch). Generous guards, not timing: a linear pattern takes well under a millisecond per
 * input; a failure is a run over 250 ms, or the worker not finishing within two minutes.
 */

const N = 40_000;
const WORST_MS = 250;
const TOTAL_MS = 120_000;
const OUT = path.join(repoRoot, 'out', 'server', 'src');

function jobs(): RegexJob[] {
  const { literals, computed } = sourceRegexes(path.join(repoRoot, 'server', 'src'));
  const formats = path.join(OUT, 'service', 'validation', 'formats.js');
  const testers: RegexJob[] = ['semantic-version', 'semantic-version-filter', 's3-uri', 'arn', 'imagebuilder-arn', 'date-time']
    .map((name) => ({ where: `formats.ts FORMATS['${name}']`, module: formats, tester: `FORMATS.${name}` }));
  testers.push({ where: 'formats.ts isTemplated', module: formats, tester: 'isTemplated' });
  // The computed `new RegExp(...)` calls must all be covered by a tester above (or by schema patterns).
  for (const where of computed) assert.match(where, /^service[\\/]validation[\\/](formats|schemaValidator)\.ts:/, `untested computed RegExp at ${where}`);
  return [...schemaPatterns(path.join(repoRoot, 'schemas')), ...literals, ...testers];
}

function runWorker(list: readonly RegexJob[]): Promise<Array<Extract<WorkerMessage, { type: 'done' }>>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'regexWorker.js'), { workerData: { jobs: list, n: N, stopMs: WORST_MS } });
    const done: Array<Extract<WorkerMessage, { type: 'done' }>> = [];
    let current = -1;
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`catastrophic backtracking? no answer within ${TOTAL_MS} ms while testing ${list[current]?.where}: /${list[current]?.source ?? ''}/`));
    }, TOTAL_MS);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'start') current = message.index;
      else done.push(message);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve(done);
    });
  });
}

describe('regular expressions resist adversarial input', () => {
  test('every schema pattern and every regular expression in server/src', SLOW, async () => {
    const list = jobs();
    assert.ok(list.length >= 20, `only ${list.length} regular expressions found`);
    const results = await runWorker(list);
    assert.equal(results.length, list.length);
    const slow = results.filter((r) => r.worstMs > WORST_MS).map((r) => `${list[r.index].where} /${list[r.index].source ?? ''}/: ${Math.round(r.worstMs)} ms on ${r.worstInput}`);
    assert.deepEqual(slow, []);
  });
});
