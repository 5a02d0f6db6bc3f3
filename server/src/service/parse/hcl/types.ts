import { ValueNode } from '../../ast/types';
import { HeredocBody } from './strings';

/** A string template (`"…${…}…"` or a heredoc): where its text lies and where the template sequences are. */
export interface HclTemplate {
  readonly kind: 'quoted' | 'heredoc';
  /** Heredocs: the body (without the opener and closing lines) and its indentation. */
  readonly heredoc?: HeredocBody;
  /** The text between the quotes (quoted) or the body (heredoc). */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The `${…}` and `%{…}` sequences, in order: their values cannot be known here. */
  readonly sequences: ReadonlyArray<{ readonly offset: number; readonly length: number; readonly kind: 'interpolation' | 'directive' }>;
}

/** A function call: its name and arguments (each converted as any expression). */
export interface HclCall {
  readonly name: string;
  readonly nameOffset: number;
  readonly args: readonly ValueNode[];
}

/** What the HCL conversion knows beyond the AST: block labels are on the properties themselves. */
export interface HclDocumentInfo {
  /** Every string template and heredoc, by the node made for it (a string, or an unknown value). */
  readonly templates: ReadonlyMap<ValueNode, HclTemplate>;
  /** Every function call, by the unknown value made for it. */
  readonly calls: ReadonlyMap<ValueNode, HclCall>;
}

