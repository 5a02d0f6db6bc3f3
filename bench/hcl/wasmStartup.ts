import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fmt } from '../report';
import { Stats, summarize } from '../stats';

/** The HCL parser's start-up, step by step: p50 (and the rest) over fresh processes, milliseconds. */
export interface WasmStartup {
  readonly processes: number;
  readonly smallBytes: number;
  readonly largeBytes: number;
  /** Resources of the large module (1,000; 100 in quick mode). */
  readonly largeResources: number;
  /** `require('web-tree-sitter')` (its JavaScript). */
  readonly require: Stats | undefined;
  /** `Parser.init`: tree-sitter's runtime (WASM) compiled and instantiated. */
  readonly init: Stats | undefined;
  /** `Language.load` of the Terraform grammar (WASM) and a parser set to it. */
  readonly grammar: Stats | undefined;
  /** The three steps together: what the first `.tf` document pays before its parse. */
  readonly total: Stats | undefined;
  /** The first parse of a 10-resource module, then of the large one, then that one again. */
  readonly firstSmall: Stats | undefined;
  readonly firstLarge: Stats | undefined;
  readonly secondLarge: Stats | undefined;
}

type Sample = Record<'require' | 'init' | 'grammar' | 'firstSmall' | 'firstLarge' | 'secondLarge' | 'smallBytes' | 'largeBytes', number>;

/** Runs `wasmProbe.js` in `count` fresh processes, one after another; the large module has `resources` resources. */
export function measureWasmStartup(count: number, resources: number): WasmStartup {
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'wasmProbe.js'), String(resources)], { encoding: 'utf8', timeout: 120000 });
    samples.push(JSON.parse(out) as Sample);
  }
  const of = (pick: (s: Sample) => number) => summarize(samples.map(pick));
  return {
    processes: count,
    smallBytes: samples[0]?.smallBytes ?? 0,
    largeBytes: samples[0]?.largeBytes ?? 0,
    largeResources: resources,
    require: of((s) => s.require),
    init: of((s) => s.init),
    grammar: of((s) => s.grammar),
    total: of((s) => s.require + s.init + s.grammar),
    firstSmall: of((s) => s.firstSmall),
    firstLarge: of((s) => s.firstLarge),
    secondLarge: of((s) => s.secondLarge),
  };
}

/** The Markdown section of the HCL parser's start-up (none when it was not measured). */
export function wasmTable(w: WasmStartup | undefined): string[] {
  if (!w) return [];
  const row = (what: string, s: Stats | undefined) => `| ${what} | ${fmt(s?.p50)} | ${fmt(s?.max)} |`;
  return [
    '## Terraform: the HCL parser\'s start-up (WASM, in-process)',
    '',
    `Each step as \`server/src/node/loadHcl.ts\` takes it, in ${w.processes} fresh processes (\`bench/hcl/wasmProbe.ts\`); ms. A server pays the load once, on its first \`.tf\` document, never at start.`,
    '',
    '| step | p50 | slowest |',
    '| --- | ---: | ---: |',
    row('`require(\'web-tree-sitter\')`', w.require),
    row('`Parser.init` (runtime WASM)', w.init),
    row('`Language.load` (Terraform grammar WASM) and `setLanguage`', w.grammar),
    row('the load, all three', w.total),
    row(`first parse, 10 resources (${(w.smallBytes / 1024).toFixed(0)} KiB)`, w.firstSmall),
    row(`first parse, ${w.largeResources.toLocaleString('en')} resources (${(w.largeBytes / 1024).toFixed(0)} KiB)`, w.firstLarge),
    row(`second parse, ${w.largeResources.toLocaleString('en')} resources`, w.secondLarge),
    '',
  ];
}
