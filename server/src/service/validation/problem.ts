import { Severity } from '../rules/ruleTable';

/** A text edit in offsets (converted to LSP ranges only at the facade's edge). */
export interface OffsetEdit {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  /** The fix the editor may apply on "fix all" / the preferred quick fix. */
  readonly preferred?: boolean;
}

/** A diagnostic in offsets, as every rule reports it. */
export interface Problem {
  readonly offset: number;
  readonly length: number;
  readonly code: string;
  readonly message: string;
  /** Overrides the rule's default severity (rarely needed). */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly related?: ReadonlyArray<{ readonly offset: number; readonly length: number; readonly message: string }>;
}
