import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { FileResult } from '../check';

/** Everything a run found, handed to one output format. */
export interface Report {
  /** Every file read: checked (kind set) or skipped (kind null). Diagnostics already filtered by --quiet. */
  readonly results: readonly FileResult[];
  /** Files that could not be read or written, and other run errors. */
  readonly errors: readonly string[];
  /** With --fix: the codes fixed in each file. */
  readonly fixed: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly exitCode: 0 | 1 | 2;
  readonly counts: Counts;
  readonly version: string;
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  /** Problems whose preferred fix --fix would apply. */
  readonly fixable: number;
}

export const SEVERITY_NAMES: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function severityName(d: Diagnostic): string {
  return SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error] ?? 'error';
}

/** A diagnostic whose preferred fix `--fix` applies (the rule table allows it, and toLsp marked it). */
export function isFixable(d: Diagnostic): boolean {
  const data = d.data as { fixes?: Array<{ preferred?: boolean }> } | undefined;
  return Array.isArray(data?.fixes) && data.fixes.some((f) => f.preferred === true);
}

export function countAll(results: readonly FileResult[]): Counts {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let fixable = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      const severity = d.severity ?? DiagnosticSeverity.Error;
      if (severity === DiagnosticSeverity.Error) errors++;
      else if (severity === DiagnosticSeverity.Warning) warnings++;
      else notes++;
      if (isFixable(d)) fixable++;
    }
  }
  return { errors, warnings, notes, fixable };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
