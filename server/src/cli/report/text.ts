import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { FileResult } from '../check';
import { plural, Report, severityName } from './report';

export interface TextOptions {
  /** Code frames with a caret under each problem (stdout is a terminal). */
  readonly frames: boolean;
  /** ANSI colours (stdout is a terminal and NO_COLOR is not set). */
  readonly color: boolean;
}

type Paint = (code: string, text: string) => string;

/**
 * The familiar linter layout: the problems grouped by file, `line:col  severity  message  code`, optional
 * code frames, then the summary line.
 */
export function textReport(report: Report, options: TextOptions): string {
  const paint: Paint = options.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const out: string[] = [];
  for (const result of report.results) {
    if (result.kind === null || (result.diagnostics.length === 0 && !result.empty)) continue;
    out.push(paint('4', result.file));
    if (result.empty) out.push(`  ${paint('2', `the file is empty: nothing to check as ${result.kind}`)}`);
    const where = result.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
    const width = Math.max(0, ...where.map((w) => w.length));
    const severityWidth = Math.max(0, ...result.diagnostics.map((d) => severityName(d).length));
    result.diagnostics.forEach((d, i) => {
      const severity = severityName(d);
      out.push(`  ${paint('2', where[i].padEnd(width))}  ${paint(SEVERITY_COLOUR[d.severity ?? 1], severity.padEnd(severityWidth))}  ${oneLine(d.message)}  ${paint('2', String(d.code))}`);
      if (options.frames) out.push(...codeFrame(result, d, paint));
    });
    out.push('');
  }
  const fixedTotal = [...report.fixed.values()].reduce((n, codes) => n + [...codes.values()].reduce((a, b) => a + b, 0), 0);
  if (fixedTotal > 0) out.push(`Fixed ${plural(fixedTotal, 'problem')} in ${plural(report.fixed.size, 'file')}.`);
  if (report.counts.fixable > 0) out.push(`${plural(report.counts.fixable, 'problem')} can be fixed with --fix (--fix-dry-run shows how).`);
  out.push(summary(report, paint));
  return `${out.join('\n')}\n`;
}

const SEVERITY_COLOUR: Record<number, string> = { [DiagnosticSeverity.Error]: '31', [DiagnosticSeverity.Warning]: '33', [DiagnosticSeverity.Information]: '36', [DiagnosticSeverity.Hint]: '2' };

function summary(report: Report, paint: Paint): string {
  const checked = report.results.filter((r) => r.kind !== null).length;
  const skipped = report.results.length - checked;
  const { errors, warnings, notes } = report.counts;
  const problems = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notes > 0 ? `, ${plural(notes, 'note')}` : ''}`;
  const line = `${checked} Image Builder file${checked === 1 ? '' : 's'} checked (${skipped} other skipped): ${problems}.`;
  return paint(errors > 0 ? '31;1' : warnings > 0 ? '33;1' : '32;1', line);
}

function oneLine(message: string): string {
  return message.split('\n').map((part) => part.trim()).filter((part) => part !== '').join(' ');
}

/** The problem's line with one line either side, and carets under its range (to the end of its first line). */
function codeFrame(result: FileResult, d: Diagnostic, paint: Paint): string[] {
  const lines = result.text.split(/\r?\n/);
  const line = d.range.start.line;
  if (line >= lines.length) return [];
  const first = Math.max(0, line - 1);
  const last = Math.min(lines.length - 1, line + 1);
  const gutter = String(last + 1).length;
  const frame: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? paint('31;1', '>') : ' ';
    frame.push(`  ${marker} ${paint('2', `${String(n + 1).padStart(gutter)} |`)} ${clip(lines[n])}`);
    if (n === line) {
      const start = Math.min(d.range.start.character, lines[n].length);
      const end = d.range.end.line === line ? Math.min(d.range.end.character, lines[n].length) : lines[n].length;
      const indent = lines[n].slice(0, start).replace(/[^\t]/g, ' ');
      frame.push(`    ${paint('2', `${' '.repeat(gutter)} |`)} ${clip(indent)}${paint('31;1', '^'.repeat(Math.max(1, Math.min(end - start, 200))))}`);
    }
  }
  return frame;
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
