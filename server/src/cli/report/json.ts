import { Report } from './report';

/** `[{ file, kind, diagnostics }]` with LSP-shaped diagnostics (and `empty: true`, `fixed` where they apply). */
export function jsonReport(report: Report): string {
  const list = report.results.map((r) => {
    const fixed = report.fixed.get(r.file);
    return {
      file: r.file,
      kind: r.kind,
      diagnostics: r.diagnostics,
      ...(r.empty ? { empty: true } : {}),
      ...(fixed ? { fixed: Object.fromEntries(fixed) } : {}),
    };
  });
  return `${JSON.stringify(list, null, 2)}\n`;
}
