// A tiny test runner for inside the editor's extension host (no mocha): named async cases run in order;
// results go to the JSON file named by IB_E2E_RESULT, and `run()` rejects when any case failed.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CaseResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  details?: unknown;
}

export type CaseFn = (details: Record<string, unknown>) => Promise<void>;

const CASE_TIMEOUT_MS = Number(process.env.IB_E2E_CASE_TIMEOUT_MS ?? 60_000);

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function runCases(cases: Array<[string, CaseFn]>): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const [name, fn] of cases) {
    const t0 = Date.now();
    const details: Record<string, unknown> = {};
    try {
      await withTimeout(fn(details), CASE_TIMEOUT_MS, name);
      results.push({ name, ok: true, ms: Date.now() - t0, details });
    } catch (e) {
      const error = e instanceof Error ? e.stack ?? e.message : String(e);
      results.push({ name, ok: false, ms: Date.now() - t0, error, details });
    }
    const r = results[results.length - 1];
    console.log(`[imagebuilder e2e] ${r.ok ? 'ok' : 'FAILED'} ${name} (${r.ms} ms)${r.error ? `\n${r.error}` : ''}`);
  }
  return results;
}

export function writeResults(results: CaseResult[]): void {
  const out = process.env.IB_E2E_RESULT;
  if (!out) return;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
}

/** Polls `fn` until it returns a truthy value; throws a described error after `ms`. */
export async function waitFor<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise(r => setTimeout(r, 100));
  }
}
