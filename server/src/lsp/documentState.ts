import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFiles } from '../node/fileView';
import { Analysis, LanguageService, Settings, WorkspaceView } from '../service/languageService';

/**
 * One analysis (one parse) per document version, and the per-document kind chosen by the user.
 * Settings changes invalidate everything. A new version is analysed from the previous one, which
 * is consumed: an analysis must not be kept beyond the request that asked for it.
 */
export class DocumentState {
  private readonly analyses = new Map<string, { version: number; analysis: Analysis }>();
  private readonly overrides = new Map<string, string>();
  private changes = 0;

  /** `onPending`: told of a document analysed before its parser was loaded (HCL: `node/loadHcl.ts`). */
  constructor(private readonly service: LanguageService, private settings: Settings, private readonly workspace?: WorkspaceView, private readonly onPending?: (uri: string) => void) {}

  get currentSettings(): Settings {
    return this.settings;
  }

  analysis(document: TextDocument): Analysis {
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    // The previous version is handed over (its tree may be re-used by an incremental re-parse) and
    // dropped first, so that two versions' trees are never both kept.
    this.analyses.delete(document.uri);
    const analysis = this.service.analyze(document, {
      settings: this.settings, kindOverride: this.overrides.get(document.uri) ?? null, previous: cached?.analysis, workspace: this.workspace, files: nodeFiles,
    });
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
    this.analyses.clear();
    return true;
  }

  setOverride(uri: string, kind: string | null): void {
    this.changes++;
    if (kind) this.overrides.set(uri, kind);
    else this.overrides.delete(uri);
    this.analyses.delete(uri);
  }

  /** Drops the analyses made before their parser was loaded, and returns their documents. */
  forgetPending(): string[] {
    const uris = [...this.analyses].filter(([, { analysis }]) => analysis.parsed.pending).map(([uri]) => uri);
    for (const uri of uris) this.analyses.delete(uri);
    return uris;
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
  }
}
