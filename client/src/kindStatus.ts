// The language status item that shows the detected kind of the active file (and platform, for a component).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { describeKind, KindDescription } from './describe';
import { DocumentKindRequest, DocumentKindResult } from './protocol';
import { documentSelector, isCandidate } from './selector';
import { workspaceSchemes } from './client';

const REFRESH_DELAY_MS = 300;

export class KindStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private last: { uri: string; result: DocumentKindResult | undefined } | undefined;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item = vscode.languages.createLanguageStatusItem('imagebuilder.documentKind', documentSelector(workspaceSchemes()));
    this.item.name = 'Image Builder file kind';
    this.item.text = 'Image Builder';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refreshSoon(REFRESH_DELAY_MS);
      }),
      // Settings (file kinds, platform) change the answer; new diagnostics mean the server has re-read the file.
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('imagebuilder')) this.refreshSoon(); }),
      vscode.languages.onDidChangeDiagnostics(e => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some(u => u.toString() === active)) this.refreshSoon();
      }),
    );
  }

  /** What the item shows now (for tests and the show command). */
  get shown(): KindDescription & { uri: string | undefined } {
    return { text: this.item.text, detail: this.item.detail ?? '', uri: this.last?.uri };
  }

  refreshSoon(delay: number = REFRESH_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.refresh(); }, delay);
  }

  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const client = this.getClient();
    if (!doc || !client || !client.isRunning()) return;
    if (!isCandidate(doc.languageId, doc.uri.scheme, workspaceSchemes())) return; // the item is not shown there
    const generation = ++this.generation;
    const uri = client.code2ProtocolConverter.asUri(doc.uri);
    this.item.busy = true;
    let result: DocumentKindResult | undefined;
    try {
      result = await client.sendRequest(DocumentKindRequest, { uri });
    } catch (e) {
      client.warn(`imagebuilder/documentKind failed for ${uri}`, e, false);
    }
    if (generation !== this.generation) return; // a newer refresh is on its way
    this.last = { uri, result };
    const d = describeKind(result);
    this.item.busy = false;
    this.item.text = d.text;
    this.item.detail = d.detail;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.command = {
      title: result?.kind ? 'Change kind' : 'Choose kind',
      command: 'imagebuilder.chooseDocumentKind',
      arguments: [doc.uri],
    };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
