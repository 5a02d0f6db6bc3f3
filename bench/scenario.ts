import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BenchDocument, Probe } from './docs/types';
import { LspClient, Publish } from './lsp/client';
import { ServerSpec } from './lsp/servers';
import { initializeParams, prepareSession, uriOf } from './lsp/session';
import { Stats, summarize } from './stats';

export interface Budget {
  /** Timed repeats of each completion/hover probe (after one untimed warm-up). */
  readonly requests: number;
  readonly keystrokes: number;
  readonly bursts: number;
  /** Stop repeating a measurement after this long, once it has 3 samples. */
  readonly perMeasurementMs: number;
  /** Any single wait (a request, diagnostics) fails after this long. */
  readonly timeoutMs: number;
  /** Fresh processes for the first open (the scenario's own and more) and for the cold floor: the samples of each p50. */
  readonly freshProcesses: number;
}

export interface ProbeResult {
  readonly label: string;
  readonly stats: Stats | undefined;
  /** Completion items, or 1/0 for a hover found or not (last answer). */
  readonly answer: number;
}

export interface RunResult {
  readonly server: string;
  readonly document: string;
  /** Spawn → initialize result, over several spawns (the first one included). */
  startup?: Stats;
  startupMs?: number;
  /** The first document of a fresh server process (its code not yet compiled by the JIT): this run's. */
  openToDiagnosticsMs?: number;
  /** The same over `Budget.freshProcesses` fresh processes, this run's included (bench/firstOpen.ts). */
  firstOpen?: Stats;
  diagnosticsOnOpen?: number;
  /** The same text opened again (another URI) at the end, in the now warm process, p50 of a few. */
  warmOpenToDiagnostics?: Stats;
  completion: ProbeResult[];
  hover: ProbeResult[];
  keystrokeCompletion?: Stats;
  editToDiagnostics?: Stats;
  /**
   * Diagnostics published for a version older than one already published (versioned servers only): stale
   * work that reached the editor after newer results.
   */
  stalePublishes?: number;
  /**
   * Diagnostics published for versions before the last of a burst, each the newest the server had when
   * it published (a small document is checked without delay, so a burst read in several pieces gives several).
   */
  intermediatePublishes?: number;
  /** Peak RSS of the editing session: open, requests, keystrokes, bursts. */
  peakRssMb?: number;
  /**
   * Peak RSS at the end, after the reopenings: each copy is released on close, but V8 collects lazily,
   * so the high-water mark grows with the copies made meanwhile.
   */
  peakRssAfterReopensMb?: number;
  errors: string[];
  failure?: string;
}

const BURST = 'abcdefghijklmnopqrst';

/** Drives one server through one document as an editor would, and times it. Always kills the server. */
export async function runScenario(spec: ServerSpec, doc: BenchDocument, workDir: string, budget: Budget): Promise<RunResult> {
  const result: RunResult = { server: spec.id, document: doc.fileName, completion: [], hover: [], errors: [] };
  const t0 = performance.now();
  const client = new LspClient({ command: spec.command, args: spec.args, configuration: spec.configuration });
  const timeout = budget.timeoutMs;
  try {
    await client.request('initialize', initializeParams(spec, workDir), timeout);
    result.startupMs = performance.now() - t0;
    await prepareSession(client, spec, workDir, timeout);

    const uri = uriOf(workDir, doc.fileName);
    let mirror = TextDocument.create(uri, doc.languageId, 1, doc.text);
    const openSeq = client.lastSeq();
    const openAt = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: doc.languageId, version: 1, text: doc.text } });
    const diagnosticsOf = async (version: number, afterSeq: number, what: string): Promise<{ at: number; count: number }> => {
      if (!spec.pullDiagnostics) return client.waitForPublish(uri, afterSeq, forVersion(version), timeout, what);
      const report = await client.request<{ items?: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } }, timeout);
      return { at: performance.now(), count: report?.items?.length ?? 0 };
    };
    const opened = await diagnosticsOf(1, openSeq, 'open');
    result.openToDiagnosticsMs = opened.at - openAt;
    result.diagnosticsOnOpen = opened.count;

    const position = (offset: number) => mirror.positionAt(offset);
    const ask = async (method: string, probe: Probe) => {
      const params = { textDocument: { uri }, position: position(probe.offset), ...(method === 'textDocument/completion' ? { context: { triggerKind: 1 } } : {}) };
      return client.request<unknown>(method, params, timeout);
    };
    for (const [method, probes, into] of [
      ['textDocument/completion', doc.completions, result.completion],
      ['textDocument/hover', doc.hovers, result.hover],
    ] as const) {
      for (const probe of probes) {
        let answer = countAnswer(await ask(method, probe));
        const samples = await repeat(budget.requests, budget.perMeasurementMs, async () => {
          const start = performance.now();
          answer = countAnswer(await ask(method, probe));
          return performance.now() - start;
        });
        into.push({ label: probe.label, stats: summarize(samples), answer });
      }
    }

    // Type the character before the keystroke place again, and ask for completion at once.
    const change = async (edit: { offset: number; length: number; text: string }, wait: boolean): Promise<number> => {
      const range = { start: position(edit.offset), end: position(edit.offset + edit.length) };
      const version = mirror.version + 1;
      mirror = TextDocument.update(mirror, [{ range, text: edit.text }], version);
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: edit.text }] });
      if (wait) await diagnosticsOf(version, client.lastSeq(), `diagnostics of version ${version}`);
      return version;
    };
    const at = doc.keystroke.offset;
    const typed = doc.text[at - 1];
    const keystrokes = await repeat(budget.keystrokes, budget.perMeasurementMs, async () => {
      await change({ offset: at - 1, length: 1, text: '' }, true);
      const seq = client.lastSeq();
      const start = performance.now();
      const version = await change({ offset: at - 1, length: 0, text: typed }, false);
      await ask('textDocument/completion', doc.keystroke);
      const ms = performance.now() - start;
      await diagnosticsOf(version, seq, `diagnostics of version ${version}`);
      return ms;
    });
    result.keystrokeCompletion = summarize(keystrokes);

    // A burst of typed characters; the time from the last one to the diagnostics of that version.
    let burstIndex = 0;
    let stale = 0;
    let intermediate = 0;
    const bursts = await repeat(Math.min(budget.bursts, doc.bursts.length), budget.perMeasurementMs, async () => {
      const offset = doc.bursts[burstIndex++];
      const seq = client.lastSeq();
      let version = 0;
      for (let i = 0; i < BURST.length; i++) version = await change({ offset: offset + i, length: 0, text: BURST[i] }, false);
      const sentAt = performance.now();
      const published = await diagnosticsOf(version, seq, `diagnostics after a burst (version ${version})`);
      const versions = client.publishesAfter(uri, seq).flatMap((p) => (p.version === undefined ? [] : [p.version]));
      intermediate += versions.filter((v) => v < version).length;
      stale += versions.filter((v, i) => versions.slice(0, i).some((earlier) => earlier > v)).length;
      return published.at - sentAt;
    });
    result.editToDiagnostics = summarize(bursts);
    result.stalePublishes = stale;
    result.intermediatePublishes = intermediate;
    result.peakRssMb = client.peakRssMb(); // the editing session's peak, before the reopening below

    // Open the original text again under new names, as an editor opens another file in a warm process:
    // one untimed, then repeats, as the warm floor is measured.
    let copy = 0;
    const openAgain = async (): Promise<number> => {
      const again = uriOf(workDir, `again-${++copy}-${doc.fileName}`);
      const seq = client.lastSeq();
      const start = performance.now();
      client.notify('textDocument/didOpen', { textDocument: { uri: again, languageId: doc.languageId, version: 1, text: doc.text } });
      const at = spec.pullDiagnostics
        ? (await client.request('textDocument/diagnostic', { textDocument: { uri: again } }, timeout), performance.now())
        : (await client.waitForPublish(again, seq, forVersion(1), timeout, `warm open ${copy}`)).at;
      client.notify('textDocument/didClose', { textDocument: { uri: again } });
      return at - start;
    };
    await openAgain();
    result.warmOpenToDiagnostics = summarize(await repeat(budget.requests, budget.perMeasurementMs, openAgain));
    result.peakRssAfterReopensMb = client.peakRssMb();
  } catch (error) {
    result.failure = error instanceof Error ? error.message : String(error);
  } finally {
    await client.close(Math.min(timeout, 5000));
    result.errors.push(...client.errors);
  }
  return result;
}

/** Spawn → initialize result, `count` times (each server shut down before the next starts). */
export async function measureStartup(spec: ServerSpec, workDir: string, count: number, timeoutMs: number): Promise<Stats | undefined> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const client = new LspClient({ command: spec.command, args: spec.args, configuration: spec.configuration });
    try {
      await client.request('initialize', initializeParams(spec, workDir), timeoutMs);
      samples.push(performance.now() - start);
    } finally {
      await client.close(Math.min(timeoutMs, 5000));
    }
  }
  return summarize(samples);
}

/**
 * Diagnostics of `version`: servers that say which version they checked must say this one; those
 * that do not are taken at their next publish (the harness never has two versions in flight for
 * them except inside a burst, which their debounce folds into one).
 */
export function forVersion(version: number): (p: Publish) => boolean {
  return (p) => p.version === undefined || p.version === version;
}

async function repeat(count: number, budgetMs: number, sample: () => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < count && (samples.length < 3 || performance.now() - start < budgetMs)) samples.push(await sample());
  return samples;
}

function countAnswer(answer: unknown): number {
  if (answer == null) return 0;
  if (Array.isArray(answer)) return answer.length;
  const list = answer as { items?: unknown[]; contents?: unknown };
  if (Array.isArray(list.items)) return list.items.length;
  return list.contents !== undefined ? 1 : 0;
}
