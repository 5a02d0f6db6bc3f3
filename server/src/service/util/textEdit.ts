/**
 * An edit as ranges of two texts: the old text's `[start, oldEnd)` became the new text's
 * `[start, oldEnd + delta)`; the texts are the same before `start` and after the replaced range.
 */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly delta: number;
}

/** The one edit that `first` (A → B) then `second` (B → C) make of A: the smallest range covering both. */
export function composeEdits(first: TextEdit, second: TextEdit): TextEdit {
  return {
    start: Math.min(first.start, second.start),
    oldEnd: Math.max(first.oldEnd, second.oldEnd - first.delta),
    delta: first.delta + second.delta,
  };
}

/**
 * What a comparison of the whole texts (`parse/incremental.ts` `diff`: the longest common prefix, then
 * the longest common suffix of the rest) finds, when the texts are known to agree outside `edit`: the
 * same range, in O(edit) instead of O(text). Undefined when the texts are the same; `misfit` when `edit`
 * cannot be an edit of `a` into `b` (a host's mistake: the caller compares the texts instead).
 */
export function narrowEdit(a: string, b: string, edit: TextEdit): TextEdit | undefined | 'misfit' {
  const { start, oldEnd, delta } = edit;
  if (start < 0 || oldEnd < start || oldEnd > a.length || b.length !== a.length + delta || oldEnd + delta < start) return 'misfit';
  if (delta === 0 && a.slice(start, oldEnd) === b.slice(start, oldEnd)) return undefined;
  const min = Math.min(a.length, b.length);
  let p = start;
  while (p < min && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  const maxSuffix = min - p;
  let s = Math.min(a.length - oldEnd, maxSuffix);
  while (s < maxSuffix && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, delta };
}

/** The changed range, from the common prefix and suffix (chunks compared first; O(length)). */
export function diff(a: string, b: string): TextEdit | undefined {
  if (a === b) return undefined;
  const min = Math.min(a.length, b.length);
  const CHUNK = 4096;
  let p = 0;
  while (p + CHUNK <= min && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < min && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  const maxSuffix = min - p;
  while (s + CHUNK <= maxSuffix && a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)) s += CHUNK;
  while (s < maxSuffix && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, delta: b.length - a.length };
}

/**
 * `diff(a, b)`, from the host's `hint` when it has one that fits (`narrowEdit`: the comparison of a 4 MB
 * text's two versions is a few milliseconds of the first request after a keystroke).
 */
export function changedRange(a: string, b: string, hint: TextEdit | undefined): TextEdit | undefined {
  const narrowed = hint ? narrowEdit(a, b, hint) : 'misfit';
  return narrowed === 'misfit' ? diff(a, b) : narrowed;
}
