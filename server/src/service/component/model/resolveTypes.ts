import { InputFact, OutputFact, ReservedPrefixFact } from '../facts';
import { ComponentSymbols, ExpressionPlace, LoopSymbol, PhaseSymbol, StepSymbol, VariableSymbol } from './types';

/** Where an expression is read: the step it is in (if any) and which part of the step. */
export interface ReferenceContext {
  readonly symbols: ComponentSymbols;
  readonly step: StepSymbol | undefined;
  readonly place: ExpressionPlace | undefined;
}

/** What an expression resolves to. */
export type Target =
  | { readonly kind: 'variable'; readonly name: string; readonly definitions: readonly VariableSymbol[] }
  | { readonly kind: 'loop'; readonly loop: LoopSymbol; readonly property: 'index' | 'value'; readonly named: boolean }
  | { readonly kind: 'input'; readonly step: StepSymbol; readonly name: string; readonly input: InputFact | undefined; readonly index: number | undefined }
  | { readonly kind: 'output'; readonly step: StepSymbol; readonly output: OutputFact }
  | { readonly kind: 'prefixed'; readonly fact: ReservedPrefixFact; readonly key: string; readonly keyDescription: string | undefined };

/** A named thing of the document that a part of an expression points to (for navigation). */
export type SymbolRef =
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'phase'; readonly phase: PhaseSymbol }
  | { readonly kind: 'step'; readonly step: StepSymbol }
  | { readonly kind: 'loop'; readonly loop: LoopSymbol };

export interface Link {
  readonly offset: number;
  readonly length: number;
  readonly symbol: SymbolRef;
}

export interface ReferenceProblem {
  readonly code: 'undefined-reference' | 'invalid-reference';
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  /** A replacement for the range, for a "did you mean" fix. */
  readonly suggestion?: string;
}

export interface Resolution {
  readonly target?: Target;
  readonly problem?: ReferenceProblem;
  readonly links: readonly Link[];
}
