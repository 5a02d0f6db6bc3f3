/** Shared runs of consecutive words, to catch descriptions copied from the spec. */

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

/** Every run of `n` consecutive words of `text`, joined by spaces. */
export function wordRuns(text: string, n: number): Set<string> {
  const out = new Set<string>();
  const ws = words(text);
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

/** The first run of `n` words of `text` that also occurs in `runs`, if any. */
export function sharedRun(text: string, runs: Set<string>, n: number): string | undefined {
  for (const run of wordRuns(text, n)) if (runs.has(run)) return run;
  return undefined;
}
