import { ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { repoRoot } from '../support/paths';

/**
 * Opens `example` (a path under examples/) in a server started by a packaged artefact, waits for the
 * diagnostics it publishes (20 s at most), shuts the server down and returns their codes. `what` names
 * the server in the error, with its stderr, when nothing arrives.
 */
export async function publishedCodes(child: ChildProcessWithoutNullStreams, example: string, languageId: string, what: string): Promise<unknown[]> {
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = `file:///work/${path.basename(example)}`;
  const published = new Promise<Array<{ code?: unknown }>>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Array<{ code?: unknown }> }) => {
      if (p.uri === uri) resolve(p.diagnostics);
    });
  });
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const text = fs.readFileSync(path.join(repoRoot, 'examples', example), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const diagnostics = await Promise.race([published, new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no diagnostics from ${what}; stderr: ${stderr}`)), 20_000);
    })]).finally(() => clearTimeout(timer));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return diagnostics.map((d) => d.code);
  } finally {
    connection.dispose();
    child.kill();
  }
}
