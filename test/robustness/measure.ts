import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TestClient } from '../support/lspClient';
import { deepInputs } from './hostileInputs';
import { service } from './harness';
import { normalizeSettings } from '../../server/src/service/languageService';

/**
 * The figures of issue 6's closing note, printed by `npm run fuzz` (`node out/test/robustness/measure.js --run`):
 * the largest files and deepest nesting handled, with their times, and a 10,000-edit soak with
 * its memory. A benchmark, not a test: nothing here fails on a number. Loaded by `node --test`
 * as a test file too, where it does nothing.
 */

function time<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: Math.round(performance.now() - start) };
}

function full(text: string, languageId: 'yaml' | 'json', kindOverride: string | null, maxFileSize?: number): string {
  const ls = service();
  const settings = maxFileSize ? normalizeSettings({ maxFileSize }) : undefined;
  const document = TextDocument.create(`file:///measure.${languageId}`, languageId, 1, text);
  const analysis = time(() => ls.analyze(document, { kindOverride, settings }));
  const validation = time(() => ls.doValidation(analysis.value));
  const end = document.positionAt(text.length);
  const completion = time(() => ls.doComplete(analysis.value, end));
  const hover = time(() => ls.doHover(analysis.value, document.positionAt(text.length >> 1)));
  const mb = (text.length / (1 << 20)).toFixed(1);
  return `${mb} MB: parse ${analysis.ms} ms, validate ${validation.ms} ms (${validation.value.length} diagnostics), complete ${completion.ms} ms, hover ${hover.ms} ms`;
}

function sizes(): void {
  const recipe = 'name: my-recipe\nsemanticVersion: 1.0.0\nparentImage: arn:aws:imagebuilder:us-east-1:aws:image/x/1.0.0\ncomponents:\n  - componentArn: arn:aws:imagebuilder:us-east-1:aws:component/c/1.0.0\n';
  const big = (size: number) => recipe.repeat(Math.ceil(size / recipe.length));
  console.log(`20 MB YAML above maxFileSize (steps down): ${full(big(20 << 20), 'yaml', 'create-image-recipe')}`);
  console.log(`4.7 MB YAML below maxFileSize (fully checked): ${full(big(4.7 * (1 << 20)), 'yaml', 'create-image-recipe')}`);
  const json = `[${Array.from({ length: 40_000 }, (_, i) => `{"componentArn": "arn:aws:imagebuilder:us-east-1:aws:component/c${i}/1.0.0"}`).join(',\n')}]`;
  console.log(`JSON list of 40,000 objects: ${full(`{"name": "r", "semanticVersion": "1.0.0", "parentImage": "ami-1", "components": ${json}}`, 'json', 'create-image-recipe')}`);
  console.log(`1 MB single line: ${full(`name: ${'x'.repeat(1 << 20)}`, 'yaml', 'create-image-recipe')}`);
  console.log(`1 MB of stray braces (a million syntax errors): ${full(`name: ${'}'.repeat(1 << 20)}`, 'yaml', 'component-document')}`);
  const step = (i: number) => `      - name: Step${i}\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo {{ Greeting }} ${i}\n`;
  const steps = Array.from({ length: 9000 }, (_, i) => step(i)).join('');
  const component = `name: big\nschemaVersion: 1.0\nparameters:\n  - Greeting:\n      type: string\n      default: hi\nphases:\n  - name: build\n    steps:\n${steps}`;
  console.log(`component document of 9,000 steps: ${full(component, 'yaml', 'component-document')}`);
}

function nesting(): void {
  for (const [name, text, languageId] of deepInputs) console.log(`10,000-deep ${name}: ${full(text, languageId, 'create-image-recipe')}`);
  const deepest = 400 - 1;
  console.log(`${deepest}-deep YAML flow (deepest parsed): ${full('['.repeat(deepest) + ']'.repeat(deepest), 'yaml', 'create-image-recipe')}`);
  const d = 100_000;
  console.log(`100,000-deep YAML flow: ${full('['.repeat(d) + ']'.repeat(d), 'yaml', 'create-image-recipe', 1e9)}`);
}

async function soak(edits: number): Promise<void> {
  const client = TestClient.inProcess();
  await client.initialize();
  const uri = 'file:///soak/infra.yaml';
  const start = 'name: soak\ninstanceProfileName: profile\ninstanceTypes:\n  - m5.large\nsubnetId: subnet-1\nterminateInstanceOnFailure: true\n';
  await client.open(uri, start);
  let mirror = TextDocument.create(uri, 'yaml', 1, start);
  const pieces = ['a', ' ', ':', '- ', '\n', '"', '[', ']', '#', 'x', 'name: y\n', '  '];
  let seed = 12345;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let peak = 0;
  const began = performance.now();
  for (let i = 1; i <= edits; i++) {
    const text = mirror.getText();
    const at = random(text.length + 1);
    const removing = text.length > 4000 || random(3) === 0;
    const change: TextDocumentContentChangeEvent = removing
      ? { range: { start: mirror.positionAt(at), end: mirror.positionAt(Math.min(text.length, at + 1 + random(8))) }, text: '' }
      : { range: { start: mirror.positionAt(at), end: mirror.positionAt(at) }, text: pieces[random(pieces.length)] };
    const version = await client.change(uri, [change]);
    mirror = TextDocument.update(mirror, [change], version);
    if (i % 50 === 0) {
      await client.request('textDocument/completion', { textDocument: { uri }, position: mirror.positionAt(random(mirror.getText().length + 1)) });
      await client.published(uri, (p) => p.version === version);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    if (i === 1000 || i === edits) {
      (globalThis as { gc?: () => void }).gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      console.log(`soak after ${i} edits (${Math.round(performance.now() - began)} ms): peak heap ${mb(peak)}, heap after GC ${mb(heapUsed)}, rss ${mb(rss)}; ${client.diagnostics.length} publications`);
    }
  }
  client.dispose();
}

function mb(bytes: number): string {
  return `${(bytes / (1 << 20)).toFixed(1)} MB`;
}

async function main(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await soak(10_000); // first, so that the big documents below do not count in its memory
  sizes();
  nesting();
}

if (process.argv.includes('--run')) void main();
