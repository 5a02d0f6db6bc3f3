import { createConnection, DocumentDiagnosticReportKind, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The transport floor of the benchmark: a language server that does no language work. It keeps the
 * documents as any server must (vscode-languageserver's TextDocuments, incremental sync), answers a pull
 * with no diagnostics, publishes none for each new version, and answers completion and hover with
 * nothing. Its times are what stdio, JSON-RPC and Node cost a server written like ours before any
 * parsing: the part of each measurement that no language server in Node can save.
 */
const connection = createConnection();
const documents = new TextDocuments(TextDocument);
let pull = false;

connection.onInitialize((params) => {
  pull = params.capabilities.textDocument?.diagnostic !== undefined;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: [] },
      hoverProvider: true,
      ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
  };
});
documents.onDidChangeContent((event) => {
  if (!pull) void connection.sendDiagnostics({ uri: event.document.uri, version: event.document.version, diagnostics: [] });
});
connection.languages.diagnostics.on(() => ({ kind: DocumentDiagnosticReportKind.Full, items: [] }));
connection.onCompletion(() => null);
connection.onHover(() => null);
documents.listen(connection);
connection.listen();
