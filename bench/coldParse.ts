import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { floorParser } from './floor';

/**
 * `node coldParse.js FILE yaml|json|terraform`: prints the milliseconds of the first parse in this process.
 * For HCL the time includes loading web-tree-sitter and the grammar (WASM), which a fresh server pays on
 * its first .tf document; `yaml` and jsonc-parser are JavaScript, required before the clock starts, as a
 * server requires them at start.
 */
async function main(): Promise<void> {
  const [file, language] = process.argv.slice(2);
  const text = fs.readFileSync(file, 'utf8');
  const languageId = language === 'json' || language === 'terraform' ? language : 'yaml';
  const started = performance.now();
  const parser = await floorParser(languageId);
  const from = languageId === 'terraform' ? started : performance.now();
  parser.parse(text);
  process.stdout.write(`${performance.now() - from}\n`);
}

void main();
