import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/**
 * Worker of regexSafety.test.ts: runs each regular expression (or tester function) on adversarial
 * inputs and reports the slowest run. Runs in a worker so that a catastrophic pattern can be stopped
 * from outside. Loaded as a test file by `node --test` too, where it does nothing.
 */

export interface RegexJob {
  readonly where: string;
  readonly source?: string;
  readonly flags?: string;
  /** A module exporting tester functions (`FORMATS[name].test`, `isTemplated`), instead of a pattern. */
  readonly module?: string;
  readonly tester?: string;
}

export type WorkerMessage = { type: 'start'; index: number } | { type: 'done'; index: number; worstMs: number; worstInput: string };

const BASE_CHARS = ['a', 'A', 'z', '0', '9', '-', '_', '.', ':', '/', ' ', '\t', '\n', ',', '=', '@', '+', 'x', '$', '{', '}', '<', '>', '"', '\\', 'é', '\u2028'];
const FRAGMENTS = ['arn:aws:', 'arn:aws:imagebuilder:us-east-1:123456789012:component/', 's3://bucket/', '${', '{{', '1.0.', '1.', 'a-', 'a ', '::', '//'];

/** Inputs that make a backtracking engine work hard: long runs of one or two characters after a matching prefix, then a mismatch. */
export function adversarialInputs(source: string, n: number): string[] {
  const fromPattern = [...new Set(source.replace(/\\./g, '').split(''))].filter((c) => c >= ' ' && c <= '~');
  const chars = [...new Set([...fromPattern, ...BASE_CHARS])];
  const literalRuns = source.split(/[\\^$.|?*+()[\]{}]+/).filter((s) => s.length > 1);
  const prefixes = ['', ...FRAGMENTS, literalRuns.join(''), ...literalRuns];
  const inputs: string[] = [];
  for (const prefix of prefixes) {
    for (const c of chars) {
      inputs.push(prefix + c.repeat(n), `${prefix}${c.repeat(n)}!\u0000`);
    }
  }
  for (const a of fromPattern.slice(0, 16)) {
    for (const b of fromPattern.slice(0, 16)) if (a !== b) inputs.push(`${(a + b).repeat(n >> 1)}\u0000`);
  }
  for (const run of literalRuns) inputs.push(`${run.repeat(Math.ceil(n / run.length))}\u0000`);
  return inputs;
}

function timeOf(test: (value: string) => boolean, input: string): number {
  const start = performance.now();
  test(input);
  return performance.now() - start;
}

function testerOf(job: RegexJob): (value: string) => boolean {
  if (job.source !== undefined) {
    const regex = new RegExp(job.source, (job.flags ?? '').replace(/[gy]/g, ''));
    return (value) => regex.test(value);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(job.module!) as Record<string, unknown>;
  const [name, member] = job.tester!.split('.');
  const target = module[name] as Record<string, unknown> | ((v: string) => boolean);
  const fn = member ? ((target as Record<string, { test: (v: string) => boolean }>)[member]).test : (target as (v: string) => boolean);
  return (value) => fn(value);
}

/** Runs each job's inputs until one takes longer than `stopMs` (then the job has failed: no need to go on). */
function run(jobs: readonly RegexJob[], n: number, stopMs: number): void {
  jobs.forEach((job, index) => {
    parentPort!.postMessage({ type: 'start', index } satisfies WorkerMessage);
    const test = testerOf(job);
    let worstMs = 0;
    let worstInput = '';
    for (const input of adversarialInputs(job.source ?? `${job.tester}`, n)) {
      let ms = timeOf(test, input);
      // A slow run is timed again (best of three): a garbage collection or a busy machine is not backtracking.
      if (ms > stopMs) ms = Math.min(ms, timeOf(test, input), timeOf(test, input));
      if (ms > worstMs) {
        worstMs = ms;
        worstInput = input.length > 80 ? `${JSON.stringify(input.slice(0, 40))}… (${input.length} chars)` : JSON.stringify(input);
        if (ms > stopMs) break;
      }
    }
    parentPort!.postMessage({ type: 'done', index, worstMs, worstInput } satisfies WorkerMessage);
  });
}

if (!isMainThread && parentPort) {
  const { jobs, n, stopMs } = workerData as { jobs: RegexJob[]; n: number; stopMs: number };
  run(jobs, n, stopMs);
}
