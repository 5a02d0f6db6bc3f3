import { setFlagsFromString } from 'node:v8';

/**
 * How far the heap may grow past what the last full collection kept, in percent (a factor of 3). V8's
 * own choice, up to 4, lets a server whose every edit replaces the last model hold mostly garbage; a
 * smaller factor collects so often that completion slows. The measurements are in bench/README.md
 * ("Caveats", the heap growing factor).
 */
export const HEAP_GROWING_PERCENT = 200;

/** Sets the heap growing factor for this process (before the first document). An unknown flag only logs to stderr. */
export function tuneHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
