import { performance } from 'node:perf_hooks';
import { BenchDocument } from './docs/types';
import { LspClient } from './lsp/client';
import { ServerSpec } from './lsp/servers';
import { initializeParams, prepareSession, uriOf } from './lsp/session';
import { forVersion } from './scenario';

/**
 * Open → diagnostics of `doc` as the first document of a fresh server process (after its readiness
 * documents, as in the scenario), in `count` more processes, one after another: with the scenario's own
 * first open, the samples of the first-open p50 (one fresh process is one sample, and the machine's noise
 * moves single samples by a third). Each server is shut down before the next starts.
 */
export async function measureFirstOpens(spec: ServerSpec, doc: BenchDocument, workDir: string, count: number, timeoutMs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const client = new LspClient({ command: spec.command, args: spec.args, configuration: spec.configuration });
    try {
      await client.request('initialize', initializeParams(spec, workDir), timeoutMs);
      await prepareSession(client, spec, workDir, timeoutMs);
      const uri = uriOf(workDir, doc.fileName);
      const seq = client.lastSeq();
      const start = performance.now();
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: doc.languageId, version: 1, text: doc.text } });
      if (spec.pullDiagnostics) await client.request('textDocument/diagnostic', { textDocument: { uri } }, timeoutMs);
      else await client.waitForPublish(uri, seq, forVersion(1), timeoutMs, 'first open');
      samples.push(performance.now() - start);
    } finally {
      await client.close(Math.min(timeoutMs, 5000));
    }
  }
  return samples;
}
