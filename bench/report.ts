import { Floor } from './floor';
import { RunResult } from './scenario';
import { Stats, worst } from './stats';
import { WarmupCurve } from './warmup';

export interface DocumentResult {
  readonly fileName: string;
  readonly family: string;
  readonly size: number;
  readonly lines: number;
  readonly bytes: number;
  readonly floor: Floor;
  readonly runs: RunResult[];
}

type Metric = { name: string; value: (r: RunResult) => number | undefined; floorRatio?: boolean };

const p50 = (s: Stats | undefined) => s?.p50;
const p95 = (s: Stats | undefined) => s?.p95;

/** The first open: the p50 over fresh processes, or the run's one sample (runs saved before there were more). */
const firstOpenMs = (r: RunResult): number | undefined => p50(r.firstOpen) ?? r.openToDiagnosticsMs;

/** The rows of the summary: one number per server, lower is better. */
export const METRICS: readonly Metric[] = [
  { name: 'open → diagnostics, fresh process p50 (ms)', value: firstOpenMs, floorRatio: true },
  { name: 'open → diagnostics, warm p50 (ms)', value: (r) => p50(r.warmOpenToDiagnostics), floorRatio: true },
  { name: 'completion p50 (ms)', value: (r) => p50(worst(r.completion.map((c) => c.stats))) },
  { name: 'completion p95 (ms)', value: (r) => p95(worst(r.completion.map((c) => c.stats))) },
  { name: 'hover p50 (ms)', value: (r) => p50(worst(r.hover.map((c) => c.stats))) },
  { name: 'hover p95 (ms)', value: (r) => p95(worst(r.hover.map((c) => c.stats))) },
  { name: 'keystroke → completion p50 (ms)', value: (r) => p50(r.keystrokeCompletion), floorRatio: true },
  { name: 'edit → diagnostics p50 (ms)', value: (r) => p50(r.editToDiagnostics), floorRatio: true },
  { name: 'edit → diagnostics p95 (ms)', value: (r) => p95(r.editToDiagnostics), floorRatio: true },
  { name: 'peak RSS (MB)', value: (r) => r.peakRssMb },
  { name: 'peak RSS after the reopenings (MB)', value: (r) => r.peakRssAfterReopensMb },
];

/** Our server's runs: pushed diagnostics ('ours') and, where the run has it, pulled ones ('ours-pull'). */
export const isOurs = (r: RunResult): boolean => r.server.startsWith('ours');
/** The null server's runs (bench/lsp/nullServer.ts): the transport floor, no competitor. */
export const isNull = (r: RunResult): boolean => r.server.startsWith('null-');
/** The other language servers, compared with ours. */
const isTheirs = (r: RunResult): boolean => !isOurs(r) && !isNull(r);
const PULL = '-pull';

/** The run among `runs` made the same way as `run` (pull against pull where both can; else the first). */
function sameMode(runs: readonly RunResult[], run: RunResult): RunResult | undefined {
  const pulled = run.server.endsWith(PULL);
  return runs.find((r) => r.server.endsWith(PULL) === pulled) ?? runs[0];
}

/** The other server run the same way as `run`. */
function counterpart(doc: DocumentResult, run: RunResult): RunResult | undefined {
  return sameMode(doc.runs.filter(isTheirs), run);
}

/** The null server run the same way as `run`: what the transport alone costs there. */
function transportOf(doc: DocumentResult, run: RunResult): RunResult | undefined {
  return sameMode(doc.runs.filter(isNull), run);
}

export function fmt(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return '—';
  if (n >= 100) return String(Math.round(n));
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;
}

/** One Markdown table per document: our runs, the other servers, the floor, and the ratios (same mode against same mode). */
export function documentTable(doc: DocumentResult): string[] {
  const mine = doc.runs.filter(isOurs);
  const others = [...doc.runs.filter(isTheirs), ...doc.runs.filter(isNull)];
  const pairs = mine.flatMap((o) => { const t = counterpart(doc, o); return t ? [[o, t] as const] : []; });
  const push = mine.find((r) => r.server === 'ours');
  const floor = doc.floor.stats?.p50;
  const cold = doc.floor.cold?.p50;
  const lines = [
    `### ${doc.fileName} (${doc.lines.toLocaleString('en')} lines, ${(doc.bytes / 1024).toFixed(0)} KiB)`,
    '',
    `| metric | ${[...mine, ...others].map((r) => r.server).join(' | ')} | floor, warm / cold (${doc.floor.parser}) | ${pairs.map(([o, t]) => `${o.server} / ${t.server}`).join(' | ')} | ours / floor (warm) |`,
    `| --- |${' ---: |'.repeat(mine.length + others.length)} ---: |${' ---: |'.repeat(pairs.length)} ---: |`,
  ];
  for (const metric of METRICS) {
    const values = [...mine, ...others].map((r) => metric.value(r));
    const floorText = metric.floorRatio ? `${fmt(floor)} / ${fmt(cold)}` : '';
    const ratios = pairs.map(([o, t]) => ratio(metric.value(o), metric.value(t)));
    lines.push(`| ${metric.name} | ${values.map(fmt).join(' | ')} | ${floorText} | ${ratios.join(' | ')} | ${metric.floorRatio && push ? ratio(metric.value(push), floor) : ''} |`);
  }
  for (const run of doc.runs) {
    if (run.failure) lines.push('', `**${run.server} failed:** ${run.failure}`);
    if (run.errors.length > 0) lines.push('', `${run.server} logged ${run.errors.length} error(s), first: ${run.errors[0].split('\n')[0]}`);
  }
  lines.push('', probeDetail(doc), '');
  return lines;
}

function probeDetail(doc: DocumentResult): string {
  const rows = ['<details><summary>per place (p50 / p95 ms, answer size)</summary>', '', '| server | request | place | p50 | p95 | n | items |', '| --- | --- | --- | ---: | ---: | ---: | ---: |'];
  for (const run of doc.runs) {
    for (const [kind, probes] of [['completion', run.completion], ['hover', run.hover]] as const) {
      for (const p of probes) rows.push(`| ${run.server} | ${kind} | ${p.label} | ${fmt(p.stats?.p50)} | ${fmt(p.stats?.p95)} | ${p.stats?.n ?? 0} | ${p.answer} |`);
    }
    rows.push(`| ${run.server} | diagnostics on open | | | | | ${run.diagnosticsOnOpen ?? '—'} |`);
    if (run.stalePublishes !== undefined) rows.push(`| ${run.server} | stale publishes in bursts (older than one already published) | | | | | ${run.stalePublishes} |`);
    if (run.intermediatePublishes !== undefined) rows.push(`| ${run.server} | publishes of a burst's earlier versions (then current) | | | | | ${run.intermediatePublishes} |`);
  }
  rows.push('', '</details>');
  return rows.join('\n');
}

/**
 * One line per document: ours against the other servers for the headline metrics, pushed · pulled
 * diagnostics where both were run (ours and VS Code's JSON server). The ratio is ours / theirs, pushed.
 */
export function summaryTable(docs: readonly DocumentResult[]): string[] {
  const pick = ['open → diagnostics, fresh process p50 (ms)', 'open → diagnostics, warm p50 (ms)', 'completion p95 (ms)', 'hover p95 (ms)', 'keystroke → completion p50 (ms)', 'edit → diagnostics p50 (ms)', 'peak RSS (MB)']
    .map((name) => METRICS.find((m) => m.name === name)!);
  const header = ['document', 'floor warm / cold (ms)', ...pick.map((m) => `${m.name.replace(' (ms)', '').replace(' (MB)', ' MB')}: ours / theirs`)];
  const rows = docs.map((d) => {
    const mine = d.runs.filter(isOurs);
    const others = d.runs.filter(isTheirs);
    const cells = pick.map((m) => {
      const a = mine.map((r) => m.value(r));
      const b = others.map((o) => m.value(o));
      return `${a.map(fmt).join(' · ')} / ${b.map(fmt).join(' · ')} (${ratio(a[0], b[0])})`;
    });
    const nulls = d.runs.filter(isNull);
    const transport = nulls.length === 0 ? [] : [['open → diagnostics, warm p50 (ms)', 'edit → diagnostics p50 (ms)']
      .map((name) => nulls.map((r) => fmt(METRICS.find((m) => m.name === name)!.value(r))).join(' · ')).join(' / ')];
    return `| ${d.fileName} | ${fmt(d.floor.stats?.p50)} / ${fmt(d.floor.cold?.p50)} | ${[...cells, ...transport].join(' | ')} |`;
  });
  if (docs.some((d) => d.runs.some(isNull))) header.push('null server: warm open / edit → diagnostics p50');
  return [`| ${header.join(' | ')} |`, `| --- |${' ---: |'.repeat(header.length - 1)}`, ...rows, ''];
}

/** Spawn → initialize result of each server (p50 of several spawns, and the slowest). */
export function startupTable(startup: Record<string, Stats | undefined>): string[] {
  const rows = Object.entries(startup).map(([server, s]) => `| ${server} | ${fmt(s?.p50)} | ${fmt(s?.max)} | ${s?.n ?? 0} |`);
  return ['| server | startup p50 (ms) | slowest (ms) | spawns |', '| --- | ---: | ---: | ---: |', ...rows, ''];
}

export interface TargetCheck {
  readonly target: string;
  readonly met: boolean | undefined;
  readonly detail: string;
}

/** The null server's time for the same measurement, as a note to a target's detail. */
function nullServer(ms: number | undefined): string {
  return ms === undefined ? '' : ` (null server ${fmt(ms)})`;
}

/** The issue's targets, judged from the results (undefined: not measured in this run). */
export function checkTargets(docs: readonly DocumentResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const theirs = (d: DocumentResult) => d.runs.find(isTheirs);
  /** Judged on every run of ours (pushed and pulled diagnostics): all must meet the target. */
  const all = (target: string, judge: (d: DocumentResult, o: RunResult) => [boolean | undefined, string]) => {
    const parts = docs.flatMap((d) => d.runs.filter(isOurs).map((o) => [`${d.fileName}${o.server.endsWith(PULL) ? ' (pull)' : ''}`, ...judge(d, o)] as const));
    const measured = parts.filter(([, met]) => met !== undefined);
    const met = measured.length === 0 ? undefined : measured.every(([, ok]) => ok);
    checks.push({ target, met, detail: parts.map(([name, , detail]) => `${name}: ${detail}`).join('; ') });
  };
  all('completion and hover p95 ≤ 10 ms (unchanged document)', (_, o) => {
    const c = p95(worst(o.completion.map((x) => x.stats)));
    const h = p95(worst(o.hover.map((x) => x.stats)));
    return [c === undefined || h === undefined ? undefined : c <= 10 && h <= 10, `${fmt(c)} / ${fmt(h)}`];
  });
  all('open → diagnostics, warm server (the same text opened again), p50 ≤ 1.5 × warm floor', (d, o) => {
    const f = d.floor.stats?.p50;
    const w = p50(o.warmOpenToDiagnostics);
    return [w === undefined || f === undefined ? undefined : w <= 1.5 * f, `${fmt(w)} vs ${fmt(f === undefined ? undefined : 1.5 * f)}${nullServer(p50(transportOf(d, o)?.warmOpenToDiagnostics))}`];
  });
  all('open → diagnostics, first document of a fresh server, p50 of fresh processes ≤ 1.5 × cold floor (p50 of first parses in fresh processes)', (d, o) => {
    const f = d.floor.cold?.p50;
    const first = firstOpenMs(o);
    const transport = transportOf(d, o);
    return [first === undefined || f === undefined ? undefined : first <= 1.5 * f, `${fmt(first)} vs ${fmt(f === undefined ? undefined : 1.5 * f)}${nullServer(transport && firstOpenMs(transport))}`];
  });
  all('edit → diagnostics (p50) ≤ floor + 100 ms', (d, o) => {
    const e = p50(o.editToDiagnostics);
    const f = d.floor.stats?.p50;
    return [e === undefined || f === undefined ? undefined : e <= f + 100, `${fmt(e)} vs ${fmt(f === undefined ? undefined : f + 100)}`];
  });
  all('stale validations never published', (_, o) => [o.stalePublishes === undefined ? undefined : o.stalePublishes === 0, String(o.stalePublishes ?? '—')]);
  const components = docs.filter((d) => d.family === 'component' && d.size >= 10000).sort((a, b) => b.size - a.size);
  if (components[0]) {
    const o = Math.max(...components[0].runs.filter(isOurs).map((r) => r.peakRssMb ?? 0)) || undefined;
    const t = theirs(components[0])?.peakRssMb;
    checks.push({
      target: `peak memory at ${components[0].size} steps ≤ ⅓ of yaml-language-server's and ≤ 450 MB`,
      met: o === undefined ? undefined : o <= 450 && (t === undefined || o <= t / 3),
      detail: `${fmt(o)} MB vs ${fmt(t)} MB`,
    });
  }
  all('keystroke → completion ≤ 50 ms (stretch)', (_, o) => [o.keystrokeCompletion ? o.keystrokeCompletion.p50 <= 50 : undefined, fmt(p50(o.keystrokeCompletion))]);
  const json = docs.filter((d) => d.family === 'infrastructure' || d.family === 'recipe');
  const jsonMetrics = ['completion p95 (ms)', 'edit → diagnostics p50 (ms)'].map((name) => METRICS.find((m) => m.name === name)!);
  const jsonChecks = json.flatMap((d) => d.runs.filter(isOurs).flatMap((o) => {
    const t = counterpart(d, o);
    if (!t) return [];
    const pairs = jsonMetrics.map((m) => [m.value(o), m.value(t)] as const);
    return [{ name: `${d.fileName} ${o.server} vs ${t.server}`, ok: pairs.every(([a, b]) => a !== undefined && b !== undefined && a <= b), pairs }];
  }));
  if (jsonChecks.length > 0) {
    checks.push({
      target: 'JSON: completion p95 and edit → diagnostics p50 at least as good as vscode-json-languageservice (pushed against pushed, pulled against pulled)',
      met: jsonChecks.every((c) => c.ok),
      detail: jsonChecks.map((c) => `${c.name}: ${c.pairs.map(([a, b]) => `${fmt(a)} vs ${fmt(b)}`).join(', ')}`).join('; '),
    });
  }
  return checks;
}

/** The warm-up curves: mean open → pulled diagnostics by open number, one row per server and document. */
export function warmupTable(curves: readonly WarmupCurve[]): string[] {
  if (curves.length === 0) return [];
  const spans = curves.find((c) => !c.failure)?.buckets.map((b) => (b.from === b.to ? `open ${b.from}` : `opens ${b.from}–${b.to}`)) ?? [];
  return [
    '## Warm-up: open → pulled diagnostics of fresh copies',
    '',
    `Copies of the document opened one after another (each closed before the next) in fresh processes (${curves[0].processes} per server); the mean of each span of opens, ms. The main run's warm open is measured after one editing session, on this slope.`,
    '',
    `| document | server | ${spans.join(' | ')} |`,
    `| --- | --- |${' ---: |'.repeat(spans.length)}`,
    ...curves.map((c) => `| ${c.document} | ${c.server} | ${c.failure ? `failed: ${c.failure}` : c.buckets.map((b) => fmt(b.meanMs)).join(' | ')} |`),
    '',
  ];
}
