/**
 * Binary search over `sorted` (ascending by `key`): the index of the last item whose key is at or before
 * `offset`, or -1 when none is. O(log n). The one binary search of the service: node children, steps,
 * offset maps and chunk cuts all ask it.
 */
export function lastIndexAtOrBefore<T>(sorted: ArrayLike<T>, offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
