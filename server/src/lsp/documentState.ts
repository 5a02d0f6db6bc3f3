import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, LanguageService, Settings } from '../service/languageService';

/**
 * One analysis (one parse) per document version, and the per-document kind chosen by the user.
 * Settings changes invalidate everything.
 */
export class DocumentState {
  private readonly analyses = new Map<string, { version: number; analysis: Analysis }>();
  private readonly overrides = new Map<string, string>();

  constructor(private readonly service: LanguageService, private settings: Settings) {}

  analysis(document: TextDocument): Analysis {
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.service.analyze(document, { settings: this.settings, kindOverride: this.overrides.get(document.uri) ?? null });
    this.analyses.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.analyses.clear();
  }

  setOverride(uri: string, kind: string | null): void {
    if (kind) this.overrides.set(uri, kind);
    else this.overrides.delete(uri);
    this.analyses.delete(uri);
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
  }
}
