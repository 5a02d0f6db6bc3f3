import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface LintCorpusResult {
  readonly files: number;
  /** Of them, the files the checker found to be Image Builder files. */
  readonly checked: number;
  /** Wall time of one whole `imagebuilder-lint --format json <corpus>` process (p50 of the runs), start-up included. */
  readonly ms: number;
  readonly filesPerSecond: number;
  readonly runs: number;
}

/**
 * `imagebuilder-lint` over the whole shared corpus, as CI would run it: a fresh process per run (the
 * compiled checker), every file of the corpus, JSON output. Undefined when the corpus is absent.
 */
export function measureLintCorpus(repoRoot: string, corpusDir: string, runs: number): LintCorpusResult | undefined {
  if (!fs.existsSync(corpusDir)) return undefined;
  const main = path.join(repoRoot, 'out', 'server', 'src', 'cli', 'main.js');
  const times: number[] = [];
  let files = 0;
  let checked = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, [main, '--format', 'json', corpusDir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - started);
    if (r.status === 2 || r.status === null) throw new Error(`imagebuilder-lint failed on the corpus: ${r.stderr}`);
    const list = JSON.parse(r.stdout) as Array<{ kind: string | null }>;
    files = list.length;
    checked = list.filter((f) => f.kind !== null).length;
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor((times.length - 1) / 2)];
  return { files, checked, ms, filesPerSecond: files / (ms / 1000), runs };
}
