import * as fs from 'node:fs';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { loadBundledSchemas } from '../node/loadSchemas';
import { packageInfo } from '../node/packageInfo';
import { getLanguageService, LanguageService, WorkspaceView } from '../service/languageService';
import { getKind } from '../service/kinds/kinds';
import { LintArgs, parseArgs, usage } from './args';
import { checkSource, FileResult, Source, toSource } from './check';
import { collectFiles } from './collectFiles';
import { unifiedDiff } from './diff';
import { fixSource } from './fix';
import { githubReport } from './report/github';
import { jsonReport } from './report/json';
import { countAll, Report } from './report/report';
import { sarifReport } from './report/sarif';
import { textReport } from './report/text';
import { buildCliWorkspace } from './workspace';
import { writeAtomic } from './writeAtomic';


export interface Output {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

/** What the checker needs from its process: standard input, whether stdout is a terminal, the environment. */
export interface LintIo {
  readonly readStdin: () => string;
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

const processIo = (): LintIo => ({ readStdin: () => fs.readFileSync(0, 'utf8'), isTTY: process.stdout.isTTY === true, env: process.env, cwd: process.cwd() });

/** The command-line checker, as a function (the bin script only prints its output). */
export function runLint(argv: readonly string[], io: LintIo = processIo(), service?: LanguageService): Output {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return { stdout: '', stderr: `imagebuilder-lint: ${parsed.error}\nRun 'imagebuilder-lint --help' for the options.\n`, exitCode: 2 };
  const { args } = parsed;
  const info = packageInfo();
  if (args.help) return { stdout: `${usage()}\n`, stderr: '', exitCode: 0 };
  if (args.version) return { stdout: `${info.version}\n`, stderr: '', exitCode: 0 };
  if (args.kind && !getKind(args.kind)) {
    return { stdout: '', stderr: `imagebuilder-lint: unknown kind '${args.kind}'; run 'imagebuilder-lint --help' for the kinds.\n`, exitCode: 2 };
  }
  const ls = service ?? getLanguageService({ schemas: loadBundledSchemas() });
  const run = lintSources(ls, args, io);
  const counts = countAll(run.shown);
  const all = countAll(run.results);
  const tooManyWarnings = args.maxWarnings !== undefined && all.warnings > args.maxWarnings;
  const exitCode: 0 | 1 | 2 = run.errors.length > 0 ? 2 : all.errors > 0 || tooManyWarnings ? 1 : 0;
  const report: Report = { results: run.shown, errors: run.errors, fixed: run.fixed, exitCode, counts, version: info.version };
  const notes = [...run.notes];
  if (tooManyWarnings) notes.push(`too many warnings: ${all.warnings}, more than --max-warnings ${args.maxWarnings}`);
  const stderr = [...run.errors, ...notes].map((e) => `imagebuilder-lint: ${e}\n`).join('');
  return { stdout: run.diffs + format(report, args, io, info), stderr, exitCode };
}

function format(report: Report, args: LintArgs, io: LintIo, info: ReturnType<typeof packageInfo>): string {
  switch (args.format) {
    case 'json': return jsonReport(report);
    case 'sarif': return sarifReport(report, { helpUri: info.rulesUri, informationUri: info.homepage, cwd: io.cwd });
    case 'github': return githubReport(report, io.cwd);
    default: {
      const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
      return textReport(report, { frames: io.isTTY, color: io.isTTY && !noColor });
    }
  }
}

interface Run {
  readonly results: FileResult[];
  /** `results` with only errors when --quiet. */
  readonly shown: FileResult[];
  readonly errors: string[];
  readonly notes: string[];
  readonly fixed: Map<string, ReadonlyMap<string, number>>;
  readonly diffs: string;
}

function lintSources(service: LanguageService, args: LintArgs, io: LintIo): Run {
  const errors: string[] = [];
  const notes: string[] = [];
  const sources: Source[] = [];
  if (args.stdin) {
    sources.push(toSource(args.stdinFilename ?? '<stdin>', io.readStdin(), args.stdinFilename === undefined));
  } else {
    const collected = collectFiles(args.paths);
    errors.push(...collected.errors);
    for (const file of collected.files) {
      try {
        sources.push(toSource(file, fs.readFileSync(file, 'utf8')));
      } catch (error) {
        errors.push(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
  }
  // Recipes are checked against the components of all the files given (the workspace index).
  const workspace: WorkspaceView | undefined = args.stdin ? undefined : buildCliWorkspace(service, sources.map((s) => s.file), args.kind);
  const results: FileResult[] = [];
  const fixed = new Map<string, ReadonlyMap<string, number>>();
  let diffs = '';
  for (const source of sources) {
    let text = source.text;
    if (args.fix || args.fixDryRun) {
      const outcome = fixSource(service, source, args.kind, workspace);
      if (outcome.text !== source.text) {
        if (args.fixDryRun) diffs += unifiedDiff(source.file, source.text, outcome.text);
        const failed = args.fix ? writeAtomic(source.file, (source.bom ? '\ufeff' : '') + outcome.text) : undefined;
        if (failed) errors.push(failed);
        else {
          text = outcome.text;
          if (args.fix) fixed.set(source.file, outcome.fixed);
        }
      }
    }
    const result = checkSource(service, source, args.kind, text, workspace);
    results.push(result);
    if (args.verbose) notes.push(result.kind === null ? `skipped (not an Image Builder file): ${source.file}` : `checked as ${result.kind}: ${source.file}`);
  }
  const shown = args.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => (d.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error) })) : results;
  return { results, shown, errors, notes, fixed, diffs };
}
