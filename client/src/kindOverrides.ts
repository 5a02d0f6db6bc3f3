// Kinds the user chose by hand, remembered per workspace and sent again whenever the server (re)starts.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SetDocumentKindNotification } from './protocol';

const KEY = 'imagebuilder.kindOverrides';

export class KindOverrides {
  constructor(private readonly state: vscode.Memento) {}

  all(): Record<string, string> {
    return { ...this.state.get<Record<string, string>>(KEY, {}) };
  }

  /** Remembers (or, with null, forgets) the kind of `uri` and tells the server. */
  async set(client: LanguageClient, uri: string, kind: string | null): Promise<void> {
    const all = this.all();
    if (kind == null) delete all[uri];
    else all[uri] = kind;
    await this.state.update(KEY, all);
    await client.sendNotification(SetDocumentKindNotification, { uri, kind });
  }

  /** Sends every remembered choice to a freshly started server. */
  async replay(client: LanguageClient): Promise<void> {
    for (const [uri, kind] of Object.entries(this.all())) {
      await client.sendNotification(SetDocumentKindNotification, { uri, kind });
    }
  }
}
