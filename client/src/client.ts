// Creates the LanguageClient that runs the bundled server (dist/server.js) over Node IPC.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { dropsSyntaxErrors, RED_HAT_YAML, withoutDuplicates } from './dedupe';
import { documentSelector } from './selector';
import { readSettings, SECTION } from './settings';

export const CLIENT_ID = 'imagebuilder'; // also the prefix of `imagebuilder.trace.server`, read by the client library
export const CLIENT_NAME = 'Image Builder Language Server';

export function workspaceSchemes(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map(f => f.uri.scheme).filter(s => s !== 'file');
}

/** Which other validators of YAML/JSON are at work in this editor (see dedupe.ts). */
export function otherValidators(): { jsonValidates: boolean; yamlValidates: boolean } {
  return {
    jsonValidates: vscode.workspace.getConfiguration('json').get<boolean>('validate.enable', true),
    yamlValidates: !!vscode.extensions.getExtension(RED_HAT_YAML) && vscode.workspace.getConfiguration('yaml').get<boolean>('validate', true),
  };
}

function dropsDuplicatesIn(uri: vscode.Uri): boolean {
  const languageId = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString())?.languageId;
  return dropsSyntaxErrors(languageId, otherValidators());
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
    // The same filter for pushed diagnostics and for pulled ones (the server answers pulls when the client can).
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, withoutDuplicates(diagnostics, dropsDuplicatesIn(uri))),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report?.kind !== 'full') return report; // unchanged, or none
        const uri = document instanceof vscode.Uri ? document : document.uri;
        return { ...report, items: withoutDuplicates(report.items, dropsDuplicatesIn(uri)) };
      },
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
