import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { terraformDocument } from '../../bench/docs/terraform';
import { loadBundledSchemas } from '../../server/src/node/loadSchemas';
import { Analysis, getLanguageService, HclTrees, LanguageService } from '../../server/src/service/languageService';
import { HclEdit, HclParser, HclTree, HclTreeCursor } from '../../server/src/service/parse/hcl/syntax';
import { diff } from '../../server/src/service/util/textEdit';
import { prng, randomEdit, summary } from '../support/parseCompare';
import { hclParser } from '../support/terraform';
import { SLOW } from '../support/tiers';

/** IB_FUZZ_SEED=n for another run by hand. */
const SEED = Number(process.env.IB_FUZZ_SEED ?? 19);
const FILES = path.join(__dirname, '..', '..', '..', 'test', 'terraform', 'files');

/**
 * The real parser, with every tree it makes counted and watched: a tree used or deleted after it was
 * deleted fails the test at once (a use after free in WASM would go unnoticed otherwise).
 */
class CountingParser implements HclParser {
  live = 0;
  made = 0;
  /** Parses given the previous version's tree (edited to the new text). */
  incremental = 0;
  /** Nodes the trees' cursors went to. */
  visited = 0;
  private readonly inner = new WeakMap<HclTree, HclTree>();

  constructor(private readonly real: HclParser, private readonly failIncremental = false) {}

  parse(text: string, previous?: HclTree | null): HclTree | null {
    if (previous) {
      this.incremental++;
      if (this.failIncremental) throw new Error('the incremental parse failed');
    }
    const tree = this.real.parse(text, previous ? this.unwrap(previous) : previous);
    return tree && this.wrap(tree);
  }

  /** A cursor that counts the nodes it visits (each one copied out of WASM memory, `mirror`). */
  private counted(cursor: HclTreeCursor): HclTreeCursor {
    const moved = (went: boolean) => {
      if (went) this.visited++;
      return went;
    };
    return {
      get nodeType() { return cursor.nodeType; },
      get nodeIsNamed() { return cursor.nodeIsNamed; },
      get nodeIsMissing() { return cursor.nodeIsMissing; },
      get currentFieldName() { return cursor.currentFieldName; },
      get startIndex() { return cursor.startIndex; },
      get endIndex() { return cursor.endIndex; },
      gotoFirstChild: () => moved(cursor.gotoFirstChild()),
      gotoNextSibling: () => moved(cursor.gotoNextSibling()),
      gotoParent: () => cursor.gotoParent(),
      delete: () => cursor.delete(),
    };
  }

  private unwrap(tree: HclTree): HclTree {
    const real = this.inner.get(tree);
    assert.ok(real, 'a tree this parser made');
    return real;
  }

  private wrap(real: HclTree): HclTree {
    this.made++;
    this.live++;
    let deleted = false;
    const alive = (what: string) => assert.ok(!deleted, `${what} of a deleted tree`);
    const tree: HclTree = {
      walk: (): HclTreeCursor => {
        alive('walk');
        return this.counted(real.walk());
      },
      get rootNode() {
        alive('rootNode');
        return real.rootNode;
      },
      getChangedRanges: (other: HclTree) => {
        alive('getChangedRanges');
        return real.getChangedRanges(this.unwrap(other));
      },
      edit: (edit: HclEdit) => {
        alive('edit');
        real.edit(edit);
      },
      delete: () => {
        alive('delete');
        deleted = true;
        this.live--;
        real.delete();
      },
    };
    this.inner.set(tree, real);
    return tree;
  }
}

/** Random edits of a `.tf` text: typing and structure (randomEdit), non-ASCII text, and lines cut or pasted. */
function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const kind = random();
  if (kind < 0.1) return text.slice(0, at) + ['é', '😀', 'ü\n', '"😀"'][Math.floor(random() * 4)] + text.slice(at);
  if (kind < 0.15) return text.slice(0, at) + text.slice(at + Math.floor(random() * 200));
  if (kind < 0.2) {
    const from = Math.floor(random() * text.length);
    return text.slice(0, at) + text.slice(from, from + Math.floor(random() * 120)) + text.slice(at);
  }
  return randomEdit(text, random, at);
}

const uri = 'file:///work/main.tf';

/** Where the edit is, what it removed and what it put there, for a failure's message. */
function describeEdit(before: string, after: string): string {
  const change = diff(before, after);
  if (!change) return 'the same text';
  return `at ${change.start}: ${JSON.stringify(before.slice(change.start, change.oldEnd))} → ${JSON.stringify(after.slice(change.start, change.oldEnd + change.delta))}`;
}

function analysed(service: LanguageService, text: string, version: number, previous?: Analysis, trees?: HclTrees): Analysis {
  return service.analyze(TextDocument.create(uri, 'terraform', version, text), { previous, hclTrees: trees });
}

/** What a version's analysis gives, as data: the tree, the syntax errors, the kind, and the diagnostics. */
function outcome(service: LanguageService, analysis: Analysis): unknown {
  return { parsed: summary(analysis.parsed), kind: analysis.detection.kind, diagnostics: service.doValidation(analysis) };
}

/**
 * Sequences of random edits, each version analysed from the previous one's kept tree and compared with a
 * fresh analysis of its text (a full parse, no tree kept); every tree made is deleted, at most one is live.
 */
function fuzz(real: HclParser, bases: readonly string[], sequences: number, edits: number, seed: number): CountingParser {
  const parser = new CountingParser(real);
  const service = getLanguageService({ schemas: loadBundledSchemas(), hcl: () => parser });
  const fresh = getLanguageService({ schemas: loadBundledSchemas(), hcl: () => real });
  const trees = new HclTrees();
  const random = prng(seed);
  for (let s = 0; s < sequences; s++) {
    let text = bases[s % bases.length];
    let version = 1;
    let current = analysed(service, text, version);
    current = analysed(service, text, ++version, current, trees);
    for (let e = 0; e < edits; e++) {
      const next = edit(text, random);
      const analysis = analysed(service, next, ++version, current, trees);
      assert.equal(parser.live, 1, 'one tree kept for the one document');
      assert.deepEqual(outcome(service, analysis), outcome(fresh, analysed(fresh, next, version)), `edit ${e} of sequence ${s} (seed ${seed}): ${describeEdit(text, next)}`);
      [text, current] = [next, analysis];
    }
    trees.forget(uri);
    assert.equal(parser.live, 0, 'the closed document\'s tree is deleted');
  }
  return parser;
}

const handmade = [
  'resource "aws_imagebuilder_component" "é" {\n  name = "naïve 😀"\n  platform = "Linux"\n  version = "1.0.0"\n  data = <<-EOT\n    name: x\n    schemaVersion: 1.0\n    phases:\n      - name: build\n        steps:\n          - name: s😀\n            action: ExecuteBash\n            inputs:\n              commands: ["echo ${var.x}"]\n  EOT\n}\n',
  'resource "aws_imagebuilder_infrastructure_configuration" "x" {\r\n  name = "n"\r\n  instance_profile_name = "p"\r\n  placement {\r\n    tenancy = "host"\r\n  }\r\n}\r\n',
];

describe('Terraform: incremental re-parse (tree-sitter, from the kept tree)', () => {
  let real: HclParser;
  before(async () => {
    real = await hclParser();
  });

  it('gives, after every random edit, exactly what a full parse gives, and deletes every tree', () => {
    const bases = [terraformDocument(10).text, ...handmade, fs.readFileSync(path.join(FILES, 'heredoc.tf'), 'utf8')];
    const parser = fuzz(real, bases, 4, 25, SEED);
    assert.ok(parser.incremental >= 4 * 25 * 0.9, `only ${parser.incremental} of the versions parsed from the kept tree`);
  });

  it('gives exactly the full parse on long fuzzed sequences too', SLOW, () => {
    const files = fs.readdirSync(FILES).filter((f) => f.endsWith('.tf')).map((f) => fs.readFileSync(path.join(FILES, f), 'utf8'));
    fuzz(real, [terraformDocument(20).text, ...handmade, ...files], 24, 60, SEED + 1);
  });

  it('copies out of WASM only the top-level blocks an edit reaches', () => {
    const parser = new CountingParser(real);
    const service = getLanguageService({ schemas: loadBundledSchemas(), hcl: () => parser });
    const trees = new HclTrees();
    const doc = terraformDocument(100);
    let current = analysed(service, doc.text, 1, undefined, trees);
    const full = parser.visited;
    let text = doc.text;
    for (const [version, at] of [doc.keystroke.offset, doc.bursts[0], doc.bursts[doc.bursts.length - 1]].entries()) {
      parser.visited = 0;
      const next = `${text.slice(0, at)}x${text.slice(at)}`;
      current = analysed(service, next, version + 2, current, trees);
      assert.ok(parser.visited < full / 20, `${parser.visited} nodes copied of ${full} for a keystroke at ${at}`);
      assert.deepEqual(outcome(service, current), outcome(service, analysed(service, next, 9)));
      text = next;
    }
    trees.forget(uri);
    assert.equal(parser.live, 0);
  });

  it('parses in full, and keeps no stale tree, when the incremental parse throws', () => {
    const parser = new CountingParser(real, true);
    const service = getLanguageService({ schemas: loadBundledSchemas(), hcl: () => parser });
    const trees = new HclTrees();
    const text = handmade[1];
    let current = analysed(service, text, 1, undefined, trees);
    const next = text.replace('"host"', '"hots"');
    current = analysed(service, next, 2, current, trees);
    assert.equal(parser.incremental, 1, 'the incremental parse was tried');
    assert.equal(parser.live, 1);
    assert.deepEqual(outcome(service, current), outcome(service, analysed(service, next, 3)));
    assert.deepEqual(service.doValidation(current).map((d) => `${d.range.start.line}:${String(d.code)}`), ['4:invalid-value'], 'the new text was checked');
    trees.forget(uri);
    trees.forget(uri);
    assert.equal(parser.live, 0);
  });

  it('keeps trees for at most its budget of characters, the least recently parsed deleted first', () => {
    const parser = new CountingParser(real);
    const service = getLanguageService({ schemas: loadBundledSchemas(), hcl: () => parser });
    const [small, big] = [handmade[1], handmade[0]];
    const trees = new HclTrees(small.length + big.length);
    const open = (name: string, text: string, version: number, previous?: Analysis) =>
      service.analyze(TextDocument.create(`file:///work/${name}.tf`, 'terraform', version, text), { previous, hclTrees: trees });
    const a = open('a', small, 1);
    const b = open('b', big, 1);
    assert.equal(parser.live, 2, 'both fit');
    const c = open('c', small, 1);
    assert.equal(parser.live, 2, 'a (the least recent) was deleted before c was parsed');
    const edited = `${small} `;
    const a2 = open('a', edited, 2, a);
    assert.equal(parser.incremental, 0, 'a had no tree left: parsed in full');
    assert.equal(parser.live, 2, 'b was deleted for a');
    assert.deepEqual(outcome(service, a2), outcome(service, analysed(service, edited, 9)));
    open('c', `${small}\n`, 2, c);
    assert.equal(parser.incremental, 1, 'c kept its tree');
    open('b', big + big, 2, b);
    assert.equal(parser.live, 0, 'a text over the budget keeps no tree, and others made room for it');
    assert.equal(parser.made, 7, 'a, b, c, a again, the fresh a, c again, b again');
  });

  it('keeps the tree, unparsed, for the same text', () => {
    const parser = new CountingParser(real);
    const service = getLanguageService({ schemas: loadBundledSchemas(), hcl: () => parser });
    const trees = new HclTrees();
    const first = analysed(service, handmade[0], 1, undefined, trees);
    const again = analysed(service, handmade[0], 2, first, trees);
    assert.deepEqual([parser.made, parser.live, parser.incremental], [1, 1, 0]);
    assert.deepEqual(summary(again.parsed), summary(analysed(service, handmade[0], 3).parsed));
    trees.forget(uri);
    assert.equal(parser.live, 0);
  });
});
