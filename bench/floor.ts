import { performance } from 'node:perf_hooks';
import { parseTree, ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { BenchDocument } from './docs/types';
import { Stats, summarize } from './stats';

export interface Floor {
  /** What was timed: `yaml parseDocument` (YAML) or `jsonc-parser parseTree` (JSON). */
  readonly parser: string;
  readonly stats: Stats | undefined;
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
