// Creates the LanguageClient that runs the bundled server (dist/server.js) over Node IPC.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { documentSelector } from './selector';
import { readSettings, SECTION } from './settings';

export const CLIENT_ID = 'imagebuilder'; // also the prefix of `imagebuilder.trace.server`, read by the client library
export const CLIENT_NAME = 'Image Builder Language Server';

export function workspaceSchemes(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map(f => f.uri.scheme).filter(s => s !== 'file');
}

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(workspaceSchemes()),
    synchronize: { configurationSection: SECTION },
    initializationOptions: () => ({ settings: readSettings() }),
    diagnosticCollectionName: CLIENT_ID,
    outputChannel: output,
    traceOutputChannel: output,
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
