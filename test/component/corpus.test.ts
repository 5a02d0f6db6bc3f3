import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedAvailable } from '../support/paths';
import { CORPUS_EXPECTED } from './corpus/expected';
import { checkSource } from './corpus/run';
import { corpusSources } from './corpus/sources';

describe('the real-world corpus of component documents', () => {
  test('every document is recognised and gets exactly its reviewed diagnostics', (t) => {
    if (!sharedAvailable('corpus')) {
      t.skip('skipped: ../shared/corpus is not available');
      return;
    }
    const sources = corpusSources();
    assert.ok(sources.length >= 90, `expected the corpus to hold many components, found ${sources.length}`);
    const unexpected: string[] = [];
    const counts = new Map<string, number>();
    for (const source of sources) {
      const result = checkSource(source);
      if (result.kind !== 'component-document') unexpected.push(`${source.label}: detected as ${String(result.kind)}`);
      const expected = CORPUS_EXPECTED[source.label]?.diagnostics ?? [];
      if (JSON.stringify(result.lines) !== JSON.stringify(expected)) unexpected.push(`${source.label}:\n  ${result.messages.join('\n  ') || '(no diagnostics)'}`);
      for (const line of result.lines) counts.set(line.split(' ')[1], (counts.get(line.split(' ')[1]) ?? 0) + 1);
    }
    const stale = Object.keys(CORPUS_EXPECTED).filter((label) => !sources.some((s) => s.label === label));
    t.diagnostic(`sources: ${sources.length} (${sources.filter((s) => s.label.startsWith('cloudformation/')).length} from CloudFormation templates); with diagnostics: ${Object.keys(CORPUS_EXPECTED).length}`);
    t.diagnostic(`diagnostics by code: ${[...counts].sort().map(([code, n]) => `${code}=${n}`).join(' ')}`);
    assert.deepEqual(unexpected, [], 'sources whose diagnostics differ from the reviewed list');
    assert.deepEqual(stale, [], 'reviewed entries for sources that no longer exist');
  });
});
