import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationToken, CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { componentDocument } from '../../bench/docs/component';
import { DocumentState } from '../../server/src/lsp/documentState';
import { inSlices } from '../../server/src/lsp/slicedRequests';
import { versionedDocuments } from '../../server/src/lsp/versionedDocument';
import { Analysis, DEFAULT_SETTINGS } from '../../server/src/service/languageService';
import { ConsumedVersionError } from '../../server/src/service/util/consume';
import { Slices } from '../../server/src/service/util/slices';
import { service } from '../support/harness';

/**
 * The outline and folding requests' slices (`lsp/slicedRequests.ts`): a walk resumed after a newer version
 * took its analysis over fails rather than reading the shifted tree, and the request then starts again
 * from the document's recent analysis; cancellation and errors answer as the safe runner does.
 */
describe('outline and folding requests in slices', () => {
  it('a folding walk resumed after a newer version took its analysis over throws, never reading the shifted tree', async () => {
    const big = componentDocument(3_000);
    const state = new DocumentState(service(), DEFAULT_SETTINGS);
    const v1 = versionedDocuments.create('file:///w/big.yaml', 'yaml', 1, big.text);
    const first = await state.analysisInSlices(v1);
    assert.ok(first);
    const walk = service().foldingRangesInSlices(first);
    assert.equal(walk.next().done, false);
    // Typed in a step's name: the incremental re-parse takes the tree over (`util/consume.ts`).
    const at = v1.positionAt(big.text.indexOf('name: Bash01') + 'name: Bash01'.length);
    const v2 = versionedDocuments.update(v1, [{ range: { start: at, end: at }, text: 'x' }], 2);
    assert.equal((await state.analysisInSlices(v2))?.document.version, 2);
    assert.throws(() => {
      while (!walk.next().done);
    }, ConsumedVersionError);
    // Started again on the new version, it is that version's whole computation.
    const again = await state.analysisInSlices(v2);
    assert.ok(again);
    const sliced = inSlices(() => again, (a) => service().foldingRangesInSlices(a), CancellationToken.None, [], (error) => assert.fail(String(error)));
    assert.deepEqual(await sliced, service().getFoldingRanges(service().analyze(v2)));
  });

  const fake = (name: string) => ({ name }) as unknown as Analysis;
  function* takenOver(): Slices<string> {
    yield;
    throw new ConsumedVersionError('Analysis', 'parsed');
  }
  // eslint-disable-next-line require-yield -- a generator that completes at its first step
  function* answer(name: string): Slices<string> {
    return name;
  }

  it('taken over between slices: starts again from the recent analysis, up to three times', async () => {
    const analyses = [fake('old'), fake('new')];
    const logged: unknown[] = [];
    const work = (a: Analysis) => ((a as unknown as { name: string }).name === 'old' ? takenOver() : answer('from the new one'));
    assert.equal(await inSlices(() => analyses.shift(), work, CancellationToken.None, 'empty', (e) => logged.push(e)), 'from the new one');
    assert.equal(logged.length, 0, 'nothing logged');
    const givenUp: unknown[] = [];
    const always = await inSlices(() => fake('old'), work, CancellationToken.None, 'empty', (e) => givenUp.push(e));
    assert.equal(always, 'empty', 'given up after three restarts');
    assert.ok(givenUp.length === 1 && givenUp[0] instanceof ConsumedVersionError, 'and logged');
  });

  it('cancelled: a cancellation error; another error: logged, answered empty; no analysis: empty', async () => {
    const source = new CancellationTokenSource();
    source.cancel();
    const cancelled = await inSlices(() => fake('a'), () => answer('x'), source.token, 'empty', () => assert.fail('nothing to log'));
    assert.ok(cancelled instanceof ResponseError && cancelled.code === LSPErrorCodes.RequestCancelled);
    const logged: unknown[] = [];
    // eslint-disable-next-line require-yield -- a generator failing at its first step
    function* failing(): Slices<string> {
      throw new Error('a bug');
    }
    assert.equal(await inSlices(() => fake('a'), failing, CancellationToken.None, 'empty', (e) => logged.push(e)), 'empty');
    assert.equal((logged[0] as Error).message, 'a bug');
    assert.equal(await inSlices(() => undefined, () => answer('x'), CancellationToken.None, 'empty', () => assert.fail('nothing to log')), 'empty');
  });
});
