import { setFlagsFromString } from 'node:v8';

/**
 * How far the heap may grow past what the last full collection kept, in percent. V8 chooses a factor of
 * up to 4 by itself, so a server whose live data is 45 MB (a 10,000-step component document) reached
 * 300–360 MB, mostly garbage: every edit's model replaces the last. A factor of 3 brought the
 * benchmark's peak at 10,000 steps to 230–270 MB (eight runs each way). Completion p95 there has
 * outliers of 10–24 ms either way, when a major collection runs beside the request on a 2-core machine;
 * a factor of 2 (`100`) made them more frequent (16 ms), and 1.5 (`50`) more still.
 */
export const HEAP_GROWING_PERCENT = 200;

/** Sets the heap growing factor for this process (before the first document). An unknown flag only logs to stderr. */
export function tuneHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
