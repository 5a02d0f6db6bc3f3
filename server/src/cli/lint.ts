import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { loadBundledSchemas } from '../node/loadSchemas';
import { getLanguageService, LanguageService, WorkspaceView } from '../service/languageService';
import { getKind } from '../service/kinds/kinds';
import { parseArgs, USAGE } from './args';
import { collectFiles } from './collectFiles';
import { buildCliWorkspace, fileUri } from './workspace';

export interface FileResult {
  readonly file: string;
  readonly kind: string | null;
  readonly diagnostics: Diagnostic[];
}

export interface Output {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

/** The command-line checker, as a function (the bin script only prints its output). */
export function runLint(argv: readonly string[], service: LanguageService = getLanguageService({ schemas: loadBundledSchemas() })): Output {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return { stdout: '', stderr: `imagebuilder-lint: ${parsed.error}\n${USAGE}\n`, exitCode: 2 };
  const { args } = parsed;
  if (args.help) return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
  if (args.kind && !getKind(args.kind)) {
    return { stdout: '', stderr: `imagebuilder-lint: unknown kind '${args.kind}'; one of: ${service.listKinds().map((k) => k.kind).join(', ')}\n`, exitCode: 2 };
  }
  const { files, errors } = collectFiles(args.paths);
  const results: FileResult[] = [];
  const workspace = buildCliWorkspace(service, files, args.kind);
  for (const file of files) {
    const result = checkFile(service, file, args.kind, workspace);
    if (typeof result === 'string') errors.push(result);
    else results.push(result);
  }
  const stderr = errors.map((e) => `imagebuilder-lint: ${e}\n`).join('');
  const errorCount = count(results, DiagnosticSeverity.Error);
  const stdout = args.format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : textReport(results);
  const exitCode = errors.length > 0 ? 2 : errorCount > 0 ? 1 : 0;
  return { stdout, stderr, exitCode };
}

function checkFile(service: LanguageService, file: string, kind: string | undefined, workspace: WorkspaceView): FileResult | string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return `${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  const languageId = /\.json$/i.test(file) ? 'json' : /\.tf$/i.test(file) ? 'terraform' : 'yaml';
  const document = TextDocument.create(fileUri(file), languageId, 1, text);
  const analysis = service.analyze(document, { kindOverride: kind ?? null, path: path.resolve(file), workspace });
  return { file, kind: analysis.detection.kind?.id ?? null, diagnostics: service.doValidation(analysis) };
}

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];

function textReport(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const where = `${result.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      lines.push(`${where} ${SEVERITY_NAMES[d.severity ?? 1]} ${String(d.code)} ${d.message}`);
    }
  }
  const checked = results.filter((r) => r.kind !== null).length;
  const errors = count(results, DiagnosticSeverity.Error);
  const warnings = count(results, DiagnosticSeverity.Warning);
  lines.push(`${checked} Image Builder file${checked === 1 ? '' : 's'} checked (${results.length - checked} other skipped): ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  return `${lines.join('\n')}\n`;
}

function count(results: readonly FileResult[], severity: DiagnosticSeverity): number {
  return results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
}
