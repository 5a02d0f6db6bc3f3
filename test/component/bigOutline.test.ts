import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { componentDocument } from '../../bench/docs/component';
import { Analysis, normalizeSettings } from '../../server/src/service/languageService';
import { componentFolding, componentOutline } from '../../server/src/service/component/navigate/outline';
import { OffsetSymbol } from '../../server/src/service/kindSupport';
import { toRange } from '../../server/src/service/toLsp';
import { PositionCursor } from '../../server/src/service/util/positionCursor';
import { Slices } from '../../server/src/service/util/slices';
import { service } from '../support/harness';

/**
 * A big component's outline and folding ranges (issue 19): made in slices with positions from a cursor
 * walking the document, they are what the whole computation with a binary search per position
 * (`document.positionAt`, as before) gives, for LF and CRLF texts; with a `rangeLimit`, the outermost.
 */

const big = componentDocument(3_000);

/** Analysed with `maxItemsComputed` (by default, more than the document has: nothing is cut). */
function analyzed(text: string, maxItemsComputed = 1_000_000): Analysis {
  return service().analyze(TextDocument.create('file:///w/big.yaml', 'yaml', 1, text), { settings: normalizeSettings({ maxItemsComputed }) });
}

/** Every symbol of a tree, in document order, with its depth. */
function flatten(symbols: readonly DocumentSymbol[], depth = 0): Array<{ symbol: DocumentSymbol; depth: number }> {
  return symbols.flatMap((symbol) => [{ symbol, depth }, ...flatten(symbol.children ?? [], depth + 1)]);
}

/** Runs `slices` to its end, counting its yields. */
function stepped<T>(slices: Slices<T>): { value: T; yields: number } {
  for (let yields = 0; ; yields++) {
    const step = slices.next();
    if (step.done) return { value: step.value, yields };
  }
}

/** The outline as the facade made it before: `positionAt` for every position. */
function referenceSymbols(analysis: Analysis): DocumentSymbol[] {
  const convert = (s: OffsetSymbol): DocumentSymbol => ({
    name: s.name || ' ', detail: s.detail, kind: s.kind as DocumentSymbol['kind'],
    range: toRange(analysis.document, s.range), selectionRange: toRange(analysis.document, s.selection), children: s.children.map(convert),
  });
  return componentOutline(analysis).map(convert);
}

function referenceFolding(analysis: Analysis): FoldingRange[] {
  return componentFolding(analysis)
    .map((r) => ({ startLine: analysis.document.positionAt(r.startOffset).line, endLine: analysis.document.positionAt(r.endOffset).line }))
    .filter((r) => r.endLine > r.startLine);
}

describe('outline and folding of a big component', () => {
  for (const [eol, text] of [['LF', big.text], ['CRLF', big.text.replace(/\n/g, '\r\n')]] as const) {
    it(`${eol}: the outline in slices is the whole one's, and the positions are positionAt's`, () => {
      const sliced = stepped(service().documentSymbolsInSlices(analyzed(text)));
      assert.ok(sliced.yields >= 1, `${sliced.yields} yields`);
      const analysis = analyzed(text);
      const whole = service().findDocumentSymbols(analysis);
      assert.deepEqual(sliced.value, whole);
      assert.deepEqual(whole, referenceSymbols(analysis));
      const steps = whole.flatMap((s) => (s.kind === 2 ? s.children : []));
      assert.equal(steps.length, 3_000);
      for (const step of [steps[0], steps[1_234], steps[2_999]].filter((s) => s !== undefined)) {
        assert.equal(analysis.document.getText({ start: step.range.start, end: step.selectionRange.end }), `name: ${step.name}`);
      }
    });

    it(`${eol}: the folding ranges in slices are the whole computation's, and the lines are positionAt's`, () => {
      const sliced = stepped(service().foldingRangesInSlices(analyzed(text)));
      assert.ok(sliced.yields >= 1, `${sliced.yields} yields`);
      const analysis = analyzed(text);
      const whole = service().getFoldingRanges(analysis);
      assert.deepEqual(sliced.value, whole);
      assert.deepEqual(whole, referenceFolding(analysis));
      assert.ok(whole.length > 9_000, `${whole.length} ranges`);
    });
  }

  it('memoised per analysis: asked again, the same answer without a new computation', () => {
    const analysis = analyzed(big.text);
    assert.equal(service().findDocumentSymbols(analysis), service().findDocumentSymbols(analysis));
    assert.equal(service().getFoldingRanges(analysis, { rangeLimit: 10 }), service().getFoldingRanges(analysis, { rangeLimit: 10 }));
    assert.notEqual(service().getFoldingRanges(analysis, { rangeLimit: 10 }), service().getFoldingRanges(analysis));
    assert.equal(stepped(service().documentSymbolsInSlices(analysis)).yields, 0);
  });

  it('maxItemsComputed (default 5,000) caps the outline and the folding ranges, keeping the outermost in document order', () => {
    const all = flatten(service().findDocumentSymbols(analyzed(big.text)));
    const key = ({ symbol, depth }: { symbol: DocumentSymbol; depth: number }) => `${depth}:${symbol.name}:${symbol.range.start.line}`;
    for (const limit of [0, 1, 7, 100, 3_005, all.length - 1]) {
      const kept = flatten(service().findDocumentSymbols(analyzed(big.text, limit)));
      assert.equal(kept.length, limit, `limit ${limit}`);
      // Every symbol shallower than the deepest kept is kept; of that depth, the first in document order.
      const deepest = Math.max(-1, ...kept.map((k) => k.depth));
      const expected = all.filter((a) => a.depth < deepest);
      expected.push(...all.filter((a) => a.depth === deepest).slice(0, limit - expected.length));
      const order = new Map(all.map((a, i) => [key(a), i]));
      assert.deepEqual(kept.map(key), expected.sort((a, b) => order.get(key(a))! - order.get(key(b))!).map(key), `limit ${limit}`);
    }
    const byDefault = service().analyze(TextDocument.create('file:///w/big.yaml', 'yaml', 1, big.text));
    assert.equal(flatten(service().findDocumentSymbols(byDefault)).length, Math.min(5_000, all.length));
    assert.equal(service().getFoldingRanges(byDefault).length, 5_000, 'the folding ranges too, with no rangeLimit');
    assert.equal(service().getFoldingRanges(byDefault, { rangeLimit: 6_000 }).length, 5_000, 'a rangeLimit above it');
    assert.equal(service().getFoldingRanges(byDefault, { rangeLimit: 1_000 }).length, 1_000, 'a rangeLimit below it');
  });

  it('a rangeLimit keeps the outermost ranges (every range around a kept one is kept), in document order', () => {
    const analysis = analyzed(big.text);
    const all = service().getFoldingRanges(analysis);
    for (const limit of [0, 1, 5, 1_000, 5_000]) {
      const kept = service().getFoldingRanges(analysis, { rangeLimit: limit });
      assert.equal(kept.length, limit);
      const keys = new Set(kept.map((r) => `${r.startLine}:${r.endLine}`));
      let next = 0;
      for (const range of kept) {
        while (next < all.length && (all[next].startLine !== range.startLine || all[next].endLine !== range.endLine)) next++;
        assert.ok(next++ < all.length, `${range.startLine}-${range.endLine}: of the unlimited ranges, in their order (limit ${limit})`);
      }
      for (const range of kept) {
        const around = all.filter((r) => r !== range && r.startLine <= range.startLine && r.endLine >= range.endLine && !(r.startLine === range.startLine && r.endLine === range.endLine));
        assert.ok(around.every((r) => keys.has(`${r.startLine}:${r.endLine}`)), `the ranges around ${range.startLine}-${range.endLine} are kept (limit ${limit})`);
      }
    }
    assert.deepEqual(service().getFoldingRanges(analysis, { rangeLimit: all.length }), all, 'a limit it fits under keeps all');
  });
});

describe('PositionCursor', () => {
  const texts = ['', 'x', '\n', 'a\nb', 'a\r\nb\rc\n\nd\r\n', '\r\n\r\n', 'ab\r', 'one\ntwo\r\nthree\rfour\n\r\nfive'];
  for (const text of texts) {
    it(`is positionAt for any offset, in any order: ${JSON.stringify(text)}`, () => {
      const document = TextDocument.create('file:///t.yaml', 'yaml', 1, text);
      const cursor = new PositionCursor(document);
      const offsets = [...Array.from({ length: text.length + 1 }, (_, i) => i), -3, text.length + 4];
      for (const order of [offsets, [...offsets].reverse(), offsets.map((_, i) => offsets[(i * 7) % offsets.length])]) {
        for (const offset of order) assert.deepEqual(cursor.positionAt(offset), document.positionAt(offset), `offset ${offset}`);
      }
    });
  }

  it('is positionAt on a big text, for offsets jumping far back and forth', () => {
    const document = TextDocument.create('file:///t.yaml', 'yaml', 1, big.text);
    const cursor = new PositionCursor(document);
    let seed = 7;
    for (let i = 0; i < 5_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const offset = i % 3 === 0 ? seed % big.text.length : Math.min(big.text.length, (seed % 200) + (i * 131) % big.text.length);
      assert.deepEqual(cursor.positionAt(offset), document.positionAt(offset), `offset ${offset}`);
    }
  });
});
