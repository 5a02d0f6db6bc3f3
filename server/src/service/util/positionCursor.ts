import { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import { OffsetRange } from '../kindSupport';

/**
 * Offsets → positions for many offsets in (about) document order: `document.positionAt` is a binary search
 * over all the lines each time (18 steps at 4 MB); this cursor starts from the line of the previous
 * offset and gallops from there (one or two steps for the next node of a walk), reading line starts
 * with `offsetAt({ line, character: 0 })`, which is a lookup. Any order is right, only slower. Positions
 * are `positionAt`'s: an offset in the middle of a CRLF is at the end of its line's text.
 */
export class PositionCursor {
  private line = 0;
  private readonly text: string;
  private readonly lines: number;

  constructor(private readonly document: TextDocument) {
    this.text = document.getText();
    this.lines = document.lineCount;
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(at);
    this.line = line;
    const lineStart = this.start(line);
    let end = at;
    while (end > lineStart && isEol(this.text.charCodeAt(end - 1))) end--;
    return { line, character: end - lineStart };
  }

  /** `toLsp.toRange`'s range: the offset clamped to the text, the length at least 0. */
  range(range: OffsetRange): Range {
    return { start: this.startOf(range), end: this.endOf(range) };
  }

  /** `range(range).start` alone. */
  startOf(range: OffsetRange): Position {
    return this.positionAt(range.offset);
  }

  /** `range(range).end` alone. */
  endOf(range: OffsetRange): Position {
    return this.positionAt(Math.max(0, Math.min(range.offset, this.text.length)) + Math.max(0, range.length));
  }

  /** The line whose start is the last at or before `at` (`at` within the text). */
  private lineOf(at: number): number {
    const from = this.line;
    let low: number;
    let high: number;
    if (this.start(from) <= at) {
      // Forward: the line start after `at` (or the end), doubling the step.
      low = from;
      high = from + 1;
      for (let step = 1; high < this.lines && this.start(high) <= at; step *= 2) {
        low = high;
        high = Math.min(this.lines, from + step * 2);
      }
    } else {
      high = from;
      low = from - 1;
      for (let step = 1; low > 0 && this.start(low) > at; step *= 2) {
        high = low;
        low = Math.max(0, from - step * 2);
      }
    }
    // start(low) <= at < start(high) (or high is the line count).
    while (high - low > 1) {
      const mid = (low + high) >>> 1;
      if (this.start(mid) <= at) low = mid;
      else high = mid;
    }
    return low;
  }

  private start(line: number): number {
    return this.document.offsetAt({ line, character: 0 });
  }
}

function isEol(ch: number): boolean {
  return ch === 13 || ch === 10;
}
