import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, Diagnostic, MarkupContent } from 'vscode-languageserver-types';
import { loadBundledSchemas } from '../../server/src/node/loadSchemas';
import { Analysis, getLanguageService, LanguageService, normalizeSettings } from '../../server/src/service/languageService';
import { applyEdit } from './applyCompletion';
import { CURSOR } from './cursor';

/** The one cursor marker (`open` removes the first one). */
export { CURSOR };

let cached: LanguageService | undefined;

export function service(): LanguageService {
  return (cached ??= getLanguageService({ schemas: loadBundledSchemas() }));
}

export interface OpenOptions {
  readonly languageId?: 'yaml' | 'json' | 'terraform';
  /**
   * The file's name (a path under `file:///work/`), as detection by file name sees it; its extension
   * gives the language when `languageId` is absent (`.json`, `.tf`, else YAML). Ignored when `uri` is given.
   */
  readonly name?: string;
  readonly settings?: unknown;
  readonly uri?: string;
  /** A kind chosen for the document (as the "choose kind" command does); detected when absent. */
  readonly kind?: string;
  /** The service to analyse with (Terraform files need `terraformService()`); `service()` when absent. */
  readonly service?: LanguageService;
}

/** Analyses `text` (the cursor marker removed); returns the analysis and the cursor's offset (0 without a marker). */
export function open(text: string, options: OpenOptions = {}): { analysis: Analysis; offset: number; document: TextDocument } {
  const offset = text.indexOf(CURSOR);
  const clean = offset >= 0 ? text.slice(0, offset) + text.slice(offset + CURSOR.length) : text;
  const languageId = options.languageId ?? languageOfName(options.name ?? '');
  const uri = options.uri ?? (options.name === undefined ? `file:///test/component.${languageId === 'json' ? 'json' : 'yml'}` : `file:///work/${options.name}`);
  const document = TextDocument.create(uri, languageId, 1, clean);
  const settings = options.settings === undefined ? undefined : normalizeSettings(options.settings);
  const analysis = serviceOf(options).analyze(document, { settings, kindOverride: options.kind ?? null });
  return { analysis, offset: Math.max(0, offset), document };
}

function languageOfName(name: string): 'yaml' | 'json' | 'terraform' {
  return name.endsWith('.json') ? 'json' : name.endsWith('.tf') ? 'terraform' : 'yaml';
}

function serviceOf(options: OpenOptions): LanguageService {
  return options.service ?? service();
}

/**
 * The tests' one diagnostic format: `line:col severity code [covered text] message` lines (1-based), in
 * document order. The covered text (a newline shown as `\n`) says what the range is, the position where.
 */
export function diagnosticsText(text: string, options: OpenOptions = {}): string[] {
  const { analysis, document } = open(text, options);
  return diagnosticLines(document, serviceOf(options).doValidation(analysis));
}

/** `diagnostics` of `document` in `diagnosticsText`'s form. */
export function diagnosticLines(document: TextDocument, diagnostics: readonly Diagnostic[]): string[] {
  const severities = ['', 'error', 'warning', 'info', 'hint'];
  return diagnostics
    .slice()
    .sort(byPosition)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${severities[d.severity ?? 1]} ${String(d.code)} [${document.getText(d.range).replace(/\n/g, '\\n')}] ${d.message}`);
}

export function diagnostics(text: string, options: OpenOptions = {}): Diagnostic[] {
  return serviceOf(options).doValidation(open(text, options).analysis).sort(byPosition);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** The completion items at the cursor. */
export function completions(text: string, options: OpenOptions = {}): CompletionItem[] {
  const { analysis, document, offset } = open(text, options);
  return serviceOf(options).doComplete(analysis, document.positionAt(offset)).items;
}

/** The labels of the completion items at the cursor, in the order the editor would sort them. */
export function completionLabels(text: string, options: OpenOptions = {}): string[] {
  return completions(text, options)
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label))
    .map((i) => i.label);
}

/** The text after accepting the completion item `label` at the cursor (`applyEdit`: a snippet expanded). */
export function applyCompletion(text: string, label: string, options: OpenOptions = {}): string {
  const { analysis, document, offset } = open(text, options);
  const item = serviceOf(options).doComplete(analysis, document.positionAt(offset)).items.find((i) => i.label === label);
  if (!item) throw new Error(`no completion '${label}'`);
  return applyEdit(document, item);
}

/** The text a completion item inserts. */
export function insertText(item: CompletionItem): string {
  return item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText ?? item.label;
}

/** The hover markdown at the cursor, or null. */
export function hoverText(text: string, options: OpenOptions = {}): string | null {
  const { analysis, document, offset } = open(text, options);
  const hover = serviceOf(options).doHover(analysis, document.positionAt(offset));
  return hover ? (hover.contents as MarkupContent).value : null;
}

/** A minimal component document around `steps` (YAML lines of a build phase's steps, indented 6). */
export function component(steps: string, head = ''): string {
  return `${head}schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n${steps}`;
}
