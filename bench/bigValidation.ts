import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from './docs/component';
import { BenchDocument } from './docs/types';

/**
 * `npm run bench:bigvalidation [-- --quick]`: issue 19's "big validations never block requests", over
 * the real LSP connection (our server as a child process on stdio). A ~4 MB component (23,000 steps) is
 * open and edited (one character typed in a description, incrementally) every `EDIT_MS`, so it is
 * always being validated; meanwhile completion and hover are asked, one after the other with 5 ms
 * between, on a second open document (a 300-step component) and on the big document itself. Reports
 * p95 and max of each (every answer, the first ones too; then those before the big document's first
 * answer, while its open is parsed, and those after it), and how long each edit's diagnostics took to be
 * published.
 */

const repoRoot = path.resolve(__dirname, '..', '..');
const EDIT_MS = 400;

interface Series { completion: number[]; hover: number[] }
const series = (): Series => ({ completion: [], hover: [] });

function p(samples: number[], q: number): string {
  if (samples.length === 0) return '–';
  const sorted = [...samples].sort((a, b) => a - b);
  return (Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] * 10) / 10).toFixed(1);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
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
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
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
  const editor = setInterval(() => {
    version++;
    sent.set(version, performance.now());
    void connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: bigUri, version },
      contentChanges: [{ range: { start: typeAt, end: typeAt }, text: 'x' }],
    });
  }, EDIT_MS);
  const all: Record<'small' | 'big', Series> = { small: series(), big: series() };
  // The same after the big document's first non-empty answer (its first analysis, parsed in slices at the
  // open, is complete): what edits cost, without the open's parse.
  const afterOpen: Record<'small' | 'big', Series> = { small: series(), big: series() };
  // And before it: what the open's parse in slices costs the requests.
  const duringOpen: Record<'small' | 'big', Series> = { small: series(), big: series() };
  let opened = false;
  const started = performance.now();
  for (let i = 0; performance.now() - started < durationMs; i++) {
    const onBig = i % 4 >= 2;
    const doc: BenchDocument = onBig ? big : small;
    const kind = i % 2 === 0 ? 'completion' : 'hover';
    const probes = kind === 'completion' ? doc.completions : doc.hovers;
    const probe = probes[Math.floor(i / 4) % probes.length];
    const text = onBig ? bigText : smallText;
    const t = performance.now();
    const answer = await connection.sendRequest(`textDocument/${kind}`, { textDocument: { uri: onBig ? bigUri : smallUri }, position: text.positionAt(probe.offset) });
    // Every answer counts, the first ones too: while the big document is validated nothing is answered.
    const ms = performance.now() - t;
    all[onBig ? 'big' : 'small'][kind].push(ms);
    (opened ? afterOpen : duringOpen)[onBig ? 'big' : 'small'][kind].push(ms);
    if (onBig && answer !== null) opened = true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  clearInterval(editor);
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
