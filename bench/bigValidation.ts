import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CancellationTokenSource, createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from './docs/component';
import { BenchDocument } from './docs/types';

/**
 * `npm run bench:bigvalidation [-- --quick] [-- --concurrent]`: issue 19's "big validations never block requests", over
 * the real LSP connection (our server as a child process on stdio). A ~4 MB component (23,000 steps) is
 * open and edited (one character typed in a description, incrementally) every `EDIT_MS`, so it is
 * always being validated; meanwhile completion and hover are asked, one after the other with 5 ms
 * between, on a second open document (a 300-step component) and on the big document itself. After each
 * edit, as VS Code does, the big document's folding ranges and outline are asked too (`FOLLOW_UPS`).
 * Reports p95 and max of each (every answer, the first ones too; then those before the big document's
 * first answer, while its open is parsed, and those after it), and how long each edit's diagnostics took to be
 * published. `--concurrent`: the two documents' requests in two loops at once (each one after the other),
 * so that the other document's also come while one on the big document waits for its new version.
 */

const repoRoot = path.resolve(__dirname, '..', '..');
const EDIT_MS = 400;
/**
 * What VS Code asks after each change of the open document, and when: each is a trailing debounce
 * (`Delayer`) whose delay is the feature's average response time in that editor, at least 200 ms for
 * folding (`FoldingController`: `debounceService.for(foldingRangeProvider, 'Folding', { min: 200 })`) and
 * 350 ms for the outline and breadcrumbs (`OutlineModelService`: `'DocumentSymbols', { min: 350 }`); the
 * minimums are used here. A request still unanswered when the next one of its kind is due is cancelled,
 * as the editor cancels its previous computation.
 */
const FOLLOW_UPS = [
  { method: 'textDocument/foldingRange', name: 'foldingRange', delayMs: 200 },
  { method: 'textDocument/documentSymbol', name: 'documentSymbol', delayMs: 350 },
] as const;
type FollowUp = (typeof FOLLOW_UPS)[number]['name'];

/** Sends the editor's follow-up requests after each change; their latencies, counted after the open's parse like the others. */
class FollowUps {
  readonly latencies: Record<FollowUp, { all: number[]; afterOpen: number[]; cancelled: number }> = {
    foldingRange: { all: [], afterOpen: [], cancelled: 0 },
    documentSymbol: { all: [], afterOpen: [], cancelled: 0 },
  };
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Map<FollowUp, CancellationTokenSource>();

  constructor(private readonly connection: MessageConnection, private readonly uri: string, private readonly opened: () => boolean) {}

  /** After a change: each follow-up at its delay (an edit every `EDIT_MS` outlasts both delays, so none is pushed back). */
  changed(): void {
    for (const followUp of FOLLOW_UPS) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.send(followUp.method, followUp.name);
      }, followUp.delayMs);
      this.timers.add(timer);
    }
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    for (const source of this.inFlight.values()) source.cancel();
  }

  private send(method: string, name: FollowUp): void {
    const previous = this.inFlight.get(name);
    if (previous) {
      previous.cancel();
      this.latencies[name].cancelled++;
    }
    const source = new CancellationTokenSource();
    this.inFlight.set(name, source);
    const afterOpen = this.opened();
    const t = performance.now();
    this.connection.sendRequest(method, { textDocument: { uri: this.uri } }, source.token).then(() => {
      if (source.token.isCancellationRequested) return;
      const ms = performance.now() - t;
      this.latencies[name].all.push(ms);
      if (afterOpen) this.latencies[name].afterOpen.push(ms);
    }, () => undefined).finally(() => {
      if (this.inFlight.get(name) === source) this.inFlight.delete(name);
    });
  }
}

interface Series { completion: number[]; hover: number[] }
const series = (): Series => ({ completion: [], hover: [] });

function p(samples: number[], q: number): string {
  if (samples.length === 0) return '–';
  const sorted = [...samples].sort((a, b) => a - b);
  return (Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] * 10) / 10).toFixed(1);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  // `--concurrent`: the other document's requests in a loop of their own, beside the big document's.
  const concurrent = process.argv.includes('--concurrent');
  const durationMs = quick ? 5_000 : 20_000;
  const big = componentDocument(quick ? 4_000 : 23_000);
  const small = componentDocument(300);
  // `--profile DIR`: the server writes a CPU profile of its main thread (and the worker's) into DIR.
  const profileAt = process.argv.indexOf('--profile');
  const profile = profileAt >= 0 ? ['--cpu-prof', `--cpu-prof-dir=${process.argv[profileAt + 1]}`, '--cpu-prof-interval=250'] : [];
  const child = spawn(process.execPath, [...profile, path.join(repoRoot, 'out', 'server', 'src', 'lsp', 'main.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest(() => null);
  const bigUri = 'file:///bench/big-component.yaml';
  const smallUri = 'file:///bench/open-component.yaml';
  /** version → when its edit was sent; published → how long until its diagnostics came. */
  const sent = new Map<number, number>();
  const published: number[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) => {
    if (params.uri !== bigUri || params.version === undefined) return;
    const at = sent.get(params.version);
    if (at !== undefined) published.push(performance.now() - at);
  });
  connection.onNotification(() => undefined);
  connection.listen();
  // What vscode-languageclient says of folding and the outline (`FoldingRangeFeature`, `DocumentSymbolFeature`).
  const capabilities = { textDocument: { foldingRange: { rangeLimit: 5000, lineFoldingOnly: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } };
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
  await connection.sendNotification('initialized', {});
  for (const [uri, doc] of [[smallUri, small], [bigUri, big]] as const) {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: doc.text } });
  }
  sent.set(1, performance.now());
  const bigText = TextDocument.create(bigUri, 'yaml', 1, big.text);
  const smallText = TextDocument.create(smallUri, 'yaml', 1, small.text);
  // The description line: `description: Generated benchmark component …`; a character is typed after `Generated`.
  const typeAt = bigText.positionAt(big.text.indexOf('Generated') + 'Generated'.length);
  let version = 1;
  let opened = false;
  const followUps = new FollowUps(connection, bigUri, () => opened);
  followUps.changed(); // VS Code asks for them after the open too
  const editor = setInterval(() => {
    version++;
    sent.set(version, performance.now());
    void connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: bigUri, version },
      contentChanges: [{ range: { start: typeAt, end: typeAt }, text: 'x' }],
    });
    followUps.changed();
  }, EDIT_MS);
  const all: Record<'small' | 'big', Series> = { small: series(), big: series() };
  // The same after the big document's first non-empty answer (its first analysis, parsed in slices at the
  // open, is complete): what edits cost, without the open's parse.
  const afterOpen: Record<'small' | 'big', Series> = { small: series(), big: series() };
  // And before it: what the open's parse in slices costs the requests.
  const duringOpen: Record<'small' | 'big', Series> = { small: series(), big: series() };
  const started = performance.now();
  /** One request; every answer counts, the first ones too: while the big document is validated nothing is answered. */
  const ask = async (i: number, onBig: boolean): Promise<void> => {
    const doc: BenchDocument = onBig ? big : small;
    const kind = i % 2 === 0 ? 'completion' : 'hover';
    const probes = kind === 'completion' ? doc.completions : doc.hovers;
    const probe = probes[Math.floor(i / (concurrent ? 2 : 4)) % probes.length];
    const text = onBig ? bigText : smallText;
    const t = performance.now();
    const answer = await connection.sendRequest(`textDocument/${kind}`, { textDocument: { uri: onBig ? bigUri : smallUri }, position: text.positionAt(probe.offset) });
    const ms = performance.now() - t;
    all[onBig ? 'big' : 'small'][kind].push(ms);
    (opened ? afterOpen : duringOpen)[onBig ? 'big' : 'small'][kind].push(ms);
    if (onBig && answer !== null) opened = true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  };
  if (concurrent) {
    // Two loops at once: the other document's requests also arrive while one on the big document waits.
    const loop = async (onBig: boolean) => {
      for (let i = 0; performance.now() - started < durationMs; i++) await ask(i, onBig);
    };
    await Promise.all([loop(false), loop(true)]);
  } else {
    for (let i = 0; performance.now() - started < durationMs; i++) await ask(i, i % 4 >= 2);
  }
  clearInterval(editor);
  followUps.stop();
  const rows = [
    `big document: ${(big.text.length / 1024 / 1024).toFixed(1)} MB (${big.size} steps), edited every ${EDIT_MS} ms for ${durationMs / 1000} s (${version - 1} edits, ${published.length} versions published; edit → diagnostics p50 ${p(published, 0.5)} ms, max ${p(published, 1)} ms)`,
    '',
    '| answers | document | completion p95 | completion max | hover p95 | hover max | samples |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [when, of] of [['all', all], ['during the open\'s parse', duringOpen], ['after the open\'s parse', afterOpen]] as const) {
    for (const [name, s] of [['other open document (300 steps)', of.small], ['the big document itself', of.big]] as const) {
      rows.push(`| ${when} | ${name} | ${p(s.completion, 0.95)} ms | ${p(s.completion, 1)} ms | ${p(s.hover, 0.95)} ms | ${p(s.hover, 1)} ms | ${s.completion.length + s.hover.length} |`);
    }
  }
  rows.push('', '| answers | the big document\'s | p50 | p95 | max | samples | cancelled |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, of] of Object.entries(followUps.latencies)) {
    for (const [when, samples] of [['all', of.all], ['after the open\'s parse', of.afterOpen]] as const) {
      rows.push(`| ${when} | ${name} | ${p(samples, 0.5)} ms | ${p(samples, 0.95)} ms | ${p(samples, 1)} ms | ${samples.length} | ${when === 'all' ? of.cancelled : ''} |`);
    }
  }
  console.log(rows.join('\n'));
  try {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } catch {
    // killed below
  }
  // The exit notification ends the server (writing its profile); kill it if it has not gone by then.
  await Promise.race([new Promise((resolve) => child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  child.kill();
  connection.dispose();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
