/**
 * Work in slices: a generator that yields between pieces of a long computation (the chunks of a big
 * YAML parse) and returns its result. The host decides when to go on (`lsp/slicedAnalysis.ts`: a few
 * milliseconds per event-loop turn) and may stop at any yield; the service's synchronous entry points
 * run the same generator to its end with `finish`.
 */
export type Slices<T> = Generator<void, T, void>;

/** Runs `slices` to the end and returns its result. */
export function finish<T>(slices: Slices<T>): T {
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}
