import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { Report } from './report';

/**
 * GitHub Actions workflow commands: one `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::<message>`
 * line per problem (`::warning`, `::notice` by severity), which the runner shows as annotations on the
 * changed lines. Escaping as in @actions/core. Lines and columns are 1-based; `endColumn` is the last
 * column of the range (inclusive).
 */
export function githubReport(report: Report, cwd: string = process.cwd()): string {
  const lines: string[] = [];
  for (const result of report.results) {
    if (result.kind === null) continue;
    const file = toPosix(path.isAbsolute(result.file) ? path.relative(cwd, result.file) : path.normalize(result.file));
    if (result.empty) lines.push(`::notice file=${property(file)},title=empty::${data(`The file is empty: nothing to check as ${result.kind}.`)}`);
    for (const d of result.diagnostics) {
      const command = d.severity === DiagnosticSeverity.Warning ? 'warning' : d.severity === DiagnosticSeverity.Error || d.severity === undefined ? 'error' : 'notice';
      const { start, end } = d.range;
      const endColumn = end.line === start.line ? Math.max(start.character + 1, end.character) : Math.max(1, end.character);
      const props = [`file=${property(file)}`, `line=${start.line + 1}`, `col=${start.character + 1}`, `endLine=${end.line + 1}`, `endColumn=${endColumn}`, `title=${property(String(d.code))}`];
      lines.push(`::${command} ${props.join(',')}::${data(d.message)}`);
    }
  }
  for (const error of report.errors) lines.push(`::error title=imagebuilder-lint::${data(error)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
