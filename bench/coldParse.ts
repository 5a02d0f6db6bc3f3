import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseTree, ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';

/** `node coldParse.js FILE yaml|json`: prints the milliseconds of the first parse in this process. */
const [file, language] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const start = performance.now();
if (language === 'json') {
  const errors: ParseError[] = [];
  parseTree(text, errors);
} else {
  parseDocument(text);
}
process.stdout.write(`${performance.now() - start}\n`);
