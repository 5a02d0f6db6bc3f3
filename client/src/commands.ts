// The commands: restart the server, show the detected kind of the active file, choose its kind.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { kindMessage } from './describe';
import type { KindOverrides } from './kindOverrides';
import type { KindStatus } from './kindStatus';
import { DocumentKindRequest, DocumentKindResult, ListKindsRequest } from './protocol';

export interface CommandDeps {
  client: () => LanguageClient | undefined;
  restart: () => Promise<void>;
  status: KindStatus;
  overrides: KindOverrides;
}

interface KindPick extends vscode.QuickPickItem {
  /** The Image Builder kind id (`kind` is taken by QuickPickItem for separators). */
  kindId: string | null;
}

function targetUri(arg: unknown): vscode.Uri | undefined {
  return arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
}

function runningClient(deps: CommandDeps): LanguageClient {
  const client = deps.client();
  if (!client || !client.isRunning()) throw new Error('The Image Builder language server is not running.');
  return client;
}

async function showDocumentKind(deps: CommandDeps, arg: unknown): Promise<DocumentKindResult | undefined> {
  const uri = targetUri(arg);
  if (!uri) {
    void vscode.window.showInformationMessage('Open a YAML or JSON file to see its Image Builder kind.');
    return undefined;
  }
  const client = runningClient(deps);
  const result = await client.sendRequest(DocumentKindRequest, { uri: client.code2ProtocolConverter.asUri(uri) });
  void vscode.window.showInformationMessage(kindMessage(path.posix.basename(uri.path), result));
  return result;
}

/** With `kind` given (a kind id, or null for automatic detection), no quick pick is shown. */
async function chooseDocumentKind(deps: CommandDeps, arg: unknown, kind?: string | null): Promise<string | null | undefined> {
  const uri = targetUri(arg);
  if (!uri) return undefined;
  const client = runningClient(deps);
  const protocolUri = client.code2ProtocolConverter.asUri(uri);
  let chosen = kind;
  if (chosen === undefined) {
    const [kinds, current] = await Promise.all([
      client.sendRequest(ListKindsRequest),
      client.sendRequest(DocumentKindRequest, { uri: protocolUri }),
    ]);
    const items: KindPick[] = [
      { label: '$(search) Detect automatically', description: 'from the content and settings', kindId: null },
      { label: 'Kinds', kind: vscode.QuickPickItemKind.Separator, kindId: null },
      ...kinds.map(k => ({
        label: k.title,
        description: k.kind === current.kind ? `${k.kind} (current)` : k.kind,
        kindId: k.kind,
      })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: `Image Builder kind of ${path.posix.basename(uri.path)}`,
      placeHolder: 'Choose how this file is read',
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    chosen = picked.kindId;
  }
  await deps.overrides.set(client, protocolUri, chosen);
  await deps.status.refresh();
  return chosen;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('imagebuilder.restartServer', async () => {
      await deps.restart();
      await deps.status.refresh();
    }),
    vscode.commands.registerCommand('imagebuilder.showDocumentKind', (arg: unknown) => showDocumentKind(deps, arg)),
    vscode.commands.registerCommand('imagebuilder.chooseDocumentKind', (arg: unknown, kind?: string | null) =>
      chooseDocumentKind(deps, arg, kind)),
  ];
}
