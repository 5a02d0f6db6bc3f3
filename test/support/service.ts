import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';
import { Analysis, AnalyzeOptions } from '../../server/src/service/languageService';
import { CURSOR, service } from './harness';

export { CURSOR, service } from './harness';

export interface Fixture {
  readonly document: TextDocument;
  readonly analysis: Analysis;
  /** The cursor's offset, when the text had a `CURSOR` marker (which is removed). */
  readonly offset: number;
}

/** A document from text with an optional `CURSOR` marker; language from `name`'s extension. */
export function fixture(text: string, name = 'file.json', options: AnalyzeOptions = {}): Fixture {
  const offset = text.indexOf(CURSOR);
  const clean = offset >= 0 ? text.slice(0, offset) + text.slice(offset + CURSOR.length) : text;
  const languageId = name.endsWith('.json') ? 'json' : 'yaml';
  const document = TextDocument.create(`file:///work/${name}`, languageId, 1, clean);
  return { document, analysis: service().analyze(document, options), offset };
}

/**
 * Diagnostics as `L<line> <severity> <code> [<text under the range>] <message>` lines, sorted by position:
 * the covered text, not a column number, says where each one is.
 */
export function diagnosticsText(document: TextDocument, diagnostics: readonly Diagnostic[]): string {
  const names = ['', 'error', 'warning', 'info', 'hint'];
  return diagnostics
    .slice()
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map((d) => `L${d.range.start.line + 1} ${names[d.severity ?? 1]} ${String(d.code)} [${document.getText(d.range)}] ${d.message}`)
    .join('\n');
}

export function validate(text: string, name?: string, options?: AnalyzeOptions): string {
  const { analysis, document } = fixture(text, name, options);
  return diagnosticsText(document, service().doValidation(analysis));
}

export function completions(text: string, name?: string): CompletionItem[] {
  const f = fixture(text, name);
  return service().doComplete(f.analysis, f.document.positionAt(f.offset)).items;
}

/** Completion labels in the order an editor shows them (by sortText). */
export function completionLabels(text: string, name?: string): string[] {
  return completions(text, name)
    .slice()
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))
    .map((item) => item.label);
}

export function hoverText(text: string, name?: string): string | undefined {
  const f = fixture(text, name);
  const hover: Hover | null = service().doHover(f.analysis, f.document.positionAt(f.offset));
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

/** Applies a completion item's text edit, turning snippet placeholders into their defaults. */
export function applyCompletion(text: string, label: string, name?: string): string {
  const f = fixture(text, name);
  const item = service().doComplete(f.analysis, f.document.positionAt(f.offset)).items.find((i) => i.label === label);
  if (!item?.textEdit || !('range' in item.textEdit)) throw new Error(`no completion '${label}'`);
  const edit = item.textEdit;
  const plain = edit.newText
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\t/g, '  ');
  return TextDocument.applyEdits(f.document, [{ range: edit.range, newText: plain }]);
}
