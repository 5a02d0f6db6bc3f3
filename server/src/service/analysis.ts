import { TextDocument } from 'vscode-languageserver-textdocument';
import { detectKind, KindDetection } from './kinds/detect';
import { reparse } from './parse/incremental';
import { changedRange, TextEdit } from './util/textEdit';
import { parseTemplate, parseText, parseTextInSlices, languageOf, ParseOptions } from './parse/parse';
import { isTerraformTemplate } from './kinds/fileNames';
import { finish, Slices } from './util/slices';
import { HclParser } from './parse/hcl/syntax';
import { HclTrees } from './parse/hcl/hclTrees';
import { ParsedDocument, Replaced, SourceLanguage } from './parse/types';
import { Settings, DEFAULT_SETTINGS } from './settings';
import { consume, isConsumed } from './util/consume';
import { WorkspaceView } from './workspace/types';

export interface AnalyzeOptions {
  readonly settings?: Settings;
  /** The kind the user chose for this document (null or absent: detect). */
  readonly kindOverride?: string | null;
  /** The file path, for `fileKinds` globs (defaults to the URI's path). */
  readonly path?: string;
  /**
   * The analysis of the version this one replaces, if any: its tree is re-used when only a part of
   * the text must be parsed again (see `parse/incremental.ts`). It is consumed: any later read of it
   * throws (`util/consume.ts`).
   */
  readonly previous?: Analysis;
  /**
   * What changed from `previous`'s text to this one, when the host knows (the editor's changes since that
   * version, `lsp/versionedDocument.ts` `editSince`): a range the texts agree outside of, which spares
   * comparing them whole. Checked against the texts' lengths; without it, or when it does not fit, the
   * texts are compared.
   */
  readonly edit?: TextEdit;
  /** Set when the document is an embedded region of another (`embedded/regions.ts`): what its host says. */
  readonly embedding?: Embedding;
  /** A tree the host made (an HCL object given to `yamlencode`): the text is not parsed (`embedded/regions.ts` `tree`). */
  readonly parsed?: ParsedDocument;
  /** The HCL parser for Terraform files, once loaded (the facade passes the host's). */
  readonly hcl?: HclParser;
  /**
   * The host's store of its open documents' last HCL trees (`parse/hcl/hclTrees.ts`): a Terraform document's
   * new version is then parsed by tree-sitter from the last one's tree, in part. Without it, in full. The
   * host tells the store when a document closes (`forget`).
   */
  readonly hclTrees?: HclTrees;
  /** The workspace's component and recipe summaries, for the cross-file checks (none: this file alone). */
  readonly workspace?: WorkspaceView;
  /** Which files exist, as the host sees them (Terraform's `file("…")`); none: not asked. */
  readonly files?: FileView;
}

/** What the host tells of other files; the service reads none. `undefined`: the host cannot tell (not a `file:` URI). */
export interface FileView {
  exists(uri: string): boolean | undefined;
}

/** What the host of an embedded document tells the document about itself (explicit, never via `memo`). */
export interface Embedding {
  /** The platform the host declares for it (a create-component request's `platform`), if any. */
  readonly platform?: string;
  /** Where that platform comes from, for messages: "the request's platform". */
  readonly platformFrom?: string;
}

/**
 * One parse of one document version and what follows from it without further work (the kind).
 * Features read it; later results derived from it are memoised in `memo`.
 */
export interface Analysis {
  readonly document: TextDocument;
  readonly parsed: ParsedDocument;
  readonly detection: KindDetection;
  readonly settings: Settings;
  /** Over `maxFileSize`: not parsed; only the kind from settings/override is known. */
  readonly tooLarge: boolean;
  readonly memo: Map<string, unknown>;
  /**
   * The previous version's results that `memoizeUpdatedInSlices` may update instead of computing again (after
   * an incremental re-parse, `parsed.replaced`), and those of `memoizeCarried` (after any parse).
   * Nothing else of that version is kept.
   */
  readonly carried: Map<string, unknown>;
  /** The host's options when this is an embedded document (see `AnalyzeOptions.embedding`). */
  readonly embedding?: Embedding;
  /** The workspace the document belongs to (see `AnalyzeOptions.workspace`). */
  readonly workspace?: WorkspaceView;
  readonly files?: FileView;
}

/** The keys `memoizeUpdatedInSlices` has been used with: the results a new version takes from the previous one. */
const updatableKeys = new Set<string>();
/** Of those, the keys of `memoizeCarried`: passed on by a version that never asked for them. */
const passedOnKeys = new Set<string>();

export function analyze(document: TextDocument, options: AnalyzeOptions = {}): Analysis {
  return finish(analyzeInSlices(document, options));
}

/**
 * `analyze` in slices (see `util/slices.ts`): a full parse of a big YAML text yields after each chunk;
 * an incremental re-parse is the first slice, its splice included (offsets are relative to the parent,
 * so a keystroke writes the spine's children after it, not every node after it: `parse/incrementalTree.ts`);
 * JSON and HCL take one slice. Until the re-parse takes the previous tree over, `options.previous` is
 * read, never changed, and a host that stops early may go on using it; from then on (in the first
 * slice) it is consumed (`util/consume.ts`, `isConsumed`): its tree is this version's. A re-parse that
 * throws consumes it too (its tree may be half changed) and a full parse follows, as after none. A
 * full parse consumes it in the last slice. `prepare`: derived results made before the analysis is
 * returned (`KindSupport.prepare`), in slices.
 */
export function* analyzeInSlices(document: TextDocument, options: AnalyzeOptions = {}, prepare?: (analysis: Analysis) => Slices<unknown> | undefined): Slices<Analysis> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const path = options.path ?? uriPath(document.uri);
  // A Terraform template (`.yml.tpl`, `.tftpl`) is YAML with `${…}`/`%{…}` in it, whatever the editor calls it.
  const template = isTerraformTemplate(path);
  const language: SourceLanguage = template ? 'yaml' : languageOf(document.languageId) ?? languageOf(document.uri) ?? 'yaml';
  const text = document.getText();
  const tooLarge = text.length > settings.maxFileSize;
  const previous = options.previous;
  const takenOver = !options.parsed && !tooLarge && language !== 'hcl' && !template && previous && !previous.tooLarge && previous.parsed.language === language
    ? reparseSafely(previous, text, options.edit) : undefined;
  let carried = new Map<string, unknown>();
  if (previous && takenOver) {
    // The previous version's tree is this one's from now on: what is carried is taken, and it is revoked.
    carried = carriedFrom(previous, takenOver.replaced !== undefined);
    consume(previous, 'Analysis');
  }
  const before = previous && !isConsumed(previous) ? previous : undefined;
  const parsed: ParsedDocument = options.parsed ?? takenOver ?? (tooLarge
    ? { text, language, root: undefined, syntaxErrors: [], extraDocuments: 0, truncatedDepth: false }
    : language === 'hcl' ? parseText(text, language, { hcl: options.hcl, hclTree: options.hclTrees && { trees: options.hclTrees, key: document.uri } })
    : template ? parseTemplate(text)
    : (yield* fullParse(text, language, before, options.edit)));
  if (before && !takenOver) carried = carriedFrom(before, parsed.replaced !== undefined);
  const detection = detectKind(parsed, { override: options.kindOverride, fileKinds: settings.fileKinds, fileNameConventions: settings.fileNameConventions, path });
  const analysis: Analysis = { document, parsed, detection, settings, tooLarge, memo: new Map(), carried, embedding: options.embedding, workspace: options.workspace, files: options.files };
  const prepared = prepare?.(analysis);
  if (prepared) yield* prepared;
  if (previous && !isConsumed(previous)) consume(previous, 'Analysis');
  return analysis;
}

/**
 * What a new version takes from `previous`: `memoizeCarried` results after any parse (the text typed back
 * as it was takes the previous tree with nothing replaced; a full parse makes new nodes, which their
 * updates see); the others after a re-parse in part (`replaced`).
 */
function carriedFrom(previous: Analysis, replaced: boolean): Map<string, unknown> {
  const carried = new Map<string, unknown>();
  for (const key of replaced ? updatableKeys : passedOnKeys) {
    if (previous.memo.has(key)) carried.set(key, previous.memo.get(key));
    else if (passedOnKeys.has(key) && previous.carried.has(key)) carried.set(key, previous.carried.get(key));
  }
  return carried;
}

/** Memoises a result derived from an analysis (computed at most once per document version). */
export function memoize<T>(analysis: Analysis, key: string, compute: () => T): T {
  if (analysis.memo.has(key)) return analysis.memo.get(key) as T;
  const value = compute();
  analysis.memo.set(key, value);
  return value;
}

/**
 * Like `memoize`, for a result (an object) that can be brought up to date from the previous version's
 * after an incremental re-parse: `update` gets that result (and may take over its parts, as the tree
 * was) and the node that was parsed again, and returns a new result, or undefined when it cannot; then
 * `compute` runs, in slices (a big document's symbol table, built while a host answers requests between
 * them; `finish` runs it at once). Either way the previous result is consumed: any later read of it throws.
 * In slices, run it before the analysis is handed to anyone else (the last slices of a sliced analysis).
 */
export function* memoizeUpdatedInSlices<T extends object>(analysis: Analysis, key: string, update: (before: T, replaced: Replaced) => T | undefined, compute: () => Slices<T>): Slices<T> {
  updatableKeys.add(key);
  if (analysis.memo.has(key)) return analysis.memo.get(key) as T;
  const before = analysis.carried.get(key) as T | undefined;
  analysis.carried.delete(key);
  const replaced = analysis.parsed.replaced;
  const value = (before !== undefined && replaced ? update(before, replaced) : undefined) ?? (yield* compute());
  // Consumed once replaced: while `compute` yields, the previous version still answers with it.
  if (before !== undefined) consume(before, key);
  analysis.memo.set(key, value);
  return value;
}

/**
 * Like `memoizeUpdatedInSlices`, for a result whose update reads only what it can check for itself (which nodes
 * are the earlier tree's objects, which texts are the same), never the node that was parsed again: it can
 * be brought up to date from any earlier version, however this one was parsed. A version
 * that never asked for it passes it on, so that it is not computed afresh after a version that only a
 * summary or the diagnostics looked at (a big template's keystroke: its 100 components analysed again).
 */
export function memoizeCarried<T extends object>(analysis: Analysis, key: string, update: (before: T) => T | undefined, compute: () => T): T {
  updatableKeys.add(key);
  passedOnKeys.add(key);
  return memoize(analysis, key, () => {
    const before = analysis.carried.get(key) as T | undefined;
    analysis.carried.delete(key);
    const updated = before !== undefined ? update(before) : undefined;
    if (before !== undefined) consume(before, key);
    return updated ?? compute();
  });
}

/**
 * How to parse a version in full. After a version with syntax errors, aliases or several documents, in
 * one piece: the chunked parse declines those, and they are likely still there, so a big text would be
 * parsed twice. After another, in chunks, trying the edited place first.
 */
function parseOptionsAfter(previous: Analysis | undefined, text: string, edit: TextEdit | undefined): ParseOptions {
  if (!previous || previous.tooLarge) return {};
  const parsed = previous.parsed;
  if (parsed.syntaxErrors.length > 0 || parsed.hasAliases || parsed.extraDocuments > 0) return { chunked: false };
  return { editedAt: changedRange(parsed.text, text, edit)?.start };
}

/** A full parse after the incremental re-parse declined (which took the first slice). */
function* fullParse(text: string, language: SourceLanguage, previous: Analysis | undefined, edit: TextEdit | undefined): Slices<ParsedDocument> {
  if (previous) yield;
  return yield* parseTextInSlices(text, language, parseOptionsAfter(previous, text, edit));
}

/**
 * The incremental re-parse, or undefined (a full parse follows) if it declines or fails. A failure may
 * come after it began changing the previous tree: the previous version is then consumed, so that no
 * host answers from it while the full parse runs.
 */
function reparseSafely(previous: Analysis, text: string, edit: TextEdit | undefined): ParsedDocument | undefined {
  try {
    return reparse(previous.parsed, text, edit);
  } catch {
    consume(previous, 'Analysis');
    return undefined;
  }
}

function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
