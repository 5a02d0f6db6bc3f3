/** Summary of repeated timings in milliseconds (nearest-rank percentiles). */
export interface Stats {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

export function summarize(samples: readonly number[]): Stats | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  return { n: sorted.length, p50: round(rank(0.5)), p95: round(rank(0.95)), min: round(sorted[0]), max: round(sorted[sorted.length - 1]) };
}

/** The worst of several summaries by p95 (e.g. over probe places). */
export function worst(stats: ReadonlyArray<Stats | undefined>): Stats | undefined {
  let result: Stats | undefined;
  for (const s of stats) if (s && (!result || s.p95 > result.p95)) result = s;
  return result;
}

export function round(ms: number): number {
  return ms >= 100 ? Math.round(ms) : Math.round(ms * 100) / 100;
}
