import { Analysis } from './analysis';
import { Slices } from './util/slices';
import type { Embedded } from './embedded/embeddedSupport';
import { EmbeddedRegion, LocalComponentUse } from './embedded/regions';
import type { ParameterNameSlot } from './component/parameterNameCompletion';
import type { ComponentArnSlot } from './workspace/arnCompletion';
import { OffsetCompletion } from './features/completion/schemaCompletion';
import { OffsetHover } from './features/hover';
import { SyntaxProblem } from './parse/types';
import { Problem } from './validation/problem';

export interface OffsetRange {
  readonly offset: number;
  readonly length: number;
}

export interface OffsetSymbol {
  readonly name: string;
  readonly detail?: string;
  /** LSP SymbolKind number. */
  readonly kind: number;
  readonly range: OffsetRange;
  readonly selection: OffsetRange;
  readonly children: OffsetSymbol[];
}

/** A folding range: from the line of `startOffset` to the line of `endOffset`. */
export interface FoldOffsets {
  readonly startOffset: number;
  readonly endOffset: number;
}

/** The completions at a cursor, all replacing the same range. */
export interface OffsetCompletionList {
  readonly replace: OffsetRange;
  readonly items: OffsetCompletion[];
  readonly isIncomplete?: boolean;
}

/**
 * What a family of document kinds provides (registered in `supportRegistry.ts`). The facade picks the
 * support for the detected kind's family and converts offsets to LSP positions; supports never see LSP
 * positions.
 */
export interface KindSupport {
  /** Problems beyond syntax (syntax errors are reported by the facade for every kind). */
  validate(analysis: Analysis): Problem[];
  /** Items made for this call: the facade gives them their edits in place. */
  complete(analysis: Analysis, offset: number): OffsetCompletionList | undefined;
  hover(analysis: Analysis, offset: number): OffsetHover | undefined;
  definition?(analysis: Analysis, offset: number): OffsetRange[];
  /** A definition in another file (Terraform's `file("component.yaml")`): its URI, opened at its start. */
  fileDefinition?(analysis: Analysis, offset: number): string | undefined;
  references?(analysis: Analysis, offset: number, includeDeclaration: boolean): OffsetRange[];
  /** Edits renaming the symbol at `offset`, or a message saying why it cannot be renamed. */
  rename?(analysis: Analysis, offset: number, newName: string): { edits: Array<OffsetRange & { newText: string }> } | { error: string };
  prepareRename?(analysis: Analysis, offset: number): OffsetRange | undefined;
  symbols?(analysis: Analysis): OffsetSymbol[];
  folding?(analysis: Analysis): FoldOffsets[];
  /**
   * `folding` in slices, for kinds whose documents can be big (`LanguageService.foldingRangesInSlices`);
   * with a `limit`, at most that many, the outermost (the facade's choice, made without the rest).
   */
  foldingInSlices?(analysis: Analysis, limit?: number): Slices<FoldOffsets[]>;
  /** The syntax errors to report, when the support explains some of them better itself. */
  filterSyntax?(analysis: Analysis, errors: readonly SyntaxProblem[]): readonly SyntaxProblem[];
  /**
   * The derived model requests need (a component's symbol table), built in slices at the end of a sliced
   * analysis (`LanguageService.analyzeInSlices`), so that the first request on a big document's new version
   * does not build it in one piece. Takes no slice when the model is brought up to date from the previous version's.
   */
  prepare?(analysis: Analysis): Slices<unknown>;
  /** Extra description of the document for the status item, e.g. the component platform. */
  describe?(analysis: Analysis): { platform?: string };
  /**
   * The documents embedded in this one (a request's `data`), each analysed by the facade like a file of
   * its kind, with results mapped back (`embedded/embeddedSupport.ts`). Called once per version.
   */
  regions?(analysis: Analysis): readonly EmbeddedRegion[];
  /**
   * The recipe entries that name one of this document's own component regions (a template's `!Ref X`), so
   * that their parameters are checked against that document, with hover and definition (`localComponents.ts`).
   */
  componentUses?(analysis: Analysis): readonly LocalComponentUse[];
  /** Where a recipe entry's parameter name is being typed at `offset` (completed from the component's declarations). */
  parameterNameAt?(analysis: Analysis, offset: number): ParameterNameSlot | undefined;
  /**
   * Where a recipe's component ARN is being typed at `offset`, for a host whose syntax `arnCompletion`'s
   * YAML/JSON reading does not cover (Terraform's `component { component_arn = "…" }`): completed from the
   * workspace's and the AWS-managed components.
   */
  componentArnAt?(analysis: Analysis, offset: number): ComponentArnSlot | undefined;
  /**
   * The embedded regions analysed (set by `withRegions`): once per version, carried over from the
   * previous one, and shared by validation, completion, hover and the workspace summary.
   */
  embedded?(analysis: Analysis): readonly Embedded[];
}
