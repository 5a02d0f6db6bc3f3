import { performance } from 'node:perf_hooks';
import { CancellationToken, Disposable, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * When a document's edits pause. A big document's outline is megabytes of JSON (23,000 steps: 5.7 MB),
 * which the connection encodes in one piece on the main thread (25–45 ms, up to 0.2 s under load), and an
 * editor asks for it after each edit (VS Code: 350 ms or more after the change); so it is answered once the
 * edits have paused for `quietMs`, as the workspace summary of a big document waits for a pause
 * (`workspaceIndexing.ts`): under steady typing the editor's outdated requests are cancelled or overtaken
 * before any is encoded, and the outline follows when typing stops.
 */
export class TypingPause {
  private readonly changed = new Map<string, number>();
  private readonly listeners: Disposable[];

  constructor(documents: TextDocuments<TextDocument>, private readonly quietMs: number) {
    this.listeners = [
      documents.onDidChangeContent((event) => this.changed.set(event.document.uri, performance.now())),
      documents.onDidClose((event) => this.changed.delete(event.document.uri)),
    ];
  }

  /**
   * Resolves once `uri` has had no edit for `quietMs` (at once when it has not, or was never edited
   * since it opened), with false if `token` is cancelled first.
   */
  waitFor(uri: string, token: CancellationToken): Promise<boolean> | true {
    if (this.remaining(uri) <= 0) return true;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const cancellation = token.onCancellationRequested(() => settle(false));
      const settle = (quiet: boolean) => {
        if (timer) clearTimeout(timer);
        cancellation.dispose();
        resolve(quiet);
      };
      const check = () => {
        const left = this.remaining(uri);
        if (token.isCancellationRequested) settle(false);
        else if (left <= 0) settle(true);
        else timer = setTimeout(check, Math.ceil(left));
      };
      check();
    });
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
  }

  private remaining(uri: string): number {
    const at = this.changed.get(uri);
    return at === undefined ? 0 : at + this.quietMs - performance.now();
  }
}
