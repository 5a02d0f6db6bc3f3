import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, InsertReplaceEdit, Location, MarkupKind, Position, Range, SymbolInformation, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-types';
import { analyze, analyzeInSlices, Analysis, AnalyzeOptions } from './analysis';
import { finish, Slices } from './util/slices';
import { documentSymbolsInSlices, FoldingOptions, foldingRangesInSlices } from './features/symbolsAndFolding';
import { forClient } from './features/completion/clientText';
import { withDocumentSkeletons } from './features/completion/documentSkeletons';
import { generalProblems } from './generalProblems';
import { KINDS } from './kinds/kinds';
import { KindSupport, OffsetCompletionList, OffsetRange } from './kindSupport';
import { HclParser } from './parse/hcl/syntax';
import { ruleInfo, Severity } from './rules/ruleTable';
import { SchemaCatalog } from './schema/catalog';
import { SchemaFiles } from './schema/types';
import { SupportRegistry } from './supportRegistry';
import { codeActionsFor, toDiagnostic, toRange, withFixData } from './toLsp';
import { Problem } from './validation/problem';
import { arnCompletion } from './workspace/arnCompletion';
import { recipeProblems } from './workspace/recipeCheck';
import { summarize } from './workspace/summarize';
import { FileSummary, WorkspaceView } from './workspace/types';
import { workspaceHover } from './workspace/workspaceHover';
import { workspaceDefinition, workspaceReferences, workspaceSymbols } from './workspace/workspaceNavigation';

export { Analysis, AnalyzeOptions } from './analysis';
export { FoldingOptions } from './features/symbolsAndFolding';
export { HclTrees } from './parse/hcl/hclTrees';
export { normalizeSettings, DEFAULT_SETTINGS, Settings } from './settings';
export { FileSummary, WorkspaceView } from './workspace/types';
export { WorkspaceIndex } from './workspace/workspaceIndex';

export interface LanguageServiceParams {
  /** The bundled schemas, loaded by the host (the service reads no files). */
  readonly schemas: SchemaFiles;
  /**
   * The HCL parser for Terraform files, once the host has loaded it (it is WASM, loaded asynchronously:
   * `node/loadHcl.ts`). Until it gives one, HCL documents are analysed as `parsed.pending` and get nothing.
   */
  readonly hcl?: () => HclParser | undefined;
}

/** What the client can take in a completion list (from its `initialize` capabilities). */
export interface CompletionOptions {
  /**
   * `completionList.itemDefaults` (LSP 3.17). With `editRange`, the range every item replaces is sent
   * once in the list's `itemDefaults`, and each item carries only its text (`textEditText`, when it is
   * not the label): a 200-item list is about half the bytes.
   */
  readonly itemDefaults?: readonly string[];
  /**
   * `completionItem.snippetSupport`. Without it items are plain text on one line: a key alone when its
   * value is a block, no whole skeletons. Absent: true (the service's own callers; the LSP layer always says).
   */
  readonly snippetSupport?: boolean;
  /** `completionItem.insertReplaceSupport`: a word after the cursor is kept or replaced, as the user chooses. */
  readonly insertReplaceSupport?: boolean;
  /** `completionItem.labelDetailsSupport`: the detail is shown beside every label, not only the focused one. */
  readonly labelDetailsSupport?: boolean;
}

export interface KindDescription {
  readonly kind: string | null;
  readonly title: string | null;
  readonly platform?: string;
  readonly source: string;
}

/** The pure language service: text in, LSP-shaped results out. No I/O, no LSP connection. */
export interface LanguageService {
  analyze(document: TextDocument, options?: AnalyzeOptions): Analysis;
  /**
   * `analyze` in slices: yields between the chunks of a big YAML text's full parse (`util/slices.ts`), so
   * a host can answer requests between them; `options.previous` is consumed only by the last slice.
   */
  analyzeInSlices(document: TextDocument, options?: AnalyzeOptions): Slices<Analysis>;
  doValidation(analysis: Analysis): Diagnostic[];
  doComplete(analysis: Analysis, position: Position, options?: CompletionOptions): CompletionList;
  doHover(analysis: Analysis, position: Position): Hover | null;
  getCodeActions(analysis: Analysis, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
  findDefinition(analysis: Analysis, position: Position): Location[];
  findReferences(analysis: Analysis, position: Position, includeDeclaration: boolean): Location[];
  prepareRename(analysis: Analysis, position: Position): Range | null;
  doRename(analysis: Analysis, position: Position, newName: string): WorkspaceEdit | { error: string } | null;
  findDocumentSymbols(analysis: Analysis): DocumentSymbol[];
  /** `findDocumentSymbols` in slices (a big document's outline: `lsp/slicedRequests.ts`). Memoised per analysis. */
  documentSymbolsInSlices(analysis: Analysis): Slices<DocumentSymbol[]>;
  getFoldingRanges(analysis: Analysis, options?: FoldingOptions): FoldingRange[];
  /** `getFoldingRanges` in slices. Memoised per analysis and options. */
  foldingRangesInSlices(analysis: Analysis, options?: FoldingOptions): Slices<FoldingRange[]>;
  describeKind(analysis: Analysis): KindDescription;
  listKinds(): Array<{ kind: string; title: string }>;
  /** What the workspace index keeps of a file (components, recipes): no tree. */
  summarize(analysis: Analysis): FileSummary;
  /** `workspace/symbol` over the workspace's summaries. */
  findWorkspaceSymbols(workspace: WorkspaceView, query: string): SymbolInformation[];
}

export function getLanguageService(params: LanguageServiceParams): LanguageService {
  const catalog = new SchemaCatalog(params.schemas);
  const registry = new SupportRegistry({ catalog });
  const supportFor = (analysis: Analysis): KindSupport | undefined => {
    const kind = analysis.detection.kind;
    if (!kind || analysis.tooLarge) return undefined;
    return registry.forKind(kind);
  };
  const offsetOf = (analysis: Analysis, position: Position) => analysis.document.offsetAt(sanePosition(position));
  const locations = (analysis: Analysis, ranges: ReadonlyArray<{ offset: number; length: number }>): Location[] =>
    ranges.map((r) => ({ uri: analysis.document.uri, range: toRange(analysis.document, r) }));

  /**
   * Memoised per version and workspace generation: validation, and code actions that need the
   * diagnostics again, share one run; after the workspace changed, only the cross-file checks run again
   * (the kind's own problems are memoised per version).
   */
  const validate = (analysis: Analysis): Diagnostic[] => {
    const generation = analysis.workspace?.generation ?? 0;
    const memo = analysis.memo.get('diagnostics') as { generation: number; diagnostics: Diagnostic[] } | undefined;
    if (memo && memo.generation === generation) return memo.diagnostics;
    const diagnostics = validateNow(analysis);
    analysis.memo.set('diagnostics', { generation, diagnostics });
    return diagnostics;
  };
  const validateNow = (analysis: Analysis): Diagnostic[] => {
    if (!analysis.detection.kind) return [];
    const support = supportFor(analysis);
    const problems: Problem[] = [...generalProblems(analysis, support), ...(support?.validate(analysis) ?? [])];
    if (support) problems.push(...recipeProblems(analysis, analysis.workspace));
    return toDiagnostics(analysis, problems);
  };

  return {
    analyze: (document, options = {}) => analyze(document, { hcl: params.hcl?.(), ...options }),
    analyzeInSlices: (document, options = {}) => analyzeInSlices(document, { hcl: params.hcl?.(), ...options }, (analysis) => supportFor(analysis)?.prepare?.(analysis)),
    doValidation: validate,
    doComplete(analysis, position, options = {}) {
      const offset = offsetOf(analysis, position);
      const support = supportFor(analysis);
      const made = support ? withDocumentSkeletons(analysis, offset, arnCompletion(analysis, offset, support) ?? support.complete(analysis, offset)) : undefined;
      if (!made) return { isIncomplete: false, items: [] };
      const list = forClient(made, analysis.parsed.text, offset, { snippets: options.snippetSupport ?? true, language: analysis.parsed.language });
      const range = editRange(analysis.document, list.replace, offset, options.insertReplaceSupport === true);
      const isIncomplete = list.isIncomplete ?? false;
      if (options.labelDetailsSupport) for (const { item } of list.items) if (item.detail) item.labelDetails = { description: item.detail };
      if (options.itemDefaults?.includes('editRange')) {
        return { isIncomplete, itemDefaults: { editRange: range }, items: withEdits(list, (item, insert) => {
          if (insert !== item.label) item.textEditText = insert;
        }) };
      }
      return { isIncomplete, items: withEdits(list, (item, insert) => {
        item.textEdit = 'insert' in range ? InsertReplaceEdit.create(insert, range.insert, range.replace) : TextEdit.replace(range, insert);
      }) };
    },
    doHover(analysis, position) {
      const support = supportFor(analysis);
      const offset = offsetOf(analysis, position);
      const hover = support ? workspaceHover(analysis, offset, support.componentUses?.(analysis)) ?? support.hover(analysis, offset) : undefined;
      if (!hover) return null;
      return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(analysis.document, hover) };
    },
    getCodeActions(analysis, range, diagnostics) {
      // An editor that sends no diagnostics with the request (Kate's Code Action menu asks for the cursor's
      // whole line) gets the fixes of ours in the range. VS Code sends the ones in the range itself.
      const given = diagnostics.length > 0 ? diagnostics : validate(analysis).filter((d) => overlaps(d.range, range));
      return codeActionsFor(analysis.document, withFixData(given, () => validate(analysis)));
    },
    findDefinition(analysis, position) {
      const support = supportFor(analysis);
      if (!support) return [];
      const offset = offsetOf(analysis, position);
      const file = support.fileDefinition?.(analysis, offset);
      const elsewhere = file ? [{ uri: file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] : [];
      return [...elsewhere, ...workspaceDefinition(analysis, offset), ...(support.definition ? locations(analysis, support.definition(analysis, offset)) : [])];
    },
    findReferences(analysis, position, includeDeclaration) {
      const support = supportFor(analysis);
      if (!support) return [];
      const offset = offsetOf(analysis, position);
      const local = support.references ? locations(analysis, support.references(analysis, offset, includeDeclaration)) : [];
      // The host's and the workspace's may both give a declaration (a Terraform resource used in its file and in others of its module).
      return uniqueLocations([...local, ...workspaceReferences(analysis, offset, includeDeclaration, support.componentUses?.(analysis))]);
    },
    prepareRename(analysis, position) {
      const range = supportFor(analysis)?.prepareRename?.(analysis, offsetOf(analysis, position));
      return range ? toRange(analysis.document, range) : null;
    },
    doRename(analysis, position, newName) {
      const support = supportFor(analysis);
      const result = support?.rename?.(analysis, offsetOf(analysis, position), newName);
      if (!result) return null;
      if ('error' in result) return result;
      const edits = result.edits.map((e) => TextEdit.replace(toRange(analysis.document, e), e.newText));
      return { changes: { [analysis.document.uri]: edits } };
    },
    findDocumentSymbols: (analysis) => finish(documentSymbolsInSlices(analysis, supportFor(analysis))),
    documentSymbolsInSlices: (analysis) => documentSymbolsInSlices(analysis, supportFor(analysis)),
    getFoldingRanges: (analysis, options) => finish(foldingRangesInSlices(analysis, supportFor(analysis), options)),
    foldingRangesInSlices: (analysis, options) => foldingRangesInSlices(analysis, supportFor(analysis), options),
    describeKind(analysis) {
      const kind = analysis.detection.kind;
      const extra = supportFor(analysis)?.describe?.(analysis) ?? {};
      return { kind: kind?.id ?? null, title: kind?.title ?? null, source: analysis.detection.source, ...extra };
    },
    listKinds() {
      return KINDS.map((k) => ({ kind: k.id, title: k.title }));
    },
    summarize: (analysis) => summarize(analysis, supportFor(analysis)?.embedded?.(analysis) ?? []),
    findWorkspaceSymbols: (workspace, query) => workspaceSymbols(workspace, query),
  };
}

/**
 * A position as the client sent it may be malformed (fractional, negative, NaN, a string, absent):
 * `offsetAt` would turn that into NaN or a string, and ranges computed from it would hold NaN.
 * Each coordinate becomes a non-negative integer; past-the-end values are clamped by `offsetAt`.
 */
function sanePosition(position: Position | undefined): Position {
  const index = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0);
  return { line: index(position?.line), character: index(position?.character) };
}

/**
 * At most this many diagnostics a file, the first in document order, and one saying how many more:
 * 200,000 stray brackets made 200,000 diagnostics (40 MB of JSON for the editor to take in).
 */
export const MAX_DIAGNOSTICS = 1000;

function toDiagnostics(analysis: Analysis, problems: readonly Problem[]): Diagnostic[] {
  const overrides = analysis.settings.diagnostics.severity;
  let shown: Array<[Problem, Severity]> = [];
  for (const problem of problems) {
    const rule = ruleInfo(problem.code);
    const severity = overrides[problem.code] ?? problem.severity ?? rule?.severity ?? 'error';
    if (severity !== 'off') shown.push([problem, severity]);
  }
  if (shown.length > MAX_DIAGNOSTICS) {
    shown.sort(([a], [b]) => a.offset - b.offset);
    const hidden = shown.length - MAX_DIAGNOSTICS;
    const next = shown[MAX_DIAGNOSTICS][0];
    shown = shown.slice(0, MAX_DIAGNOSTICS);
    const severity = overrides['too-many-problems'] ?? 'information';
    const message = `${hidden} more problem${hidden === 1 ? '' : 's'} from here on ${hidden === 1 ? 'is' : 'are'} not shown: at most ${MAX_DIAGNOSTICS} are reported for a file.`;
    if (severity !== 'off') shown.push([{ offset: next.offset, length: 0, code: 'too-many-problems', message }, severity]);
  }
  const result = shown.map(([problem, severity]) => toDiagnostic(analysis.document, problem, severity));
  return result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * The range items replace; with insert/replace support and a word running on past the cursor, also the
 * part before the cursor (what the editor inserts over when the user chooses not to replace).
 */
function editRange(document: TextDocument, replace: OffsetRange, cursor: number, insertReplace: boolean): Range | { insert: Range; replace: Range } {
  const range = toRange(document, replace);
  const end = replace.offset + replace.length;
  if (!insertReplace || cursor < replace.offset || cursor >= end) return range;
  return { insert: toRange(document, { offset: replace.offset, length: cursor - replace.offset }), replace: range };
}

/** Whether the ranges share a position (touching counts, as for a cursor at a diagnostic's edge). */
function overlaps(a: Range, b: Range): boolean {
  const notAfter = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return notAfter(a.start, b.end) && notAfter(b.start, a.end);
}

/**
 * The list's items with their edits set by `edit`. The items are made for each request (`KindSupport.complete`),
 * so they are completed in place: a copy of each (`{ ...item, textEdit }`) was a 500-byte dictionary object.
 */
/** The locations in order, each once. */
function uniqueLocations(list: readonly Location[]): Location[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const key = `${l.uri} ${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withEdits(list: OffsetCompletionList, edit: (item: CompletionItem, insert: string) => void): CompletionItem[] {
  return list.items.map(({ item, insert }) => {
    const done: CompletionItem = item;
    edit(done, insert);
    return done;
  });
}
