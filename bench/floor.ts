import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseTree, ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { BenchDocument } from './docs/types';
import { Stats, summarize } from './stats';

export interface Floor {
  /** What was timed: `yaml parseDocument` (YAML) or `jsonc-parser parseTree` (JSON). */
  readonly parser: string;
  /** Warm: repeated in a process that has parsed before (JIT-compiled parser). */
  readonly stats: Stats | undefined;
  /** Cold: the first parse in a fresh process, as a server's first open is. */
  readonly cold?: Stats;
}

/**
 * The floor under any server: the parse alone, in this process, on the same text. YAML uses `yaml`'s
 * `parseDocument` with its defaults (what a yaml-based server starts from); JSON uses jsonc-parser's
 * `parseTree` (what both JSON servers use; `yaml`'s duplicate-key check is quadratic on big maps).
 */
export function measureFloor(doc: BenchDocument, repeats: number, budgetMs: number): Floor {
  const json = doc.languageId === 'json';
  const parse = json
    ? () => { const errors: ParseError[] = []; parseTree(doc.text, errors); }
    : () => { parseDocument(doc.text); };
  parse(); // warm-up
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < repeats && (samples.length < 3 || performance.now() - start < budgetMs)) {
    const t = performance.now();
    parse();
    samples.push(performance.now() - t);
  }
  return { parser: json ? 'jsonc-parser parseTree' : 'yaml parseDocument', stats: summarize(samples) };
}

/** The first parse in a fresh process (`coldParse.js`), `count` times. */
export function measureColdFloor(doc: BenchDocument, workDir: string, count: number): Stats | undefined {
  const file = path.join(workDir, `floor-${doc.fileName}`);
  fs.writeFileSync(file, doc.text);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'coldParse.js'), file, doc.languageId], { encoding: 'utf8', timeout: 120000 });
    samples.push(Number(out.trim()));
  }
  fs.rmSync(file);
  return summarize(samples.filter((n) => Number.isFinite(n)));
}
