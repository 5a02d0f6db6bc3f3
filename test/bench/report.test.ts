import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkTargets, DocumentResult, summaryTable, warmupTable } from '../../bench/report';
import { RunResult } from '../../bench/scenario';
import { summarize } from '../../bench/stats';

/** A run whose every timing is `ms` (one sample each). */
function run(server: string, ms: number): RunResult {
  const stats = summarize([ms]);
  const probe = [{ label: 'a tenancy value', stats, answer: 1 }];
  return {
    server, document: 'infrastructure-100.json', openToDiagnosticsMs: ms, warmOpenToDiagnostics: stats,
    completion: probe, hover: probe, keystrokeCompletion: stats, editToDiagnostics: stats, stalePublishes: 0, errors: [],
  };
}

function document(runs: RunResult[]): DocumentResult {
  const floor = { parser: 'jsonc-parser parseTree', stats: summarize([0.5]), cold: summarize([4]) };
  return { fileName: 'infrastructure-100.json', family: 'infrastructure', size: 100, lines: 120, bytes: 3650, floor, runs };
}

describe('bench report', () => {
  it('compares ours with the other server, never with the null server, and names the null server as the transport floor', () => {
    // The null server is faster than anything: were it taken as the counterpart, the JSON target would fail.
    const doc = document([run('ours-pull', 0.6), run('null-server-pull', 0.2), run('json-language-server-pull', 0.9)]);
    const targets = checkTargets([doc]);
    const json = targets.find((t) => t.target.startsWith('JSON'));
    assert.equal(json?.met, true, json?.detail);
    assert.match(json?.detail ?? '', /ours-pull vs json-language-server-pull: 0\.60 vs 0\.90/);
    const warm = targets.find((t) => t.target.startsWith('open → diagnostics, warm'));
    assert.equal(warm?.detail, 'infrastructure-100.json (pull): 0.60 vs 0.75 (null server 0.20)');
    assert.equal(warm?.met, true);
  });

  it('judges the first open on its p50 over fresh processes, not on the run\'s own sample', () => {
    // cold floor p50 4 ms: the target is 6 ms. The run's own first open (9 ms) was the slowest of five.
    const ours = { ...run('ours', 1), openToDiagnosticsMs: 9, firstOpen: summarize([9, 5, 5.5, 4.5, 5.2]) };
    const first = checkTargets([document([ours, run('null-server', 0.3)])]).find((t) => t.target.startsWith('open → diagnostics, first'));
    assert.equal(first?.detail, 'infrastructure-100.json: 5.20 vs 6.00 (null server 0.30)');
    assert.equal(first?.met, true);
  });

  it('shows the null server in its own summary column, not among the other servers', () => {
    const table = summaryTable([document([run('ours', 1), run('json-language-server', 3), run('null-server', 0.25), run('null-server-pull', 0.3)])]);
    assert.match(table[0], /null server: warm open \/ edit → diagnostics p50 \|$/);
    assert.ok(table[2].endsWith('| 0.25 · 0.30 / 0.25 · 0.30 |'), table[2]);
    assert.ok(!table[2].includes('/ 3.00 · 0.25'), 'the null server is not one of theirs');
  });

  it('renders the warm-up curves by span of opens, and a failed curve as such', () => {
    const buckets = [{ from: 1, to: 1, meanMs: 5 }, { from: 2, to: 10, meanMs: 1.5 }];
    const table = warmupTable([
      { server: 'ours-pull', document: 'recipe-100.json', processes: 4, opens: 10, buckets },
      { server: 'null-server-pull', document: 'recipe-100.json', processes: 4, opens: 10, buckets: [], failure: 'server exited' },
    ]);
    assert.ok(table.includes('| document | server | open 1 | opens 2–10 |'), table.join('\n'));
    assert.ok(table.includes('| recipe-100.json | ours-pull | 5.00 | 1.50 |'), table.join('\n'));
    assert.ok(table.includes('| recipe-100.json | null-server-pull | failed: server exited |'), table.join('\n'));
    assert.deepEqual(warmupTable([]), []);
  });
});
