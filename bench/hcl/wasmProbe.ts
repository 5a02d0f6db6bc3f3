import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { wasmPath } from '../../server/src/node/loadHcl';
import { terraformDocument } from '../docs/terraform';

/**
 * `node wasmProbe.js [RESOURCES]` (1,000 unless given): in a fresh process, the steps of the HCL parser's start-up one after another, as
 * `server/src/node/loadHcl.ts` takes them, then the first parses. Prints one JSON object of milliseconds.
 * The documents are generated before the clock starts.
 */
async function main(): Promise<void> {
  const small = terraformDocument(10).text;
  const large = terraformDocument(Number(process.argv[2] ?? 1000)).text;
  const marks: Record<string, number> = {};
  let last = performance.now();
  const mark = (name: string) => {
    const now = performance.now();
    marks[name] = now - last;
    last = now;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const treeSitter = require('web-tree-sitter') as typeof import('web-tree-sitter');
  mark('require');
  await treeSitter.Parser.init({ wasmBinary: fs.readFileSync(wasmPath('web-tree-sitter.wasm')) });
  mark('init');
  const language = await treeSitter.Language.load(fs.readFileSync(wasmPath('tree-sitter-terraform.wasm')));
  const parser = new treeSitter.Parser();
  parser.setLanguage(language);
  mark('grammar');
  parser.parse(small)?.delete();
  mark('firstSmall');
  parser.parse(large)?.delete();
  mark('firstLarge');
  parser.parse(large)?.delete();
  mark('secondLarge');
  process.stdout.write(`${JSON.stringify({ ...marks, smallBytes: Buffer.byteLength(small), largeBytes: Buffer.byteLength(large) })}\n`);
}

void main();
