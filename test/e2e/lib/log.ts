// Timestamped progress lines for the real-editor tests, and a poll-until helper (no sleeps as synchronisation).
const t0 = Date.now();

export function log(...parts: unknown[]): void {
  console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...parts);
}

/**
 * Polls `fn` every `intervalMs` until it returns a truthy value; throws "timed out … waiting for <what>",
 * or at once when `giveUp` gives a reason (e.g. the editor has exited).
 */
export async function poll<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeoutMs: number, intervalMs = 200,
  giveUp?: () => string | undefined): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const reason = giveUp?.();
    if (reason) throw new Error(`${reason} (while waiting for ${what})`);
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise(r => setTimeout(r, intervalMs));
  }
}
