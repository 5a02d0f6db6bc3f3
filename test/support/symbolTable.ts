import assert from 'node:assert/strict';
import { ComponentSymbols, StepSymbol } from '../../server/src/service/component/model/types';

/**
 * A component symbol table as plain data: names, offsets, indices and the maps, with the links between
 * symbols checked (each step's phase and loop, `stepByNode`), so two tables of the same text compare
 * equal however they were made.
 */
export function describeSymbols(symbols: ComponentSymbols): unknown {
  const step = (s: StepSymbol) => {
    assert.equal(s.loop?.step ?? s, s, `step ${s.name}: its loop points at another step`);
    assert.equal(symbols.stepByNode.get(s.node), s, `step ${s.name}: not found by its node`);
    return [s.name, s.nameNode?.offset, s.node.offset, s.node.length, s.phase.index, s.index, s.actionName, s.actionNode?.offset, s.action?.name,
      s.inputs?.type, s.inputs?.offset, s.loop?.name, s.loop?.node.offset, s.condition?.offset];
  };
  symbols.phases.forEach((phase, i) => {
    assert.equal(phase.index, i);
    phase.steps.forEach((s, j) => assert.ok(s.phase === phase && s.index === j, `step ${s.name}: misplaced in phase ${phase.name}`));
  });
  assert.equal(symbols.stepByNode.size, symbols.steps.length);
  return {
    root: symbols.root?.offset,
    variables: symbols.variables.map((v) => [v.kind, v.name, v.keyNode.offset, v.definition?.offset]),
    variablesByName: [...symbols.variablesByName].map(([name, list]) => [name, list.length]),
    phases: symbols.phases.map((p) => ({
      name: p.name, offset: p.node.offset, stepsNode: p.stepsNode?.offset,
      steps: p.steps.map(step),
      stepsByName: [...p.stepsByName].map(([name, s]) => [name, s.index]).sort(),
      loopsByName: [...p.loopsByName].map(([name, l]) => [name, l.step.index]).sort(),
    })),
    phasesByName: [...symbols.phasesByName].map(([name, p]) => [name, p.index]),
    steps: symbols.steps.map((s) => [s.phase.index, s.index]),
  };
}
