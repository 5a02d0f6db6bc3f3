import { KINDS } from '../service/kinds/kinds';

export type Format = 'text' | 'json' | 'sarif' | 'github';
const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

export interface LintArgs {
  readonly paths: string[];
  readonly format: Format;
  readonly kind: string | undefined;
  readonly quiet: boolean;
  readonly maxWarnings: number | undefined;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly stdin: boolean;
  readonly stdinFilename: string | undefined;
  readonly verbose: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export type ParseResult = { ok: true; args: LintArgs } | { ok: false; error: string };

export function usage(): string {
  const kinds = KINDS.map((k) => k.id);
  const authoring = KINDS.filter((k) => k.authoring).map((k) => k.id);
  const others = kinds.filter((k) => !authoring.includes(k));
  return `Usage: imagebuilder-lint [options] <files or folders…>
       imagebuilder-lint [options] --stdin [--stdin-filename <path>] < file

Checks EC2 Image Builder component documents and request files. Folders are searched for *.yaml,
*.yml, *.json and *.tf files and Terraform templates (*.tftpl, *.tfpl, *.yml.tpl; node_modules, .git,
out and dist are left out); files that are not Image Builder files are skipped (--verbose names them).

Output:
  --format <format>        text (default), json, sarif (SARIF 2.1.0, for code scanning) or github
                           (workflow-command annotations: ::error file=…,line=…::message)
  --quiet                  report errors only (warnings still count for --max-warnings)
  --max-warnings <n>       exit with status 1 when there are more than n warnings
  --verbose                also name, on stderr, the files skipped and the kind of each file checked

Fixing:
  --fix                    apply the safe quick fixes (README: "Quick fixes"; at most 10 passes) and
                           write the files that changed; then report what is left
  --fix-dry-run            print the fixes as a unified diff instead of writing them (text format)

Input:
  --kind <kind>            check every file as this kind instead of detecting it
  --stdin                  check the text on standard input
  --stdin-filename <path>  the path that text stands for (its kind, its name in the report)

  --version                print the version
  --help, -h               show this help

Exit status: 0 no errors (and no more warnings than --max-warnings), 1 errors found (or too many
warnings), 2 usage error or a file that cannot be read or written.

Kinds: ${wrap(authoring.join(', '))}
Also, for get/list operations: ${wrap(others.join(', '))}`;
}

function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 96) {
      lines.push(line);
      line = '  ';
    }
    line += (line && line !== '  ' ? ' ' : '') + word;
  }
  return [...lines, line].join('\n');
}

/** Flags that take a value. */
const VALUED = new Set(['--format', '--kind', '--max-warnings', '--stdin-filename']);
const BOOLEAN = new Set(['--quiet', '--fix', '--fix-dry-run', '--stdin', '--verbose', '--help', '-h', '--version']);

export function parseArgs(argv: readonly string[]): ParseResult {
  const paths: string[] = [];
  const seen = new Set<string>();
  const values = new Map<string, string>();
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUED.has(flag)) {
      const value = eq > 0 && flag !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return { ok: false, error: `${flag} needs a value` };
      values.set(flag, value);
    } else if (BOOLEAN.has(flag) && flag === arg) seen.add(flag);
    else return { ok: false, error: `unknown option '${arg}'` };
  }
  return validate(paths, seen, values);
}

function validate(paths: string[], seen: Set<string>, values: Map<string, string>): ParseResult {
  const format = (values.get('--format') ?? 'text') as Format;
  if (!FORMATS.includes(format)) return { ok: false, error: `--format takes ${FORMATS.join(', ')}, not '${values.get('--format')}'` };
  const maxText = values.get('--max-warnings');
  const maxWarnings = maxText === undefined ? undefined : /^\d+$/.test(maxText) ? Number(maxText) : NaN;
  if (Number.isNaN(maxWarnings)) return { ok: false, error: `--max-warnings takes a whole number, not '${maxText}'` };
  const args: LintArgs = {
    paths,
    format,
    kind: values.get('--kind'),
    quiet: seen.has('--quiet'),
    maxWarnings,
    fix: seen.has('--fix'),
    fixDryRun: seen.has('--fix-dry-run'),
    stdin: seen.has('--stdin'),
    stdinFilename: values.get('--stdin-filename'),
    verbose: seen.has('--verbose'),
    help: seen.has('--help') || seen.has('-h'),
    version: seen.has('--version'),
  };
  if (args.help || args.version) return { ok: true, args };
  if (args.fix && args.fixDryRun) return { ok: false, error: '--fix and --fix-dry-run cannot be used together' };
  if (args.fixDryRun && format !== 'text') return { ok: false, error: '--fix-dry-run prints a diff: use it with --format text' };
  if (args.stdin && args.fix) return { ok: false, error: '--fix writes files and cannot fix standard input: use --fix-dry-run to see the fixes' };
  if (args.stdin && paths.length > 0) return { ok: false, error: '--stdin checks standard input only: give no files or folders with it' };
  if (args.stdinFilename !== undefined && !args.stdin) return { ok: false, error: '--stdin-filename is used with --stdin' };
  if (!args.stdin && paths.length === 0) return { ok: false, error: 'no files or folders given' };
  return { ok: true, args };
}
