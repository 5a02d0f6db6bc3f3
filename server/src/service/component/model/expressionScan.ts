import { lineEnd, lineStart } from '../../edits/propertyEdits';

/** A `{{ … }}` found in the text: its braces and the trimmed text between them. */
export interface RawExpression {
  /** Offset of `{{`. */
  readonly offset: number;
  /** Offset just after `}}`. */
  readonly end: number;
  readonly text: string;
  readonly textOffset: number;
}

/**
 * Every `{{ … }}` between `from` and `to`, in order. An expression never spans lines; a run of
 * braces (`{{{ x }}}`, as in Dockerfile templates) counts from its last opening pair.
 */
export function scanExpressions(text: string, from: number, to: number, visit: (expression: RawExpression) => void): void {
  let i = text.indexOf('{{', from);
  while (i >= 0 && i + 1 < to) {
    let open = i;
    while (text.charCodeAt(open + 2) === 123 /* { */) open++;
    const close = text.indexOf('}}', open + 2);
    if (close < 0 || close + 2 > to) return;
    const inner = text.slice(open + 2, close);
    const nested = inner.lastIndexOf('{{');
    if (nested >= 0) {
      i = open + 2 + nested;
      continue;
    }
    if (!/[\r\n]/.test(inner)) visit(toExpression(open, close, inner));
    i = text.indexOf('{{', close + 2);
  }
}

function toExpression(open: number, close: number, inner: string): RawExpression {
  const leading = inner.length - inner.trimStart().length;
  return { offset: open, end: close + 2, text: inner.trim(), textOffset: open + 2 + leading };
}

/** The `{{ … }}` on the cursor's line that contains `offset` (braces included), if any. */
export function expressionAround(text: string, offset: number): RawExpression | undefined {
  let found: RawExpression | undefined;
  const start = lineStart(text, offset);
  scanExpressions(text, start, lineEnd(text, offset), (e) => {
    if (!found && e.offset <= offset && offset <= e.end) found = e;
  });
  return found;
}

/**
 * An expression being typed: a `{{` before the cursor on its line with no `}}` between them.
 * Returns the offset just after the braces.
 */
export function openExpressionBefore(text: string, offset: number): number | undefined {
  const start = lineStart(text, offset);
  const before = text.slice(start, offset);
  const open = before.lastIndexOf('{{');
  if (open < 0 || before.indexOf('}}', open) >= 0) return undefined;
  let after = open + 2;
  while (before.charCodeAt(after) === 123) after++;
  return start + after;
}
