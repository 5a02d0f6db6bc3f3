import { AstNode, ValueNode } from '../ast/types';
import type { HclDocumentInfo } from './hcl/types';

export type SourceLanguage = 'yaml' | 'json' | 'hcl';

export interface SyntaxProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** The parser's own error code (eemeli/yaml's `code`, or jsonc-parser's error name). */
  readonly parserCode: string;
  readonly severity: 'error' | 'warning';
}

/**
 * The result of one parse of one document version, cached per version. Immutable once built, except
 * that the incremental re-parse (`incremental.ts`) takes over the tree of the version it replaces and
 * consumes that older version: any read of it throws (`util/consume.ts`).
 */
export interface ParsedDocument {
  readonly text: string;
  readonly language: SourceLanguage;
  /** The first document's root; undefined for an empty document. */
  readonly root: ValueNode | undefined;
  readonly syntaxErrors: readonly SyntaxProblem[];
  /** Further documents of a YAML stream, beyond the first (not analysed). */
  readonly extraDocuments: number;
  /** Nodes nested deeper than the parser's limit were cut off. */
  readonly truncatedDepth: boolean;
  /** The text nests deeper than `MAX_DEPTH` from this offset: no tree was built (YAML: depthGuard.ts; JSON: jsonToAst.ts). */
  readonly tooDeepAt?: number;
  /** YAML: whether the first document has aliases (`*name`); undefined when not known. */
  readonly hasAliases?: boolean;
  /** YAML: whether the text has an explicit key line (`? key`); undefined when not known. */
  readonly explicitKeys?: boolean;
  /**
   * Set by the incremental re-parse (`incremental.ts`) when one node was parsed again: `replacement` took
   * the place of `old` in the previous version's tree, which this version took over. Every other node is
   * the previous version's, shifted.
   */
  readonly replaced?: Replaced;
  /** HCL: string templates, heredocs and function calls (`parse/hcl/`). */
  readonly hcl?: HclDocumentInfo;
  /** HCL: the parser was not loaded yet (its WASM loads on first use): nothing was parsed. */
  readonly pending?: boolean;
}

/** A value (a sequence's item, a JSON value) or a mapping's entry (a YAML property), and what took its place. */
export interface Replaced {
  readonly old: AstNode;
  readonly replacement: AstNode;
}

/** Nesting deeper than this is not converted (no real Image Builder file comes close). */
export const MAX_DEPTH = 400;
