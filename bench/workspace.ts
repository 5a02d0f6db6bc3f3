import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentDocument } from './docs/component';
import { LspClient } from './lsp/client';
import { ServerSpec } from './lsp/servers';
import { prepareSession } from './lsp/session';

export interface WorkspaceResult {
  readonly server: string;
  readonly files: number;
  readonly steps: number;
  /** Completion in the last opened file, asked right after the last `didOpen`. */
  completionMs?: number;
  /** From the last `didOpen` to the diagnostics of the last opened file. */
  lastFileDiagnosticsMs?: number;
  /** From the last `didOpen` to the diagnostics of every file. */
  allDiagnosticsMs?: number;
  peakRssMb?: number;
  failure?: string;
}

/**
 * Many component files opened at once (the worst an editor does: restoring a session with many
 * tabs): is a request in the file being looked at still answered promptly, and when do its
 * diagnostics come? Our server keeps no workspace-wide index, so opening a folder costs nothing
 * by itself; this measures the flood of `didOpen`s instead.
 */
export async function runWorkspace(spec: ServerSpec, workDir: string, files: number, steps: number, timeoutMs: number): Promise<WorkspaceResult> {
  const result: WorkspaceResult = { server: spec.id, files, steps };
  const client = new LspClient({ command: spec.command, args: spec.args, configuration: spec.configuration });
  try {
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(workDir).href, capabilities: { workspace: { configuration: true } }, initializationOptions: spec.initializationOptions }, timeoutMs);
    await prepareSession(client, spec, workDir, timeoutMs);
    const doc = componentDocument(steps);
    const uris = Array.from({ length: files }, (_, i) => pathToFileURL(path.join(workDir, 'workspace', `component-${i}-${steps}.yaml`)).href);
    const seq = client.lastSeq();
    for (const uri of uris) client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: doc.text } });
    const sent = performance.now();
    const last = uris[uris.length - 1];
    const position = TextDocument.create(last, 'yaml', 1, doc.text).positionAt(doc.keystroke.offset);
    await client.request('textDocument/completion', { textDocument: { uri: last }, position }, timeoutMs);
    result.completionMs = performance.now() - sent;
    const lastPublish = await client.waitForPublish(last, seq, (p) => p.version === undefined || p.version === 1, timeoutMs, 'last file');
    result.lastFileDiagnosticsMs = lastPublish.at - sent;
    let latest = lastPublish.at;
    for (const uri of uris) latest = Math.max(latest, (await client.waitForPublish(uri, seq, () => true, timeoutMs, 'every file')).at);
    result.allDiagnosticsMs = latest - sent;
    result.peakRssMb = client.peakRssMb();
  } catch (error) {
    result.failure = error instanceof Error ? error.message : String(error);
  } finally {
    await client.close(5000);
  }
  return result;
}
