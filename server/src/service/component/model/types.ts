import { ArrayNode, ObjectNode, StringNode, ValueNode } from '../../ast/types';
import { ActionFact, ImageBuilderStage, PhaseNameFact } from '../facts';

/**
 * The symbol table of a component document: what the document declares (parameters, constants,
 * phases, steps, loops), built once per document version from the top of the tree down to the steps
 * (never into inputs), and shared by every feature.
 */
export interface ComponentSymbols {
  readonly root: ObjectNode | undefined;
  readonly variables: readonly VariableSymbol[];
  readonly variablesByName: ReadonlyMap<string, readonly VariableSymbol[]>;
  readonly phases: readonly PhaseSymbol[];
  /** The first phase of each name. */
  readonly phasesByName: ReadonlyMap<string, PhaseSymbol>;
  /** Every step in document order (sorted by offset), for binary search at a cursor. */
  readonly steps: readonly StepSymbol[];
  readonly stepByNode: ReadonlyMap<ObjectNode, StepSymbol>;
}

export interface VariableSymbol {
  readonly kind: 'parameter' | 'constant';
  readonly name: string;
  /** The key naming the variable (`- Name:`). */
  readonly keyNode: StringNode;
  /** The definition mapping (`type`, `default`, …), when it is one. */
  readonly definition: ObjectNode | undefined;
}

export interface PhaseSymbol {
  readonly name: string | undefined;
  readonly nameNode: StringNode | undefined;
  readonly node: ObjectNode;
  readonly index: number;
  /** The known phase (build, validate, test, container-host-test), if the name is one. */
  readonly fact: PhaseNameFact | undefined;
  readonly stage: ImageBuilderStage | undefined;
  readonly stepsNode: ArrayNode | undefined;
  readonly steps: StepSymbol[];
  /** The first step of each name. */
  readonly stepsByName: Map<string, StepSymbol>;
  /** The first loop of each name. */
  readonly loopsByName: Map<string, LoopSymbol>;
}

export interface StepSymbol {
  readonly name: string | undefined;
  readonly nameNode: StringNode | undefined;
  readonly node: ObjectNode;
  readonly phase: PhaseSymbol;
  readonly index: number;
  readonly actionName: string | undefined;
  readonly actionNode: StringNode | undefined;
  readonly action: ActionFact | undefined;
  readonly inputs: ValueNode | undefined;
  readonly loop: LoopSymbol | undefined;
  readonly condition: ValueNode | undefined;
}

export interface LoopSymbol {
  readonly name: string | undefined;
  readonly nameNode: StringNode | undefined;
  readonly node: ObjectNode;
  readonly step: StepSymbol;
}

/** Where in a step an expression sits: AWSTOE resolves `{{ }}` in inputs, loops and conditions. */
export type ExpressionPlace = 'inputs' | 'loop' | 'if';

/** One `{{ … }}` in the document, with the step it belongs to. */
export interface ExpressionRecord {
  /** Offset of `{{`. */
  readonly offset: number;
  /** Offset just after `}}`. */
  readonly end: number;
  /** The text between the braces, trimmed, and where it starts. */
  readonly text: string;
  readonly textOffset: number;
  readonly step: StepSymbol | undefined;
  readonly place: ExpressionPlace | undefined;
}
