import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from '../../bench/docs/component';
import { Analysis } from '../../server/src/service/languageService';
import { AstNode } from '../../server/src/service/ast/types';
import { SHIFT_SLICE_NODES } from '../../server/src/service/parse/incrementalTree';
import { parseText } from '../../server/src/service/parse/parse';
import { ConsumedVersionError } from '../../server/src/service/util/consume';
import { summary } from '../support/parseCompare';
import { service } from '../support/harness';

/**
 * Issue 19: an edit the incremental re-parse takes shifts the nodes after it in slices (a keystroke near
 * the top of a big component moves nearly all of its nodes), so a host answers other requests between
 * them. Counted in nodes, not time: each slice moves a bounded number; the result is the full parse's.
 */
const doc = componentDocument(5_000);
const uri = 'file:///w/big.yaml';

/** Every node of the tree with its offset (the take-over keeps the objects: a shifted node's offset changes). */
function offsets(root: AstNode | undefined): Array<[AstNode, number]> {
  const found: Array<[AstNode, number]> = [];
  const visit = (node: AstNode): void => {
    found.push([node, node.offset]);
    if (node.type === 'object') node.properties.forEach(visit);
    else if (node.type === 'array') node.items.forEach(visit);
    else if (node.type === 'property') {
      visit(node.keyNode);
      if (node.valueNode) visit(node.valueNode);
    }
  };
  if (root) visit(root);
  return found;
}

const moved = (nodes: ReadonlyArray<[AstNode, number]>) => nodes.reduce((n, [node, offset]) => n + (node.offset !== offset ? 1 : 0), 0);

/**
 * The edits, each from the text the one before made: a keystroke in the description (the bench's), a
 * parameter inserted (lines move), a keystroke in a step of the build phase and its deletion.
 */
const EDITS: ReadonlyArray<{ name: string; edit: (text: string) => string }> = [
  { name: 'a keystroke in the description', edit: (text) => insert(text, text.indexOf('Generated') + 'Generated'.length, 'x') },
  { name: 'a parameter inserted', edit: (text) => insert(text, text.indexOf('  - Version:'), '  - Extra:\n      type: string\n      default: x\n') },
  { name: 'a keystroke in a step', edit: (text) => insert(text, stepAt(text), 'y') },
  { name: 'the keystroke deleted', edit: (text) => text.slice(0, stepAt(text) - 1) + text.slice(stepAt(text)) },
];
/** Where the bench's keystroke goes (after `action: ExecuteBash` in the middle of the build phase), in a text with lines added above. */
const stepAt = (text: string) => doc.keystroke.offset + text.indexOf('\nconstants:') - doc.text.indexOf('\nconstants:') + (text.includes('ExecuteBashy') ? 1 : 0);
const insert = (text: string, at: number, what: string) => `${text.slice(0, at)}${what}${text.slice(at)}`;

describe('the incremental re-parse shifts in slices (issue 19)', () => {
  it('yields every few thousand nodes, consumes the previous version before the shift, and gives the full parse\'s tree', () => {
    const s = service();
    let previous: Analysis = s.analyze(TextDocument.create(uri, 'yaml', 1, doc.text));
    let version = 1;
    let text = doc.text;
    for (const { name, edit } of EDITS) {
      const next = edit(text);
      const before = offsets(previous.parsed.root);
      const slices = s.analyzeInSlices(TextDocument.create(uri, 'yaml', ++version, next), { previous });
      const perSlice: number[] = [];
      let done = 0;
      let step = slices.next();
      assert.throws(() => previous.parsed, ConsumedVersionError, `${name}: the previous version is taken over in the first slice`);
      for (; !step.done; step = slices.next()) {
        const now = moved(before);
        perSlice.push(now - done);
        done = now;
      }
      const analysis = step.value;
      const total = moved(before);
      assert.ok(analysis.parsed.replaced, `${name}: taken by the incremental re-parse`);
      assert.ok(total > before.length / 2, `${name}: most nodes move (${total} of ${before.length})`);
      // The slices after the shift are the symbol table's (`KindSupport.prepare`: the previous analysis had none).
      while (perSlice.length > 1 && perSlice[perSlice.length - 1] === 0) perSlice.pop();
      // A slice ends after the first small subtree (a step) that reaches the budget: at least it, at most twice it.
      const last = perSlice.pop()!;
      assert.ok(perSlice.length >= Math.floor(total / (2 * SHIFT_SLICE_NODES)) && perSlice.length >= 2, `${name}: ${perSlice.length} slices for ${total} nodes`);
      assert.ok(perSlice.every((n) => n >= SHIFT_SLICE_NODES && n <= 2 * SHIFT_SLICE_NODES) && last < 2 * SHIFT_SLICE_NODES, `${name}: ${[...perSlice, last].join(', ')} nodes a slice`);
      previous = analysis;
      text = next;
    }
    // The same tree as the full parse's, and as the synchronous analyses' (the same slices run to their end).
    const expected = summary(parseText(text, 'yaml'));
    assert.deepEqual(summary(previous.parsed), expected);
    let synchronous = s.analyze(TextDocument.create(uri, 'yaml', 1, doc.text));
    text = doc.text;
    for (const { edit } of EDITS) {
      text = edit(text);
      synchronous = s.analyze(TextDocument.create(uri, 'yaml', ++version, text), { previous: synchronous });
      assert.ok(synchronous.parsed.replaced);
    }
    assert.deepEqual(summary(synchronous.parsed), expected);
  });
});
