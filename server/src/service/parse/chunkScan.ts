import { Slices } from '../util/slices';

/**
 * The linear scans of the chunked YAML parse (chunkedYaml.ts), in slices of about `SCAN_WINDOW`
 * characters: over a 4 MB text one whole scan is 4–8 ms, longer than a slice may be
 * (`lsp/slicedBuilds.ts`: 4 ms a turn). A windowed scan gives exactly the whole scan's result.
 */
export const SCAN_WINDOW = 256 * 1024;

/**
 * What the slices of a chunked parse did, counted as they go (tests and benches read it between
 * slices: the work of a slice bounded by something deterministic, not by time).
 */
export interface SliceMeter {
  /** Characters read by linear scans (regular expressions, line scans, the skeleton's copy). */
  scanned: number;
  /** Characters given to the YAML parser (a chunk, a skeleton parsed whole). */
  parsed: number;
  /** Nodes whose offsets were moved (the skeleton's remap). */
  moved: number;
}

/** A meter at zero. */
export function newMeter(): SliceMeter {
  return { scanned: 0, parsed: 0, moved: 0 };
}

/**
 * `regex.test(text)`, one window of lines a slice. Windows end just after a `\n`, so this is the whole
 * test for a regex (no `g` or `y` flag) whose matches hold no line break but at their two ends, and
 * whose `^` stands for a line start (as `(^|\n)` does): a window's `^` falls where the text has `\n`
 * before it, its `$` only after a `\n` (or at the text's end).
 */
export function* testByWindows(text: string, regex: RegExp, meter: SliceMeter): Slices<boolean> {
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from);
    meter.scanned += to - from;
    if (regex.test(text.slice(from, to))) return true;
    from = to;
    if (from < text.length) yield;
  }
  return false;
}

/** Just after the first `\n` at or past `from + SCAN_WINDOW`, or the text's end. */
function windowEnd(text: string, from: number): number {
  if (from + SCAN_WINDOW >= text.length) return text.length;
  const newline = text.indexOf('\n', from + SCAN_WINDOW);
  return newline < 0 ? text.length : newline + 1;
}

/** Consecutive dash lines at one column, each starting a block mapping with a plain key. */
export interface Run {
  readonly column: number;
  /** Where each dash line starts, and where its item (the mapping) starts. */
  readonly lines: number[];
  readonly items: number[];
}

/**
 * Runs of dash lines by indentation: a line indented less than a run, or a non-dash line at its column,
 * ends it. Yields after each `SCAN_WINDOW` of lines.
 */
export function* findRuns(text: string, meter: SliceMeter): Slices<Run[]> {
  const done: Run[] = [];
  const open: Run[] = [];
  let windowStart = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    if (lineStart - windowStart >= SCAN_WINDOW) {
      meter.scanned += lineStart - windowStart;
      windowStart = lineStart;
      yield;
    }
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const ch = text.charCodeAt(i);
    if (i < lineEnd && ch !== 13 /* \r */ && ch !== 35 /* # */) {
      const column = i - lineStart;
      while (open.length > 0 && open[open.length - 1].column > column) done.push(open.pop()!);
      const item = ch === 45 /* - */ ? itemAfterDash(text, i) : -1;
      const top = open[open.length - 1];
      if (item >= 0 && top?.column === column) {
        top.lines.push(lineStart);
        top.items.push(item);
      } else {
        if (top?.column === column) done.push(open.pop()!);
        if (item >= 0) open.push({ column, lines: [lineStart], items: [item] });
      }
    }
    lineStart = lineEnd + 1;
  }
  meter.scanned += text.length - windowStart;
  return done.concat(open);
}

/**
 * Where the mapping after `- ` starts (spaces skipped), if it opens with a plain key (`- name: x`,
 * `- name:`: a letter or `_`, then letters, digits, `_`, `.`, `-`, then `:` and a space or line end); else -1.
 */
function itemAfterDash(text: string, dash: number): number {
  if (text.charCodeAt(dash + 1) !== 32) return -1;
  let i = dash + 1;
  while (text.charCodeAt(i) === 32) i++;
  const start = i;
  if (!isKeyChar(text.charCodeAt(i), true)) return -1;
  while (isKeyChar(text.charCodeAt(i), false)) i++;
  const after = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 58 /* : */ && (i + 1 === text.length || after === 32 || after === 10 || after === 13) ? start : -1;
}

function isKeyChar(ch: number, first: boolean): boolean {
  const letter = (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95; /* A-Z a-z _ */
  return letter || (!first && ((ch >= 48 && ch <= 57) || ch === 46 || ch === 45)); /* 0-9 . - */
}
