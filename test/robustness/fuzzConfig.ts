/**
 * How hard the properties work. `npm test` runs a bounded, reproducible amount (a fixed seed);
 * `npm run fuzz` sets IB_FUZZ=1 for long runs with a fresh seed, which it prints so a failure can be
 * replayed with IB_FUZZ_SEED=<seed>. IB_FUZZ_RUNS scales the runs of every property.
 */
const fuzzing = process.env.IB_FUZZ === '1';
const seedText = process.env.IB_FUZZ_SEED;

export const FUZZ = {
  fuzzing,
  seed: seedText !== undefined && seedText !== '' ? Number(seedText) : fuzzing ? (Date.now() ^ (process.pid << 8)) >>> 0 : 20241022,
  /** Runs for a property that costs about one document analysis per run. */
  runs(normal: number, long = normal * 50): number {
    const override = Number(process.env.IB_FUZZ_RUNS);
    return Number.isFinite(override) && override > 0 ? override : fuzzing ? long : normal;
  },
};

/** fast-check parameters for one property. */
export function fcParams(normal: number, long?: number): { seed: number; numRuns: number; endOnFailure: boolean } {
  return { seed: FUZZ.seed, numRuns: FUZZ.runs(normal, long), endOnFailure: true };
}

let announced = false;

/** Prints the seed once per test file (in every mode: a failure in CI can be replayed too). */
export function announceSeed(file: string): void {
  if (announced) return;
  announced = true;
  process.stdout.write(`# ${file}: fast-check seed ${FUZZ.seed}${fuzzing ? ' (fuzz mode)' : ''}; replay with IB_FUZZ_SEED=${FUZZ.seed}\n`);
}
