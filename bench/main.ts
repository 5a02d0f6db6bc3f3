import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { componentDocument } from './docs/component';
import { infrastructureDocument, recipeDocument } from './docs/requests';
import { templateDocument } from './docs/template';
import { terraformDocument } from './docs/terraform';
import { BenchDocument, DocumentFamily } from './docs/types';
import { measureFirstOpens } from './firstOpen';
import { floorParser, measureColdFloor, measureFloor } from './floor';
import { ServerSpec, serverSpecs } from './lsp/servers';
import { checkTargets, documentTable, DocumentResult, fmt, METRICS, startupTable, summaryTable, TargetCheck, warmupTable } from './report';
import { Budget, measureStartup, RunResult, runScenario } from './scenario';
import { Stats, summarize } from './stats';
import { comparisonSchemas } from './schemas';
import { runWarmup, WarmupCurve } from './warmup';
import { runWorkspace, WorkspaceResult } from './workspace';
import { LintCorpusResult, measureLintCorpus } from './lintCorpus';
import { measureWasmStartup, WasmStartup, wasmTable } from './hcl/wasmStartup';
import { measureShippedStartup, ShippedStartup, shippedTargets } from './startup';

/**
 * `npm run bench` (sizes 100, 1,000, 10,000; writes bench/results.json and bench/RESULTS.md) and
 * `npm run bench:quick` (size 100, few repeats; writes out/bench/quick-results.json). Exits 1 only
 * when something broke: a server crashed or timed out, a request failed, diagnostics never came.
 * Options: --sizes=100,1000 --families=component,recipe --servers=ours,json-language-server
 * --json=FILE --markdown=FILE --render=RESULTS.json (only re-write the Markdown) --profile=DIR (our server runs with --cpu-prof; see bench/profile.ts)
 * --no-workspace --no-warmup (skip the 1,000-file flood, the warm-up curve).
 */
const GENERATORS: Record<DocumentFamily, (size: number) => BenchDocument> = {
  component: componentDocument, infrastructure: infrastructureDocument, recipe: recipeDocument, template: templateDocument, terraform: terraformDocument,
};
/**
 * Families whose sizes stop short of 10,000: a template of 1,000 resources already holds 10,000 inline steps,
 * and issue 20's module is 1,000 resources (100 heredoc components of 30 steps).
 */
const MAX_SIZE: Partial<Record<DocumentFamily, number>> = { template: 1000, terraform: 1000 };
/** `--quick` sizes of families whose 100 would take long (CI runs it in `npm test`): the Terraform module's path runs, on 20 resources. */
const QUICK_SIZE: Partial<Record<DocumentFamily, number>> = { terraform: 20 };

function budgetFor(size: number, quick: boolean): Budget {
  if (quick) return { requests: 5, keystrokes: 3, bursts: 2, perMeasurementMs: 3000, timeoutMs: 30000, freshProcesses: 2 };
  if (size <= 100) return { requests: 30, keystrokes: 10, bursts: 10, perMeasurementMs: 20000, timeoutMs: 120000, freshProcesses: 5 };
  if (size <= 1000) return { requests: 30, keystrokes: 8, bursts: 6, perMeasurementMs: 20000, timeoutMs: 120000, freshProcesses: 5 };
  return { requests: 30, keystrokes: 5, bursts: 4, perMeasurementMs: 20000, timeoutMs: 180000, freshProcesses: 5 };
}

/** The first open's p50 over `budget.freshProcesses` fresh processes: the run's own and more (bench/firstOpen.ts). */
async function addFirstOpens(run: RunResult, spec: ServerSpec, doc: BenchDocument, workDir: string, budget: Budget): Promise<void> {
  if (run.failure || run.openToDiagnosticsMs === undefined) return;
  try {
    run.firstOpen = summarize([run.openToDiagnosticsMs, ...await measureFirstOpens(spec, doc, workDir, budget.freshProcesses - 1, budget.timeoutMs)]);
  } catch (error) {
    run.failure = `first open in a fresh process: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function main(): Promise<number> {
  const args = new Map(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, '').split('='); return [k, v ?? 'true'] as const; }));
  const quick = args.has('quick');
  const repoRoot = path.resolve(__dirname, '..', '..');
  const sizes = (args.get('sizes') ?? (quick ? '100' : '100,1000,10000')).split(',').map(Number);
  const families = (args.get('families') ?? 'component,infrastructure,recipe,template,terraform').split(',') as DocumentFamily[];
  const serverFilter = args.get('servers')?.split(',');
  const jsonOut = args.get('json') ?? path.join(repoRoot, quick ? 'out/bench/quick-results.json' : 'bench/results.json');
  const markdownOut = args.get('markdown') ?? (quick ? undefined : path.join(repoRoot, 'bench/RESULTS.md'));
  const render = args.get('render');
  if (render) {
    // Re-render the Markdown from a saved JSON result (no servers run).
    const saved = JSON.parse(fs.readFileSync(render, 'utf8')) as Saved;
    const targets = allTargets(saved.documents, saved.startup, saved.workspace, saved.shipped);
    fs.writeFileSync(markdownOut ?? path.join(repoRoot, 'bench/RESULTS.md'), markdown(saved, targets));
    return 0;
  }
  const started = performance.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'imagebuilder-bench-'));
  const results: DocumentResult[] = [];
  const startup: Record<string, Stats | undefined> = {};
  const workspace: WorkspaceResult[] = [];
  const warmup: WarmupCurve[] = [];
  let lintCorpus: LintCorpusResult | undefined;
  let shipped: ShippedStartup | undefined;
  let wasm: WasmStartup | undefined;
  let broken = 0;
  try {
    const schemas = comparisonSchemas(repoRoot);
    const profileDir = args.get('profile');
    const specs = serverSpecs({ repoRoot, schemas }).filter((s) => !serverFilter || serverFilter.includes(s.id))
      .map((s) => (profileDir && s.id.startsWith('ours') ? { ...s, args: ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`, ...s.args] } : s));
    console.log(`schemas for the other servers: ${Object.values(schemas).map((s) => `schemas/${s.file}`).join(', ')}`);
    for (const spec of specs) {
      try {
        startup[spec.id] = await measureStartup(spec, workDir, quick ? 3 : 7, 30000);
        console.log(`startup of ${spec.label}: p50 ${fmt(startup[spec.id]?.p50)} ms, slowest ${fmt(startup[spec.id]?.max)} ms`);
      } catch (error) {
        broken++;
        console.log(`startup of ${spec.label} FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const ours = specs.find((s) => s.id === 'ours');
    const shippedAt = performance.now();
    if (ours) {
      shipped = await measureShippedStartup(repoRoot, ours, workDir, quick ? 3 : 7, 30000);
      if (shipped.failure || shipped.lazy.some((l) => l.failure)) broken++;
      for (const t of shippedTargets(shipped)) console.log(`${t.target}: ${t.detail}`);
    }
    if (families.includes('terraform')) {
      wasm = measureWasmStartup(quick ? 1 : 5, quick ? 100 : 1000);
      console.log(`HCL parser start-up (p50 of ${wasm.processes} processes): load ${fmt(wasm.total?.p50)} ms (require ${fmt(wasm.require?.p50)}, init ${fmt(wasm.init?.p50)}, grammar ${fmt(wasm.grammar?.p50)}); first parse ${fmt(wasm.firstSmall?.p50)} ms (10 resources), ${fmt(wasm.firstLarge?.p50)} ms (${wasm.largeResources}), then ${fmt(wasm.secondLarge?.p50)} ms`);
    }
    console.log(`  (the shipped server's start-up and the HCL parser's: ${((performance.now() - shippedAt) / 1000).toFixed(1)} s)`);
    try {
      lintCorpus = measureLintCorpus(repoRoot, path.resolve(repoRoot, '..', 'shared', 'corpus'), quick ? 1 : 5);
      console.log(lintCorpus
        ? `imagebuilder-lint over the shared corpus: ${lintCorpus.files} files (${lintCorpus.checked} Image Builder) in ${fmt(lintCorpus.ms)} ms (p50 of ${lintCorpus.runs} processes, start-up included): ${lintCorpus.filesPerSecond.toFixed(0)} files/s`
        : 'imagebuilder-lint over the shared corpus: skipped (../shared/corpus is absent)');
    } catch (error) {
      broken++;
      console.log(`imagebuilder-lint over the shared corpus FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const family of families) {
      const familySizes = quick && !args.has('sizes') && QUICK_SIZE[family] ? [QUICK_SIZE[family]] : sizes;
      for (const size of familySizes.filter((n) => n <= (MAX_SIZE[family] ?? Infinity))) {
        const began = performance.now();
        const doc = GENERATORS[family](size);
        const budget = budgetFor(size, quick);
        const floor = { ...measureFloor(doc, await floorParser(doc.languageId), budget.requests, budget.perMeasurementMs), cold: measureColdFloor(doc, workDir, budget.freshProcesses) };
        const entry: DocumentResult = {
          fileName: doc.fileName, family, size, lines: doc.text.split('\n').length - 1, bytes: Buffer.byteLength(doc.text), floor, runs: [],
        };
        console.log(`\n${doc.fileName}: ${entry.lines} lines, ${(entry.bytes / 1024).toFixed(0)} KiB; floor (${floor.parser}) warm p50 ${fmt(floor.stats?.p50)} ms, cold ${fmt(floor.cold?.p50)} ms`);
        for (const spec of specs.filter((s) => s.families.includes(family))) {
          const run = await runScenario(spec, doc, workDir, budget);
          await addFirstOpens(run, spec, doc, workDir, budget);
          entry.runs.push(run);
          const ourErrors = spec.id.startsWith('ours') ? run.errors.length : 0;
          if (run.failure || ourErrors > 0) broken++;
          console.log(`  ${spec.label}: ${run.failure ? `FAILED: ${run.failure}` : METRICS.map((m) => `${m.name.replace(' (ms)', '').replace(' (MB)', ' MB')} ${fmt(m.value(run))}`).join(', ')}`);
          if (ourErrors > 0) console.log(`  ${spec.label} logged errors: ${run.errors[0]}`);
        }
        results.push(entry);
        console.log(`  (${doc.fileName}: ${((performance.now() - began) / 1000).toFixed(1)} s)`);
      }
    }
    if (!args.has('no-workspace') && families.includes('component')) {
      const files = quick ? 100 : 1000;
      console.log(`\nworkspace: ${files} component files of 30 steps opened at once`);
      for (const spec of specs.filter((s) => s.families.includes('component') && !s.pullDiagnostics && !s.id.startsWith('null-'))) {
        const run = await runWorkspace(spec, workDir, files, 30, quick ? 60000 : 300000);
        workspace.push(run);
        if (run.failure) broken++;
        console.log(`  ${spec.label}: ${run.failure ? `FAILED: ${run.failure}` : `completion ${fmt(run.completionMs)} ms, last file's diagnostics ${fmt(run.lastFileDiagnosticsMs)} ms, every file's ${fmt(run.allDiagnosticsMs)} ms, peak RSS ${fmt(run.peakRssMb)} MB`}`);
      }
    }
    if (!args.has('no-warmup')) {
      // The small JSON files, where the warm open is decided by tenths of a millisecond (see bench/README.md).
      const opens = quick ? 20 : 100;
      const processes = quick ? 1 : 4;
      const docs = families.filter((f) => f === 'infrastructure' || f === 'recipe').map((f) => GENERATORS[f](Math.min(...sizes)));
      if (docs.length > 0) console.log(`\nwarm-up: ${opens} fresh copies opened one after another, pulled diagnostics, ${processes} process(es) each`);
      for (const doc of docs) {
        for (const spec of specs.filter((s) => s.pullDiagnostics && s.families.includes(doc.family))) {
          const curve = await runWarmup(spec, doc, workDir, opens, processes, quick ? 30000 : 120000);
          warmup.push(curve);
          if (curve.failure) broken++;
          console.log(`  ${doc.fileName} ${spec.label}: ${curve.failure ? `FAILED: ${curve.failure}` : curve.buckets.map((b) => `${b.from}–${b.to}: ${fmt(b.meanMs)}`).join(', ')} ms`);
        }
      }
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  const targets = allTargets(results, startup, workspace, shipped);
  console.log('\nTargets:');
  for (const t of targets) console.log(`  [${t.met === undefined ? 'n/a' : t.met ? 'met' : 'NOT met'}] ${t.target}: ${t.detail}`);
  const machine = describeMachine();
  fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
  fs.writeFileSync(jsonOut, `${JSON.stringify({ machine, quick, seconds, targets, startup, shipped, wasm, lintCorpus, workspace, warmup, documents: results }, null, 2)}\n`);
  if (markdownOut) fs.writeFileSync(markdownOut, markdown({ machine, seconds, startup, shipped, wasm, workspace, warmup, documents: results }, targets));
  console.log(`\n${broken === 0 ? 'bench: all runs completed' : `bench: ${broken} run(s) broke`} in ${seconds.toFixed(1)} s; results in ${path.relative(repoRoot, jsonOut)}`);
  return broken === 0 ? 0 : 1;
}

/** What a run saves (bench/results.json) and the Markdown is written from. */
interface Saved {
  readonly machine: Machine;
  readonly seconds: number;
  readonly startup: Record<string, Stats | undefined>;
  readonly shipped?: ShippedStartup;
  readonly wasm?: WasmStartup;
  readonly workspace: WorkspaceResult[];
  readonly warmup?: WarmupCurve[];
  readonly documents: DocumentResult[];
}

function allTargets(results: readonly DocumentResult[], startup: Record<string, Stats | undefined>, workspace: readonly WorkspaceResult[], shipped: ShippedStartup | undefined): TargetCheck[] {
  const ours = startup.ours;
  const busy = workspace.find((w) => w.server === 'ours');
  return [
    ...(ours ? [{ target: 'startup ≤ 300 ms (p50 of spawns)', met: ours.p50 <= 300, detail: `${fmt(ours.p50)} ms (slowest ${fmt(ours.max)})` }] : []),
    ...shippedTargets(shipped),
    ...checkTargets(results),
    ...(busy && !busy.failure ? [{
      target: `${busy.files} files opened at once: the last one's completion and diagnostics come first (before the others')`,
      met: busy.lastFileDiagnosticsMs !== undefined && busy.allDiagnosticsMs !== undefined && busy.lastFileDiagnosticsMs < busy.allDiagnosticsMs / 2,
      detail: `completion ${fmt(busy.completionMs)} ms, its diagnostics ${fmt(busy.lastFileDiagnosticsMs)} ms, all ${fmt(busy.allDiagnosticsMs)} ms`,
    }] : []),
  ];
}

interface Machine { nproc: string; memory: string; cpu: string; node: string; commit: string; date: string; load: string }

function describeMachine(): Machine {
  const run = (cmd: string, argv: string[]) => { try { return execFileSync(cmd, argv, { encoding: 'utf8' }).trim(); } catch { return ''; } };
  const free = run('free', ['-h']).split('\n').find((l) => l.startsWith('Mem:'))?.split(/\s+/)[1];
  return {
    nproc: run('nproc', []) || String(os.cpus().length),
    memory: free ?? `${(os.totalmem() / 2 ** 30).toFixed(1)}Gi`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    commit: run('git', ['rev-parse', '--short', 'HEAD']),
    date: new Date().toISOString().slice(0, 10),
    load: os.loadavg().map((l) => l.toFixed(1)).join(' '),
  };
}

function markdown(saved: Saved, targets: readonly TargetCheck[]): string {
  const { machine: m, seconds, documents: results, workspace, warmup = [] } = saved;
  const startup = { ...saved.startup, ...(saved.shipped?.bundle ? { 'ours (dist/server.js)': saved.shipped.bundle } : {}) };
  const lines = [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench\` (${seconds.toFixed(0)} s) on ${m.date}, commit ${m.commit}. Machine: ${m.nproc} cores (\`nproc\`), ` +
      `${m.memory} memory (\`free -h\`), ${m.cpu}, Node ${m.node}; load average at the end ${m.load} (the machine is shared: ` +
      'other work ran at the same time, so single numbers are noisy; ratios within a run are more telling). ' +
      'Each server runs in its own process, one document at a time; ' +
      'times are milliseconds from the editor side of stdio (request sent → answer read). See bench/README.md for the method.',
    '',
    '## Targets (issue 5)',
    '',
    ...targets.map((t) => `- **${t.met === undefined ? 'n/a' : t.met ? 'met' : 'not met'}**: ${t.target} (${t.detail})`),
    '',
    '## Summary',
    '',
    'Ours: pushed · pulled diagnostics. Theirs: yaml-language-server for component documents (pushed only); for JSON, ' +
      'VS Code\'s JSON server with pushed · pulled diagnostics. Ratios: ours / theirs, both pushed. Details per document below.',
    '',
    ...summaryTable(results),
    '## Startup',
    '',
    ...startupTable(startup),
    '## Many files opened at once',
    '',
    '| server | files | completion in the last (ms) | its diagnostics (ms) | every file\'s diagnostics (ms) | peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...workspace.map((w) => `| ${w.server} | ${w.files} × ${w.steps} steps | ${fmt(w.completionMs)} | ${fmt(w.lastFileDiagnosticsMs)} | ${fmt(w.allDiagnosticsMs)} | ${fmt(w.peakRssMb)} |${w.failure ? ` failed: ${w.failure}` : ''}`),
    '',
    ...warmupTable(warmup),
    ...wasmTable(saved.wasm),
    '## Results',
    '',
    ...results.flatMap(documentTable),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Done, the bench's process should end by itself. If something still holds it (a server child that
 * did not die, an open socket), say what after 30 s and exit failing instead of hanging CI; the timer is
 * unref'd, so it never delays a clean exit.
 */
function exitWhenDone(code: number): void {
  process.exitCode = code;
  setTimeout(() => {
    console.error(`bench: still running 30 s after finishing, held by ${process.getActiveResourcesInfo().join(', ')}; exiting`);
    process.exit(code === 0 ? 1 : code);
  }, 30_000).unref();
}

main().then(exitWhenDone, (error: unknown) => {
  console.error(error);
  exitWhenDone(1);
});
