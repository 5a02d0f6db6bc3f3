import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseTree, ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { HclLoader } from '../server/src/node/loadHcl';
import { BenchDocument } from './docs/types';
import { Stats, summarize } from './stats';

export interface Floor {
  /** What was timed: `yaml parseDocument` (YAML), `jsonc-parser parseTree` (JSON) or `web-tree-sitter parse` (HCL). */
  readonly parser: string;
  /** Warm: repeated in a process that has parsed before (JIT-compiled parser). */
  readonly stats: Stats | undefined;
  /** Cold: the first parse in a fresh process, as a server's first open is. */
  readonly cold?: Stats;
}

/** A floor's parser: its name and a parse of a whole text (its result dropped, or freed). */
export interface FloorParser {
  readonly name: string;
  readonly parse: (text: string) => void;
}

/**
 * The floor under any server: the parse alone, on the same text. YAML uses `yaml`'s `parseDocument` with
 * its defaults (what a yaml-based server starts from); JSON uses jsonc-parser's `parseTree` (what both
 * JSON servers use; `yaml`'s duplicate-key check is quadratic on big maps); HCL uses web-tree-sitter with
 * the Terraform grammar our server loads (the WASM loaded once, here, before timing).
 */
export async function floorParser(languageId: BenchDocument['languageId']): Promise<FloorParser> {
  if (languageId === 'json') return { name: 'jsonc-parser parseTree', parse: (text) => { const errors: ParseError[] = []; parseTree(text, errors); } };
  if (languageId === 'terraform') {
    const parser = await new HclLoader().load();
    return { name: 'web-tree-sitter parse', parse: (text) => parser.parse(text)?.delete() };
  }
  return { name: 'yaml parseDocument', parse: (text) => { parseDocument(text); } };
}

/** The warm floor in this process: p50 of repeats after a warm-up. */
export function measureFloor(doc: BenchDocument, parser: FloorParser, repeats: number, budgetMs: number): Floor {
  parser.parse(doc.text); // warm-up
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < repeats && (samples.length < 3 || performance.now() - start < budgetMs)) {
    const t = performance.now();
    parser.parse(doc.text);
    samples.push(performance.now() - t);
  }
  return { parser: parser.name, stats: summarize(samples) };
}

/** The first parse in a fresh process (`coldParse.js`; HCL: the WASM load included), `count` times. */
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
