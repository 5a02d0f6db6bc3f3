import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './client';
import { ServerSpec } from './servers';

/**
 * After `initialize`: `initialized`, the settings the server is given, and its readiness documents (the
 * server must flag each one, pushed or pulled as it works, so its schema is known to be active).
 */
export async function prepareSession(client: LspClient, spec: ServerSpec, workDir: string, timeout: number): Promise<void> {
  client.notify('initialized', {});
  if (spec.pushedSettings) client.notify('workspace/didChangeConfiguration', { settings: spec.pushedSettings });
  for (const probe of spec.readyProbes) {
    const uri = uriOf(workDir, probe.fileName);
    const seq = client.lastSeq();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: probe.languageId, version: 1, text: probe.text } });
    if (spec.pullDiagnostics) {
      const report = await client.request<{ items?: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } }, timeout);
      if (!report?.items?.length) throw new Error(`${spec.id}: schema not active (${probe.fileName} has no diagnostics)`);
    } else {
      await client.waitForPublish(uri, seq, (p) => p.count > 0, timeout, `${spec.id}: schema readiness (${probe.fileName})`);
    }
    client.notify('textDocument/didClose', { textDocument: { uri } });
  }
}

export function uriOf(workDir: string, fileName: string): string {
  return pathToFileURL(path.join(workDir, fileName)).href;
}

/** What an editor sends in `initialize` (pull diagnostics when the spec pulls). */
export function initializeParams(spec: ServerSpec, workDir: string): unknown {
  return {
    processId: process.pid,
    clientInfo: { name: 'imagebuilder-bench', version: '1' },
    rootUri: pathToFileURL(workDir).href,
    workspaceFolders: null,
    initializationOptions: spec.initializationOptions,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, workspaceFolders: false },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false, willSave: false },
        // As VS Code's client (vscode-languageclient 9) advertises them.
        completion: {
          completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
          completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
          contextSupport: true,
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { versionSupport: true, relatedInformation: true },
        ...(spec.pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      window: { workDoneProgress: false },
    },
  };
}
