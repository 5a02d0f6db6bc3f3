import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * The validation worker's niceness (Linux's scale: 0 is normal, 19 the lowest). On a 2-core machine the
 * worker's full parse of a big document, the main thread's own parse of it in slices and the editor compete
 * for the cores; the main thread answers completion and hover, which the user waits for, the worker
 * diagnostics that may come later. Measured in bench/README.md ("Requests during the open's parse").
 */
export const WORKER_NICENESS = 10;

/**
 * Lowers the priority of the calling thread only (not the process): on Linux a thread has its own niceness,
 * set through its thread id, read from `/proc/thread-self`. Elsewhere, or if the system refuses, nothing
 * changes (false).
 */
export function lowerThisThreadPriority(niceness: number): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, niceness);
    return true;
  } catch {
    return false;
  }
}
