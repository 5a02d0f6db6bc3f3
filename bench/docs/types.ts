/** A generated benchmark document and the places where an editor would ask for help. */
export type DocumentFamily = 'component' | 'infrastructure' | 'recipe' | 'template' | 'terraform';

/** A cursor position, as a UTF-16 offset into the generated text. */
export interface Probe {
  /** What the place is, e.g. `action value`, `key in a step`, `inside {{ }}`. */
  readonly label: string;
  readonly offset: number;
}

export interface BenchDocument {
  readonly family: DocumentFamily;
  /** Steps (component), block device mappings / tags (JSON) or resources (templates, Terraform modules). */
  readonly size: number;
  /** A file name, e.g. `component-1000.yaml`; its extension decides the language. */
  readonly fileName: string;
  readonly languageId: 'yaml' | 'json' | 'terraform';
  readonly text: string;
  readonly completions: readonly Probe[];
  readonly hovers: readonly Probe[];
  /**
   * Typing right before completion: the offset just after a character that is deleted and typed
   * again, then completion is asked at once (the cursor is in a value an editor would complete).
   */
  readonly keystroke: Probe;
  /** Offsets at which a burst of characters is typed (inside plain values, so the text stays valid). */
  readonly bursts: readonly number[];
}

/** Offset of `needle` in `text` at or after `from`, plus `delta`; throws when absent (a generator bug). */
export function offsetOf(text: string, needle: string, from = 0, delta = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`generator: '${needle}' not found after offset ${from}`);
  return at + delta;
}
