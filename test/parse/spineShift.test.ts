import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from '../../bench/docs/component';
import { Analysis } from '../../server/src/service/languageService';
import { AstNode } from '../../server/src/service/ast/types';
import { parseText } from '../../server/src/service/parse/parse';
import { ConsumedVersionError } from '../../server/src/service/util/consume';
import { summary } from '../support/parseCompare';
import { service } from '../support/harness';

/**
 * Issue 19: offsets are relative to the parent, so an edit the incremental re-parse takes writes only
 * the ancestors of the edit (they grow) and, on each, the direct children after it (they move with
 * their subtrees), at once, in the re-parse's one slice. Counted in nodes, not time: a node is written
 * when its offset relative to its parent, its length or its colon's place in it changed; nearly every
 * node after the edit moves, and the tree is the full parse's.
 */
const doc = componentDocument(5_000);
const uri = 'file:///w/big.yaml';

interface Seen {
  readonly node: AstNode;
  readonly offset: number;
  /** Offset relative to the parent, length, colon relative to the property: what a write changes. */
  readonly stored: string;
}

const stored = (node: AstNode): string =>
  `${node.offset - (node.parent?.offset ?? 0)}:${node.length}:${node.type === 'property' && node.colonOffset !== undefined ? node.colonOffset - node.offset : ''}`;

function children(node: AstNode): readonly AstNode[] {
  if (node.type === 'object') return node.properties;
  if (node.type === 'array') return node.items;
  if (node.type === 'property') return node.valueNode ? [node.keyNode, node.valueNode] : [node.keyNode];
  return [];
}

function seen(root: AstNode | undefined): Seen[] {
  const found: Seen[] = [];
  const pending = root ? [root] : [];
  while (pending.length > 0) {
    const node = pending.pop()!;
    found.push({ node, offset: node.offset, stored: stored(node) });
    pending.push(...children(node));
  }
  return found;
}

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

describe('an edit writes the spine and its later siblings, not every node after it (issue 19)', () => {
  it('moves most nodes by writing a few, in the first slice, consumes the previous version, and gives the full parse\'s tree', () => {
    const s = service();
    let previous: Analysis = s.analyze(TextDocument.create(uri, 'yaml', 1, doc.text));
    let version = 1;
    let text = doc.text;
    for (const { name, edit } of EDITS) {
      const next = edit(text);
      const before = seen(previous.parsed.root);
      const slices = s.analyzeInSlices(TextDocument.create(uri, 'yaml', ++version, next), { previous });
      let step = slices.next();
      assert.throws(() => previous.parsed, ConsumedVersionError, `${name}: the previous version is taken over in the first slice`);
      // After the first slice every surviving node is already where the new text has it.
      const movedAfterFirst = before.filter((b) => b.node.offset !== b.offset).length;
      while (!step.done) step = slices.next();
      const analysis = step.value;
      const replaced = analysis.parsed.replaced;
      assert.ok(replaced, `${name}: taken by the incremental re-parse`);
      const moved = before.filter((b) => b.node.offset !== b.offset).length;
      assert.equal(movedAfterFirst, moved, `${name}: nothing moves after the re-parse's slice`);
      assert.ok(moved > before.length / 2, `${name}: most nodes move (${moved} of ${before.length})`);
      // What could be written: the replacement's ancestors and their children.
      let bound = 0;
      for (let a = replaced.replacement.parent; a; a = a.parent) bound += 1 + children(a).length;
      const written = before.filter((b) => b.node !== replaced.old && stored(b.node) !== b.stored).length;
      assert.ok(written <= bound, `${name}: ${written} nodes written, more than the spine's ${bound}`);
      assert.ok(written * 20 < moved, `${name}: ${written} nodes written to move ${moved}`);
      previous = analysis;
      text = next;
    }
    const expected = summary(parseText(text, 'yaml'));
    assert.deepEqual(summary(previous.parsed), expected);
  });
});
