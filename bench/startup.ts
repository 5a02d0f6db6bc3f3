import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { componentDocument } from './docs/component';
import { LspClient } from './lsp/client';
import { ServerSpec } from './lsp/servers';
import { initializeParams, uriOf } from './lsp/session';
import { fmt, TargetCheck } from './report';
import { measureStartup, forVersion } from './scenario';
import { Stats } from './stats';

/** Whether a server loads the HCL parser before its first `.tf` document (bench/lsp/loadTrace.ts's lines). */
export interface LazyHclCheck {
  readonly server: string;
  /** After `initialize`, `initialized` and a component document's diagnostics: should be none. */
  readonly atStart?: readonly string[];
  /** After an Image Builder `.tf` document's diagnostics: should show the load (the check can see it). */
  readonly afterTf?: readonly string[];
  readonly failure?: string;
}

export interface ShippedStartup {
  /** Spawn → `initialize` result of `dist/server.js`, the bundle the extension and the npm package ship. */
  readonly bundle?: Stats;
  readonly lazy: LazyHclCheck[];
  readonly failure?: string;
}

const TF = 'resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  name = "n"\n  instance_profile_name = "p"\n  instance_types = ["mac2.metal"]\n}\n';

/**
 * Bundles the server as the package does (`scripts/bundle.mjs --only=server`, into `out/bench/dist`: inside the
 * checkout, where the bundle finds `schemas/` above it as `dist/` does), times its start-up, and checks, for it
 * and for `out/`, that no part of the HCL parser is loaded before the first `.tf`.
 */
export async function measureShippedStartup(repoRoot: string, ours: ServerSpec, workDir: string, count: number, timeoutMs: number): Promise<ShippedStartup> {
  const outDir = path.join(repoRoot, 'out', 'bench', 'dist');
  try {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs'), '--only=server', `--outdir=${outDir}`], { cwd: repoRoot, stdio: 'pipe', timeout: 120000 });
  } catch (error) {
    return { lazy: [], failure: `bundling the server: ${error instanceof Error ? error.message : String(error)}` };
  }
  const bundled: ServerSpec = { ...ours, label: 'ours (dist/server.js)', args: [path.join(outDir, 'server.js'), '--stdio'] };
  const bundle = await measureStartup(bundled, workDir, count, timeoutMs);
  const trace = path.join(repoRoot, 'out', 'bench', 'lsp', 'loadTrace.js');
  const lazy: LazyHclCheck[] = [];
  for (const spec of [ours, bundled]) lazy.push(await checkLazyHcl({ ...spec, args: ['--require', trace, ...spec.args] }, spec.label, workDir, timeoutMs));
  return { bundle, lazy };
}

async function checkLazyHcl(spec: ServerSpec, server: string, workDir: string, timeoutMs: number): Promise<LazyHclCheck> {
  const file = path.join(workDir, `load-trace-${lazyRuns++}.txt`);
  fs.writeFileSync(file, '');
  const client = new LspClient({ command: spec.command, args: spec.args, configuration: spec.configuration, env: { IB_LOAD_TRACE: file } });
  const read = () => fs.readFileSync(file, 'utf8').split('\n').filter((line) => line !== '');
  try {
    await client.request('initialize', initializeParams(spec, workDir), timeoutMs);
    client.notify('initialized', {});
    const component = componentDocument(30);
    await openAndWait(client, uriOf(workDir, 'lazy-component.yaml'), 'yaml', component.text, () => true, timeoutMs);
    const atStart = read();
    await openAndWait(client, uriOf(workDir, 'lazy.tf'), 'terraform', TF, (count) => count > 0, timeoutMs);
    return { server, atStart, afterTf: read() };
  } catch (error) {
    return { server, failure: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.close(Math.min(timeoutMs, 5000));
  }
}
let lazyRuns = 0;

/** Opens a document (pushed diagnostics) and waits for a publish of version 1 that `accept`s its count. */
async function openAndWait(client: LspClient, uri: string, languageId: string, text: string, accept: (count: number) => boolean, timeoutMs: number): Promise<void> {
  const seq = client.lastSeq();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  await client.waitForPublish(uri, seq, (p) => forVersion(1)(p) && accept(p.count), timeoutMs, `diagnostics of ${path.basename(uri)}`);
}

/** The start-up targets of the shipped server: ≤ 300 ms, and the HCL parser loaded only for a `.tf` file. */
export function shippedTargets(shipped: ShippedStartup | undefined): TargetCheck[] {
  if (!shipped) return [];
  const checks: TargetCheck[] = [];
  if (shipped.failure) checks.push({ target: 'startup of dist/server.js ≤ 300 ms', met: undefined, detail: shipped.failure });
  if (shipped.bundle) checks.push({ target: 'startup of the shipped server (dist/server.js, p50 of spawns) ≤ 300 ms', met: shipped.bundle.p50 <= 300, detail: `${fmt(shipped.bundle.p50)} ms (slowest ${fmt(shipped.bundle.max)})` });
  if (shipped.lazy.length > 0) {
    checks.push({
      target: 'the HCL parser (web-tree-sitter, WASM) is not loaded at start, only with the first .tf document',
      met: shipped.lazy.every((l) => !l.failure && l.atStart?.length === 0 && (l.afterTf?.length ?? 0) > 0),
      detail: shipped.lazy.map((l) => `${l.server}: ${l.failure ?? `${l.atStart?.length ?? 0} sign(s) after start and a component's diagnostics, ${l.afterTf?.length ?? 0} after a .tf's (${(l.afterTf ?? []).map((line) => line.replace(/ \/.*\//, ' …/')).join(', ')})`}`).join('; '),
    });
  }
  return checks;
}
