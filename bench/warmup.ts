import { performance } from 'node:perf_hooks';
import { BenchDocument } from './docs/types';
import { LspClient } from './lsp/client';
import { ServerSpec } from './lsp/servers';
import { initializeParams, prepareSession, uriOf } from './lsp/session';

/** Opens counted together: the first, then the JIT's slope, then (about) its steady state. */
export const WARMUP_BUCKETS: ReadonlyArray<readonly [number, number]> = [[1, 1], [2, 10], [11, 40], [41, 70], [71, 100]];

export interface WarmupCurve {
  readonly server: string;
  readonly document: string;
  readonly processes: number;
  readonly opens: number;
  /** Mean open → pulled diagnostics of the opens in each bucket (1-based, inclusive), over the processes. */
  readonly buckets: ReadonlyArray<{ readonly from: number; readonly to: number; readonly meanMs: number }>;
  failure?: string;
}

/**
 * How open → diagnostics falls as the JIT warms up: `opens` fresh copies of `doc` opened one after another
 * (each closed before the next) in `processes` fresh server processes, pulled diagnostics. The warm open of
 * the main run is taken after one editing session, on this slope; this shows where on it.
 */
export async function runWarmup(spec: ServerSpec, doc: BenchDocument, workDir: string, opens: number, processes: number, timeoutMs: number): Promise<WarmupCurve> {
  const sums = new Array<number>(opens).fill(0);
  const curve: WarmupCurve = { server: spec.id, document: doc.fileName, processes, opens, buckets: [] };
  try {
    for (let p = 0; p < processes; p++) await oneProcess(spec, doc, workDir, timeoutMs, sums);
  } catch (error) {
    curve.failure = error instanceof Error ? error.message : String(error);
    return curve;
  }
  const buckets = WARMUP_BUCKETS.filter(([from]) => from <= opens).map(([from, to]) => {
    const last = Math.min(to, opens);
    const slice = sums.slice(from - 1, last);
    return { from, to: last, meanMs: slice.reduce((a, b) => a + b, 0) / slice.length / processes };
  });
  return { ...curve, buckets };
}

async function oneProcess(spec: ServerSpec, doc: BenchDocument, workDir: string, timeoutMs: number, sums: number[]): Promise<void> {
  const client = new LspClient({ command: spec.command, args: spec.args, configuration: spec.configuration });
  try {
    await client.request('initialize', initializeParams(spec, workDir), timeoutMs);
    await prepareSession(client, spec, workDir, timeoutMs); // as in the main run: their schema must be active first
    for (let i = 0; i < sums.length; i++) {
      const uri = uriOf(workDir, `warmup-${i}-${doc.fileName}`);
      const start = performance.now();
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: doc.languageId, version: 1, text: doc.text } });
      await client.request('textDocument/diagnostic', { textDocument: { uri } }, timeoutMs);
      sums[i] += performance.now() - start;
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  } finally {
    await client.close(Math.min(timeoutMs, 5000));
  }
}
