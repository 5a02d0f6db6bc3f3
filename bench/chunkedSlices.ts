import { performance } from 'node:perf_hooks';
import { SliceMeter } from '../server/src/service/parse/chunkScan';
import { DEFAULT_CHUNKING, parseYamlChunkedInSlices } from '../server/src/service/parse/chunkedYaml';
import { componentDocument } from './docs/component';

/**
 * `node out/bench/chunkedSlices.js [STEPS] [RUNS]`: times each slice (`next()`) of the chunked parse of a
 * generated component (23,000 steps by default: 4.3 MB) in this process, run after run (the first runs
 * are cold JIT). Per run: the slice count, the longest slices (their index), how many were over 4 and 8 ms,
 * and the total; the same in CPU time of the process (`process.cpuUsage`: on a loaded machine the wall
 * time of a slice includes the time the process was not running). The server runs these slices at most
 * 4 ms a turn (`lsp/slicedBuilds.ts`), so a slice longer than that is what a request waits for.
 */
function main(): void {
  const steps = Number(process.argv[2] ?? 23000);
  const runs = Number(process.argv[3] ?? 5);
  const { text } = componentDocument(steps);
  process.stdout.write(`${steps} steps, ${(text.length / 1e6).toFixed(1)} MB\n`);
  process.stdout.write('| run | slices | max slice | top slices (index: ms) | over 4 ms | over 8 ms | total | CPU: max slice | over 4 ms | over 8 ms | total |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n');
  for (let run = 1; run <= runs; run++) {
    const times: number[] = [];
    const cpu: number[] = [];
    const work: string[] = [];
    const meter: SliceMeter = { scanned: 0, parsed: 0, moved: 0 };
    const slices = parseYamlChunkedInSlices(text, { ...DEFAULT_CHUNKING, meter });
    let result;
    for (;;) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const step = slices.next();
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
      work.push(`${meter.scanned}s/${meter.parsed}p/${meter.moved}m`);
      meter.scanned = meter.parsed = meter.moved = 0;
      if (step.done) {
        result = step.value;
        break;
      }
    }
    if (!result) throw new Error('the chunked parse declined');
    const top = times.map((ms, i) => [i, ms] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
    const total = times.reduce((a, b) => a + b, 0);
    const cpuTotal = cpu.reduce((a, b) => a + b, 0);
    if (process.env.SLICE_WORK) for (const [i] of top) process.stdout.write(`slice ${i}: ${work[i]}\n`);
    process.stdout.write(`| ${run} | ${times.length} | ${top[0][1].toFixed(1)} ms | ${top.map(([i, ms]) => `${i}: ${ms.toFixed(1)}`).join(', ')} | ${times.filter((t) => t > 4).length} | ${times.filter((t) => t > 8).length} | ${total.toFixed(0)} ms | ${Math.max(...cpu).toFixed(1)} ms | ${cpu.filter((t) => t > 4).length} | ${cpu.filter((t) => t > 8).length} | ${cpuTotal.toFixed(0)} ms |\n`);
  }
}

main();
