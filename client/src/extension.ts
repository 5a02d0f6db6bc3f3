// Entry point of the VS Code extension: starts the bundled Image Builder language server and wires the UI.
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { CLIENT_NAME, createLanguageClient } from './client';
import { registerCommands } from './commands';
import { KindOverrides } from './kindOverrides';
import { KindStatus } from './kindStatus';
import { DocumentKindRequest, DocumentKindResult } from './protocol';

/** What `activate` returns; the extension's own tests use it. */
export interface ImageBuilderApi {
  readonly client: LanguageClient | undefined;
  documentKind(uri: vscode.Uri): Promise<DocumentKindResult>;
  languageStatus(): { text: string; detail: string; uri: string | undefined };
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ImageBuilderApi> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME);
  const overrides = new KindOverrides(context.workspaceState);
  const status = new KindStatus(() => client);
  context.subscriptions.push(output, status);

  client = createLanguageClient(context, output);
  context.subscriptions.push(client.onDidChangeState(e => {
    if (e.newState !== State.Running || !client) return;
    void overrides.replay(client).then(() => status.refresh());
  }));

  const restart = async (): Promise<void> => {
    if (!client) return;
    if (client.isRunning()) await client.restart();
    else await client.start();
  };
  context.subscriptions.push(...registerCommands({ client: () => client, restart, status, overrides }));

  try {
    await client.start();
    await status.refresh();
  } catch (e) {
    // Keep the commands (Restart Language Server) available; the client library has logged the details.
    output.appendLine(`The Image Builder language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('The Image Builder language server did not start. See the "Image Builder Language Server" output.');
  }

  return {
    get client() { return client; },
    async documentKind(uri: vscode.Uri): Promise<DocumentKindResult> {
      if (!client) throw new Error('language client not started');
      return client.sendRequest(DocumentKindRequest, { uri: client.code2ProtocolConverter.asUri(uri) });
    },
    languageStatus: () => status.shown,
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
