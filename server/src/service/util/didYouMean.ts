/** The closest candidate to `word`: an exact case-insensitive match first, then edit distance ≤ a third of its length. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? completedBy(lower, candidates);
}

/**
 * The one candidate that `word` is the start of (`instanceProfile` → `instanceProfileName`), for a word of
 * four letters or more; the shortest when several are (`instanceType` → `instanceTypes` before `instanceTypeArn`).
 */
function completedBy(lower: string, candidates: Iterable<string>): string | undefined {
  if (lower.length < 4) return undefined;
  let best: string | undefined;
  for (const candidate of candidates) {
    if (candidate.length > lower.length && candidate.toLowerCase().startsWith(lower) && (best === undefined || candidate.length < best.length)) best = candidate;
  }
  return best;
}

/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment:
 * `biuld` is one edit from `build`), giving up (returning limit + 1) once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        current[j] = Math.min(current[j], before[j - 2] + 1);
      }
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
