import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFiles } from '../node/fileView';
import { Analysis, AnalyzeOptions, HclTrees, LanguageService, Settings, WorkspaceView } from '../service/languageService';
import { isConsumed } from '../service/util/consume';
import { SlicedBuilds } from './slicedBuilds';
import { editSince, versionOf } from './versionedDocument';

/**
 * Texts at least this long (a 2,500-step component: its full parse takes about half a second) are
 * analysed in slices between requests when a version needs a full parse (`slicedBuilds.ts`); requests
 * that can take it are answered from the latest completed analysis meanwhile.
 */
export const SLICED_MIN_LENGTH = 512 * 1024;

/**
 * One analysis (one parse) per document version, and the per-document kind chosen by the user.
 * Settings changes invalidate everything. A new version is analysed from the previous one, which
 * is consumed: an analysis must not be kept beyond the request that asked for it.
 */
export class DocumentState {
  private readonly analyses = new Map<string, { version: number; analysis: Analysis; snapshot?: Analysis }>();
  private readonly overrides = new Map<string, string>();
  /** Each open Terraform document's last tree-sitter tree (WASM memory, deleted on `forget`): its next version is parsed from it. */
  private readonly hclTrees = new HclTrees();
  private changes = 0;
  private readonly builds = new SlicedBuilds(
    (document) => this.service.analyzeInSlices(document, this.optionsFor(document, this.latestEntry(document.uri))),
    (document, analysis) => this.store(document, analysis),
  );

  /** `onPending`: told of a document analysed before its parser was loaded (HCL: `node/loadHcl.ts`). */
  constructor(private readonly service: LanguageService, private settings: Settings, private readonly workspace?: WorkspaceView, private readonly onPending?: (uri: string) => void) {}

  get currentSettings(): Settings {
    return this.settings;
  }

  /** This version's analysis, made now if it is not yet (a sliced one under way is finished first). */
  analysis(document: TextDocument): Analysis {
    this.builds.finishNow(document.uri);
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    // The previous version is handed over (its tree may be re-used by an incremental re-parse) and
    // dropped first, so that two versions' trees are never both kept.
    const previous = this.latestEntry(document.uri);
    this.analyses.delete(document.uri);
    return this.store(document, this.service.analyze(document, this.optionsFor(document, previous)));
  }

  /**
   * For the requests an older version can answer (completion, hover, outline): this version's analysis
   * when it is cheap (a text under `SLICED_MIN_LENGTH`, or one already made), else the latest completed
   * analysis of the document while this version is analysed in slices; undefined before the first one is
   * complete. Its `document` is the version it describes, so the ranges of an answer are that version's.
   * A promise of this version's analysis when the build has taken the latest one over (an incremental
   * re-parse consumes it in its first slice and moves its tree's nodes there; the kind's derived model follows
   * in slices): the caller waits for it, which the slices leave room for. The promise gives undefined when a newer version, a close or a settings
   * change overtook this one, or when the analysis it gives was consumed before the caller could read it.
   */
  recentAnalysis(document: TextDocument): Analysis | Promise<Analysis | undefined> | undefined {
    if (document.getText().length < SLICED_MIN_LENGTH) return this.analysis(document);
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const building = this.builds.analysis(versionOf(document));
    building.catch(() => undefined); // a failure is the synchronous path's to report
    const latest = this.analyses.get(document.uri);
    if (latest && isConsumed(latest.analysis)) return building.then((analysis) => (analysis && !isConsumed(analysis) ? analysis : undefined), () => undefined);
    if (!latest || latest.version === document.version) return latest?.analysis;
    // Built from `versionOf(document)`, its document is that version's; one analysed at once (code actions)
    // may hold a document updated in place since: it is given one of its own text.
    latest.snapshot ??= latest.analysis.document.version === latest.version
      ? latest.analysis
      : { ...latest.analysis, document: TextDocument.create(document.uri, document.languageId, latest.version, latest.analysis.parsed.text) };
    return latest.snapshot;
  }

  /**
   * This version's analysis, in slices between other work for a long text (at once for a short one);
   * undefined when a newer version, a close or a settings change overtook it.
   */
  analysisInSlices(document: TextDocument): Promise<Analysis | undefined> {
    if (document.getText().length < SLICED_MIN_LENGTH) return Promise.resolve(this.analysis(document));
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version) return Promise.resolve(cached.analysis);
    return this.builds.analysis(versionOf(document));
  }

  /** The document's latest analysis and its version, unless a build took it over and did not complete (it failed, or was dropped). */
  private latestEntry(uri: string): { version: number; analysis: Analysis } | undefined {
    const entry = this.analyses.get(uri);
    return entry && !isConsumed(entry.analysis) ? entry : undefined;
  }

  /** `previous`: re-parsed from in part, with the editor's changes since its version (`editSince`). */
  private optionsFor(document: TextDocument, previous: { version: number; analysis: Analysis } | undefined): AnalyzeOptions {
    const edit = previous && editSince(document, previous.version);
    return { settings: this.settings, kindOverride: this.overrides.get(document.uri) ?? null, previous: previous?.analysis, edit, workspace: this.workspace, files: nodeFiles, hclTrees: this.hclTrees };
  }

  private store(document: TextDocument, analysis: Analysis): Analysis {
    this.analyses.set(document.uri, { version: document.version, analysis });
    if (analysis.parsed.pending) this.onPending?.(document.uri);
    return analysis;
  }

  /**
   * True when this version is not analysed yet but an earlier one is: the document is being edited, and
   * a newer version may follow at once. False for a document just opened, or a version already analysed.
   */
  isTyping(document: TextDocument): boolean {
    const cached = this.analyses.get(document.uri);
    return cached !== undefined && cached.version !== document.version;
  }

  /** Counts the changes of settings and kind overrides: diagnostics computed before one are stale. */
  get epoch(): number {
    return this.changes;
  }

  /** Returns false, and keeps every analysis, when the settings are the same as before. */
  setSettings(settings: Settings): boolean {
    if (isDeepStrictEqual(settings, this.settings)) return false;
    this.changes++;
    this.settings = settings;
    this.builds.dropAll();
    this.analyses.clear();
    return true;
  }

  overrideOf(uri: string): string | null {
    return this.overrides.get(uri) ?? null;
  }

  setOverride(uri: string, kind: string | null): void {
    this.changes++;
    if (kind) this.overrides.set(uri, kind);
    else this.overrides.delete(uri);
    this.builds.drop(uri);
    this.analyses.delete(uri);
  }

  /** Drops the analyses made before their parser was loaded, and returns their documents. */
  forgetPending(): string[] {
    const uris = [...this.analyses].filter(([, { analysis }]) => analysis.parsed.pending).map(([uri]) => uri);
    for (const uri of uris) {
      this.builds.drop(uri);
      this.analyses.delete(uri);
    }
    return uris;
  }

  forget(uri: string): void {
    this.builds.drop(uri);
    this.analyses.delete(uri);
    this.hclTrees.forget(uri);
  }
}
