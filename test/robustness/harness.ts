import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DocumentSymbol, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { loadBundledSchemas } from '../../server/src/node/loadSchemas';
import { AnalyzeOptions, getLanguageService, LanguageService } from '../../server/src/service/languageService';
import { expandItemDefaults, ITEM_DEFAULTS } from '../support/completionDefaults';

/**
 * Runs every service feature over one text and checks the invariants of issue 6: no exception
 * escapes, every range lies inside the document, and the results are deterministic.
 */

let shared: LanguageService | undefined;

export function service(): LanguageService {
  shared ??= getLanguageService({ schemas: loadBundledSchemas() });
  return shared;
}

export interface Subject {
  readonly text: string;
  readonly languageId: 'yaml' | 'json';
  readonly uri?: string;
  readonly options?: AnalyzeOptions;
  /** Cursor offsets for completion, hover, definition, references and rename (end of text if absent). */
  readonly offsets?: readonly number[];
}

/** Everything the service answers for a subject, as plain data. */
export function exercise(subject: Subject): unknown[] {
  const ls = service();
  const uri = subject.uri ?? `file:///robust/doc.${subject.languageId}`;
  const document = TextDocument.create(uri, subject.languageId, 1, subject.text);
  const analysis = ls.analyze(document, subject.options);
  const diagnostics = ls.doValidation(analysis);
  const results: unknown[] = [diagnostics, ls.findDocumentSymbols(analysis), ls.getFoldingRanges(analysis), ls.describeKind(analysis)];
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(subject.text.length) };
  results.push(ls.getCodeActions(analysis, whole, diagnostics));
  for (const offset of subject.offsets ?? [subject.text.length]) {
    const position = document.positionAt(offset);
    const completion = ls.doComplete(analysis, position);
    assert.deepEqual(expandItemDefaults(ls.doComplete(analysis, position, { itemDefaults: ITEM_DEFAULTS })), completion, 'a list with item defaults differs');
    results.push(
      completion,
      ls.doHover(analysis, position),
      ls.findDefinition(analysis, position),
      ls.findReferences(analysis, position, true),
      ls.prepareRename(analysis, position),
      ls.doRename(analysis, position, 'renamed'),
    );
  }
  return results;
}

/** Exercises a subject twice, checking ranges and that both runs agree. Returns the diagnostics. */
export function checkSubject(subject: Subject): Diagnostic[] {
  const first = exercise(subject);
  const document = TextDocument.create('file:///check', subject.languageId, 1, subject.text);
  checkRanges(document, first, '$', { childSymbols: true });
  const second = exercise(subject);
  assert.equal(JSON.stringify(second), JSON.stringify(first), 'results differ between two runs');
  return first[0] as Diagnostic[];
}

/** Walks any result value and checks every LSP range (and folding range) it holds. */
export function checkRanges(document: TextDocument, value: unknown, path = '$', options: { childSymbols?: boolean } = {}): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkRanges(document, item, `${path}[${i}]`, options));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (isRange(value)) checkRange(document, value, path);
  if (typeof record.startLine === 'number' && typeof record.endLine === 'number') {
    assert.ok(record.startLine >= 0 && record.startLine <= (record.endLine as number) && (record.endLine as number) < document.lineCount, `${path}: folding range outside the document`);
  }
  if (isRange(record.range) && isRange(record.selectionRange)) {
    assert.ok(contains(record.range, record.selectionRange), `${path}: selectionRange not inside range`);
    if (options.childSymbols !== false) {
      for (const child of (record as unknown as DocumentSymbol).children ?? []) assert.ok(contains(record.range, child.range), `${path}: child symbol outside its parent`);
    }
  }
  if (typeof record.newText === 'string') assert.ok(isRange(record.range), `${path}: text edit without a range`);
  for (const [key, child] of Object.entries(record)) if (key !== 'data' || typeof child === 'object') checkRanges(document, child, `${path}.${key}`, options);
}

function isRange(value: unknown): value is Range {
  const r = value as Range | undefined;
  return !!r && typeof r === 'object' && isPosition(r.start) && isPosition(r.end);
}

function isPosition(value: unknown): value is Position {
  const p = value as Position | undefined;
  return !!p && typeof p === 'object' && typeof p.line === 'number' && typeof p.character === 'number';
}

function checkRange(document: TextDocument, range: Range, path: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `${path}: non-integer position`);
    assert.ok(position.line >= 0 && position.line < document.lineCount, `${path}: line ${position.line} outside 0..${document.lineCount - 1}`);
    const length = lineLength(document, position.line);
    assert.ok(position.character >= 0 && position.character <= length, `${path}: character ${position.character} past the end of line ${position.line} (${length})`);
  }
  assert.ok(compare(range.start, range.end) <= 0, `${path}: range ends before it starts`);
}

/** The length of a line without its line break. */
function lineLength(document: TextDocument, line: number): number {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.replace(/\r?\n$|\r$/, '').length;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function contains(outer: Range, inner: Range): boolean {
  return compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0;
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const document = TextDocument.create('file:///apply', 'yaml', 1, text);
  return TextDocument.applyEdits(document, [...edits]);
}
