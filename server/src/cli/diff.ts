import { structuredPatch } from 'diff';

/** A unified diff (`--- a/file`, `+++ b/file`, hunks with 3 lines of context), as `git diff` prints it. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const name = file.replace(/\\/g, '/');
  const patch = structuredPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
  const out = [`--- ${patch.oldFileName}`, `+++ ${patch.newFileName}`];
  for (const hunk of patch.hunks) {
    out.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines);
  }
  return `${out.join('\n')}\n`;
}
