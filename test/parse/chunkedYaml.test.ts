import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { componentDocument } from '../../bench/docs/component';
import { SCAN_WINDOW, SliceMeter } from '../../server/src/service/parse/chunkScan';
import { ChunkOptions, DEFAULT_CHUNKING, parseYamlChunked, parseYamlChunkedInSlices } from '../../server/src/service/parse/chunkedYaml';
import { parseText } from '../../server/src/service/parse/parse';
import { parseYaml } from '../../server/src/service/parse/yamlToAst';
import { inputFiles } from '../robustness/inputs';
import { HANDMADE_YAML, prng, randomEdit, summary } from '../support/parseCompare';
import { SLOW } from '../support/tiers';

/** FUZZ_SCALE=20 FUZZ_SEED=n for a long run by hand; CI runs the small default. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 7);

/** Chunking forced on small texts: every run of two items or more is cut; every skeleton too, unless `skeletonMinLength` says. */
const tiny = (itemsPerChunk: number, skeletonMinLength = 0, maxChunkLength = Infinity): ChunkOptions => ({ minLength: 0, itemsPerChunk, maxChunkLength, skeletonMinLength });

/** The chunked parse of `text`, which must equal the whole parse when there is one. */
function chunkedOrNothing(text: string, options: ChunkOptions, message: string): boolean {
  const chunked = parseYamlChunked(text, options);
  if (chunked) assert.deepEqual(summary(chunked), summary(parseYaml(text)), message);
  return chunked !== undefined;
}

const STEPS = (body: string) => `steps:\n${body}`;

/** [case, text, whether it is parsed in chunks (else whole)]. One item per chunk, so every multi-line item is cut. */
const CASES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['plain steps', STEPS('  - name: a\n    x: 1\n  - name: b\n    x: 2\n  - name: c\n'), true],
  ['nested lists and block scalars in the items', STEPS('  - name: a\n    run: |\n      echo one\n\n      echo two\n    list:\n      - p: 1\n        q: 2\n      - p: 3\n        q: 4\n  - name: b\n    run: >-\n      folded\n  - name: c\n'), true],
  ['a block scalar keeping its trailing blank lines', STEPS('  - name: a\n    run: |+\n      echo\n\n\n  - name: b\n    x: 1\n  - name: c\n'), true],
  ['a plain scalar continued on the next lines', STEPS('  - name: a\n    d: one\n      two\n  - name: b\n    x: 1\n  - name: c\n'), true],
  ['CRLF line breaks', 'steps:\r\n  - name: a\r\n    x: 1\r\n  - name: b\r\n    x: 2\r\n  - name: c\r\n', true],
  ['a top-level sequence', '- name: a\n  x: 1\n- name: b\n  x: 2\n- name: c\n', true],
  ['a document start marker and comments before the runs', `# header\n---\n${STEPS('  - name: a\n    x: 1 # trailing\n    # inside\n  - name: b\n    x: 2\n  - name: c\n')}`, true],
  ['dash lines inside a block scalar (not items)', 'script: |\n  - name: fake\n    x: 1\n  - name: fake2\n    x: 2\n  - name: fake3\nsteps: []\n', false],
  ['an alias to an anchor in another chunk', STEPS('  - name: a\n    v: &x 1\n  - name: b\n    v: *x\n  - name: c\n'), false],
  ['an alias on a kept line', STEPS('  - name: &x a\n    v: 1\n  - name: *x\n    v: 2\n  - name: c\n'), false],
  ['an explicit key', STEPS('  - name: a\n    ? k\n    : v\n  - name: b\n    x: 1\n  - name: c\n'), false],
  ['a syntax error inside a chunk', STEPS('  - name: a\n    x: [1\n  - name: b\n    x: 2\n  - name: c\n'), false],
  ['a quoted scalar running into the next item', STEPS('  - name: "a\n  - name: b"\n    x: 1\n  - name: c\n    x: 2\n  - name: d\n'), false],
  ['an empty value (placed by what follows)', STEPS('  - name: a\n    x:\n  - name: b\n    y: 1\n  - name: c\n'), false],
  ['a comment left of the items (yaml lets it end a scalar)', STEPS('  - name: a\n    x: 1\n# note\n  - name: b\n  - name: c\n'), false],
  ['a stream of two documents', `${STEPS('  - name: a\n    x: 1\n  - name: b\n')}---\nother: doc\n`, false],
  ['a carriage return alone (a line break the line scan does not see)', STEPS('  - name: a\n    x: 1\r  - name: hidden\n    y: 2\n  - name: b\n    x: 2\n  - name: c\n'), false],
  ['a flow item ends the run', STEPS('  - name: a\n    x: 1\n  - { name: b }\n  - name: c\n'), false],
];

describe('chunked first parse of big YAML', () => {
  for (const [name, text, chunked] of CASES) {
    it(`${chunked ? 'cuts' : 'parses whole'}: ${name}`, () => {
      assert.equal(chunkedOrNothing(text, tiny(1), name), chunked);
    });
  }

  it('gives the whole parse of generated components, the examples and the corpus, or declines', SLOW, () => {
    const texts = [componentDocument(40).text, ...HANDMADE_YAML, ...inputFiles().filter((f) => f.languageId === 'yaml').map((f) => f.text)];
    let chunked = 0;
    for (const itemsPerChunk of [1, 2, 5]) {
      for (const [skeleton, length] of [[0, Infinity], [Infinity, Infinity], [0, 60]]) {
        texts.forEach((text, i) => {
          if (chunkedOrNothing(text, tiny(itemsPerChunk, skeleton, length), `text ${i}, ${itemsPerChunk} a chunk of ${length} characters at most, skeleton from ${skeleton}`)) chunked++;
        });
      }
    }
    assert.ok(chunked >= texts.length, `parsed in chunks only ${chunked} of ${texts.length * 9}`);
  });

  it('gives the whole parse on fuzzed edits, or declines', SLOW, () => {
    const random = prng(SEED);
    const corpus = inputFiles().filter((f) => f.languageId === 'yaml').map((f) => f.text);
    const bases = [componentDocument(40).text, HANDMADE_YAML[0], ...corpus.filter((_, i) => i % 8 === 0)];
    let tried = 0;
    let chunked = 0;
    for (let s = 0; s < 2 * bases.length * SCALE; s++) {
      let text = bases[s % bases.length];
      for (let e = 0; e < 40; e++) {
        const next = randomEdit(text, random);
        tried++;
        // Every skeleton chunked too (recursively) in one sequence of two, none in the other.
        // And chunks of at most 60 characters in one sequence of four (longer items are not cut; the runs inside them are).
        if (chunkedOrNothing(next, tiny(1 + (s % 3), s % 2 === 0 ? 0 : Infinity, s % 4 === 1 ? 60 : Infinity), `edit ${e} of sequence ${s} (seed ${SEED})`)) chunked++;
        // Keep editing a valid document (an edit that breaks it is tried, then dropped).
        if (parseYaml(next).syntaxErrors.length === 0) text = next;
      }
    }
    assert.ok(chunked > tried / 10, `parsed in chunks only ${chunked} of ${tried}`);
  });

  it('parses a long skeleton in chunks, recursively, to the whole parse\'s tree', () => {
    // Three runs of 40 items, 2 a chunk: the skeleton holds 20 stand-ins a run, itself chunked, and so on.
    const run = (name: string) => Array.from({ length: 40 }, (_, i) => `      - name: ${name}${i}\n        x: ${i}\n`).join('');
    const text = `phases:\n  - name: a\n    steps:\n${run('a')}  - name: b\n    steps:\n${run('b')}  - name: c\n    steps:\n${run('c')}`;
    const meter: SliceMeter = { scanned: 0, parsed: 0, moved: 0 };
    const parsedWith = (skeletonMinLength: number) => {
      meter.parsed = 0;
      assert.ok(chunkedOrNothing(text, { ...tiny(2, skeletonMinLength), meter }, `skeleton from ${skeletonMinLength}`));
      return meter.parsed;
    };
    const whole = parsedWith(Infinity);
    const recursive = parsedWith(0);
    // Each deeper skeleton is parsed in chunks too, so more characters go to the parser in all, in smaller pieces.
    assert.ok(recursive > whole, `${recursive} > ${whole}`);
  });

  it('finds an explicit key on either side of a scan window\'s end', () => {
    const text = componentDocument(2000).text;
    assert.ok(text.length > SCAN_WINDOW + 64 * 1024 && parseYamlChunked(text), 'a big text parsed in chunks');
    let line = text.lastIndexOf('\n', SCAN_WINDOW) + 1;
    for (let back = 0; back < 3; back++) line = text.lastIndexOf('\n', line - 2) + 1;
    for (let n = 0; n < 6; n++, line = text.indexOf('\n', line) + 1) {
      const indent = /^ */.exec(text.slice(line))![0];
      // An explicit key in a step: the chunk's own parse would take it, so only the scan can decline.
      const withKey = `${text.slice(0, line)}${indent}? k\n${indent}: v\n${text.slice(line)}`;
      assert.equal(parseYamlChunked(withKey), undefined, `an explicit key at line offset ${line}`);
    }
  });

  /** The most work any slice of the chunked parse of `text` did, and the result. */
  const mostWork = (text: string, options: ChunkOptions) => {
    const meter: SliceMeter = { scanned: 0, parsed: 0, moved: 0 };
    const most = { scanned: 0, parsed: 0, moved: 0, slices: 0 };
    const slices = parseYamlChunkedInSlices(text, { ...options, meter });
    for (;;) {
      const step = slices.next();
      most.slices++;
      most.scanned = Math.max(most.scanned, meter.scanned);
      most.parsed = Math.max(most.parsed, meter.parsed);
      most.moved = Math.max(most.moved, meter.moved);
      meter.scanned = meter.parsed = meter.moved = 0;
      if (step.done) return { most, parsed: step.value };
    }
  };
  /** A chunk's parse takes the next item's indentation too. */
  const MOST_PARSED = Math.max(DEFAULT_CHUNKING.skeletonMinLength, DEFAULT_CHUNKING.maxChunkLength + 64);

  it('never does more than a bounded amount of work in a slice of a big document', () => {
    const { text } = componentDocument(8000); // 1.5 MB
    const { most, parsed } = mostWork(text, DEFAULT_CHUNKING);
    assert.ok(parsed, 'declined');
    assert.deepEqual(summary(parsed), summary(parseYaml(text)));
    // A scan window and the line or chunk that crosses its end; a chunk of 16 steps or a short skeleton; a remap step.
    assert.ok(most.scanned <= SCAN_WINDOW + 16 * 1024, `scanned ${most.scanned} characters in a slice`);
    assert.ok(most.parsed <= MOST_PARSED, `parsed ${most.parsed} characters in a slice`);
    assert.ok(most.moved <= 4096, `moved ${most.moved} nodes in a slice`);
    assert.ok(most.slices > text.length / SCAN_WINDOW + 8000 / DEFAULT_CHUNKING.itemsPerChunk, `${most.slices} slices`);
    // Without the chunked skeleton, its one parse is the longest slice (14 KB here, 41 KB at 23,000 steps).
    assert.ok(mostWork(text, { ...DEFAULT_CHUNKING, skeletonMinLength: Infinity }).most.parsed > DEFAULT_CHUNKING.skeletonMinLength);
  });

  it('cuts no chunk longer than maxChunkLength: a run of long items is chunked inside them', () => {
    // 20 phases of 300 steps (33 KB each): 16 phases made one chunk of 0.5 MB, parsed in one slice.
    const step = (p: number, s: number) => `      - name: s${p}_${s}\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo ${s}\n`;
    const phase = (p: number) => `  - name: p${p}\n    steps:\n${Array.from({ length: 300 }, (_, s) => step(p, s)).join('')}`;
    const text = `name: x\nschemaVersion: 1.0\nphases:\n${Array.from({ length: 20 }, (_, p) => phase(p)).join('')}`;
    const { most, parsed } = mostWork(text, DEFAULT_CHUNKING);
    assert.ok(parsed, 'declined');
    assert.deepEqual(summary(parsed), summary(parseYaml(text)));
    assert.ok(most.parsed <= MOST_PARSED, `parsed ${most.parsed} characters in a slice`);
    assert.ok(mostWork(text, { ...DEFAULT_CHUNKING, maxChunkLength: Infinity }).most.parsed > 16 * 30_000);
  });

  it('is what parseText does for a big component document', () => {
    const text = componentDocument(1000).text;
    assert.ok(text.length >= DEFAULT_CHUNKING.minLength);
    const chunked = parseYamlChunked(text);
    assert.ok(chunked, 'declined');
    assert.deepEqual(summary(parseText(text, 'yaml')), summary(chunked));
    assert.deepEqual(summary(chunked), summary(parseYaml(text)));
    assert.equal(parseYamlChunked(componentDocument(100).text), undefined, 'a small document is parsed whole');
  });
});
