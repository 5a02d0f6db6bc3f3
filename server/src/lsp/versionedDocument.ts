import { TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { composeEdits, TextEdit } from '../service/util/textEdit';

/**
 * What one version's changes made of the version before it (`from`), as one edit, linked to that version's
 * own: the way back to an older version, without holding its text. A chain of `MAX_STEPS` starts again:
 * the version before is always known, older ones up to `MAX_STEPS` back.
 */
interface Step {
  readonly from: number;
  readonly edit: TextEdit;
  readonly before: Step | undefined;
  readonly depth: number;
}

/** How many versions back `editSince` sees at most: a minute of typing; further back the texts are compared. */
const MAX_STEPS = 256;

/**
 * A text document that is one version and never changes. vscode-languageserver-textdocument's documents
 * are updated in place by each edit, so work that outlives the turn it began in (a big document's build in
 * slices, an answer from an older analysis) needed a copy of its version, and a copy made with
 * `TextDocument.create` computes its line offsets again: a scan of the whole text (tens of milliseconds
 * at 4 MB) on its first position. Here each edit makes a new document whose line offsets are the previous
 * version's, copied and brought up to date for the change (O(lines) of copying, no scan of the text).
 * Positions and offsets behave as `TextDocument.create`'s do (`test/lsp/versionedDocument.test.ts`).
 *
 * What an edit of a 4 MB text (190,000 lines) costs: the new text is a concatenation (a V8 cons string,
 * no copy); it is flattened (4 MB copied, ~2 ms) by its first reader, not here, as nothing here reads its
 * characters. The line offsets are an `Int32Array` (copied with `set`, ~0.2 ms, and outside the JS heap)
 * rather than an array of numbers (1 ms to copy, and a 1.5 MB object for the collector each version).
 */
class VersionedDocument implements TextDocument {
  constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    private readonly text: string,
    /** The offset of each line's start; computed at the first position asked when not given. */
    private lineOffsets?: Int32Array,
    /** How this version was made from the one before it, when it was made by an edit. */
    private readonly step?: Step,
  ) {}

  /**
   * What changed from this document's version `version` to this one, as one edit of that version's text
   * (a range covering every change, the texts the same outside it); undefined when `version` is not one
   * of the versions it was made from, or too far back (`Step`).
   */
  editSince(version: number): TextEdit | undefined {
    let edit: TextEdit | undefined;
    for (let step = this.step; step; step = step.before) {
      edit = edit ? composeEdits(step.edit, edit) : step.edit;
      if (step.from === version) return edit;
    }
    return undefined;
  }

  getText(range?: Range): string {
    return range ? this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.text;
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    const offsets = this.offsets();
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (offsets[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(at, offsets[line]) - offsets[line] };
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= offsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line];
    if (position.character <= 0) return lineOffset;
    return this.beforeEol(Math.min(lineOffset + position.character, this.lineEnd(position.line)), lineOffset);
  }

  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - offsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = offsets[line];
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(this.lineEnd(line), start) - start } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.offsets();
    if (line < 0 || line >= offsets.length) return '';
    const end = this.lineEnd(line);
    return this.text.substring(this.beforeEol(end, offsets[line]), end);
  }

  /** The next version: a new document; this one is left as it was. */
  withChanges(changes: readonly TextDocumentContentChangeEvent[], version: number): VersionedDocument {
    let text = this.text;
    let lineOffsets = this.lineOffsets;
    let edit: TextEdit | undefined;
    for (const change of changes) {
      const [next, made] = new VersionedDocument(this.uri, this.languageId, version, text, lineOffsets).withChange(change, version);
      edit = edit ? composeEdits(edit, made) : made;
      ({ text, lineOffsets } = next);
    }
    const before = this.step && this.step.depth < MAX_STEPS ? this.step : undefined;
    const step: Step | undefined = edit && { from: this.version, edit, before, depth: (before?.depth ?? 0) + 1 };
    return new VersionedDocument(this.uri, this.languageId, version, text, lineOffsets, step);
  }

  private withChange(change: TextDocumentContentChangeEvent, version: number): [VersionedDocument, TextEdit] {
    if (!('range' in change)) return [new VersionedDocument(this.uri, this.languageId, version, change.text), { start: 0, oldEnd: this.text.length, delta: change.text.length - this.text.length }];
    const range = ordered(change.range);
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    const edit: TextEdit = { start, oldEnd: end, delta: change.text.length - (end - start) };
    const text = this.text.substring(0, start) + change.text + this.text.substring(end);
    const insertedEnd = start + change.text.length;
    // A CRLF pair across an edit's boundary is not in the inserted text's lines: counted again from the text.
    // Its characters are read from the two texts it is made of (reading the new one would flatten it).
    const at = (i: number) => (i < start ? this.text.charCodeAt(i) : i < insertedEnd ? change.text.charCodeAt(i - start) : this.text.charCodeAt(i - insertedEnd + end));
    const crlfAt = (i: number) => i >= 0 && at(i) === 13 && at(i + 1) === 10;
    if (crlfAt(start - 1) || crlfAt(insertedEnd - 1)) return [new VersionedDocument(this.uri, this.languageId, version, text), edit];
    const offsets = this.offsets();
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.min(Math.max(range.end.line, 0), offsets.length - 1);
    const shift = change.text.length - (end - start);
    const added = lineStarts(change.text, false, start);
    const head = offsets.subarray(0, startLine + 1);
    const tail = offsets.subarray(endLine + 1);
    const next = new Int32Array(head.length + added.length + tail.length);
    next.set(head);
    next.set(added, head.length);
    next.set(tail, head.length + added.length);
    if (shift !== 0) for (let line = head.length + added.length; line < next.length; line++) next[line] += shift;
    return [new VersionedDocument(this.uri, this.languageId, version, text, next), edit];
  }

  /** Where the line after `line` starts (the text's end for the last line). */
  private lineEnd(line: number): number {
    const offsets = this.offsets();
    return line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
  }

  private offsets(): Int32Array {
    return (this.lineOffsets ??= lineStarts(this.text, true, 0));
  }

  private beforeEol(offset: number, lineOffset: number): number {
    let at = offset;
    while (at > lineOffset && isEol(this.text.charCodeAt(at - 1))) at--;
    return at;
  }
}

/** The server's documents (`TextDocuments`): a new object for each version. */
export const versionedDocuments: TextDocumentsConfiguration<TextDocument> = {
  create: (uri, languageId, version, content) => new VersionedDocument(uri, languageId, version, content),
  update: (document, changes, version) => {
    if (!(document instanceof VersionedDocument)) throw new Error('versionedDocuments.update: not a versioned document');
    return document.withChanges(changes, version);
  },
};

/**
 * The offsets where lines start (`\n`, `\r\n`, `\r` end a line); with `first`, the text's start too. A text
 * without `\r` is searched with `indexOf` (a 4.3 MB document's 190,000 lines: 3–5 ms instead of 17–23 ms of a
 * loop over every character, which the first edit of a just-opened big document paid in one turn).
 */
function lineStarts(text: string, first: boolean, base: number): Int32Array {
  if (text.indexOf('\r') !== -1) return Int32Array.from(lineStartsWithCr(text, first, base));
  let count = first ? 1 : 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let k = 0;
  if (first) starts[k++] = base;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = base + i + 1;
  return starts;
}

function lineStartsWithCr(text: string, first: boolean, base: number): number[] {
  const starts = first ? [base] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (!isEol(ch)) continue;
    if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
    starts.push(base + i + 1);
  }
  return starts;
}

function isEol(ch: number): boolean {
  return ch === 13 || ch === 10;
}

function ordered(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/**
 * This version of `document` as a value: itself when it is one of `versionedDocuments`' (it never
 * changes), else a copy of its text (whose line offsets are counted again at its first position).
 */
export function versionOf(document: TextDocument): TextDocument {
  return document instanceof VersionedDocument ? document : TextDocument.create(document.uri, document.languageId, document.version, document.getText());
}

/**
 * What changed from `document`'s version `version` to `document`, as one edit (`VersionedDocument.editSince`);
 * undefined when that is not known (not one of `versionedDocuments`', or too many versions back).
 */
export function editSince(document: TextDocument, version: number): TextEdit | undefined {
  return document instanceof VersionedDocument ? document.editSince(version) : undefined;
}
