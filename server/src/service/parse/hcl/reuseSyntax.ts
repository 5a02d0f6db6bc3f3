import { HclEdit, HclRange, Reuse, Syn } from './syntax';

/**
 * After tree-sitter's incremental re-parse, the top-level items (blocks, attributes) of the previous
 * version's copy that the new tree has unchanged, for `mirror` to take instead of walking into them (a
 * node copied out of WASM memory is seven calls into WASM). An item is taken when it lies clear of the
 * edit (at least one character away) and of every range tree-sitter reports changed, and the previous
 * copy has an item of the same type at the same place: as it is before the edit, shifted after it. The
 * text inside such an item is the same, and so is its syntax.
 */
export function topLevelReuse(previous: Syn, edit: HclEdit, changed: readonly HclRange[]): Reuse {
  const body = previous.children.find((c) => c.type === 'body');
  if (!body) return () => undefined;
  const byStart = new Map<number, Syn>();
  for (const item of body.children) if (!byStart.has(item.start)) byStart.set(item.start, item);
  const delta = edit.newEndIndex - edit.oldEndIndex;
  return (node, parent, depth) => {
    // The root's children are at depth 1; the items of its body at 2.
    if (depth !== 2 || parent.type !== 'body') return undefined;
    const before = node.end < edit.startIndex;
    if (!before && node.start <= edit.newEndIndex) return undefined;
    if (changed.some((range) => range.startIndex <= node.end && node.start <= range.endIndex)) return undefined;
    const shift = before ? 0 : delta;
    const old = byStart.get(node.start - shift);
    if (!old || old.end !== node.end - shift || old.type !== node.type || old.named !== node.named || old.missing !== node.missing || old.field !== node.field) return undefined;
    return shift === 0 ? old : shifted(old, shift);
  };
}

/** A copy of the subtree `delta` further on (iterative: an item may nest deeply). */
function shifted(node: Syn, delta: number): Syn {
  const root = moved(node, delta);
  const stack: Array<readonly [Syn, Syn]> = [[node, root]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    for (const child of from.children) {
      const copy = moved(child, delta);
      to.children.push(copy);
      if (child.children.length > 0) stack.push([child, copy]);
    }
  }
  return root;
}

/** The node alone, `delta` further on (its fields in `mirror`'s order, so that every copy has one shape). */
function moved(node: Syn, delta: number): Syn {
  return { type: node.type, start: node.start + delta, end: node.end + delta, named: node.named, missing: node.missing, field: node.field, children: [] };
}
