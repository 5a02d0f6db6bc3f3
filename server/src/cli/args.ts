export interface LintArgs {
  readonly paths: string[];
  readonly format: 'text' | 'json';
  readonly kind: string | undefined;
  readonly help: boolean;
}

export type ParseResult = { ok: true; args: LintArgs } | { ok: false; error: string };

export const USAGE = `Usage: imagebuilder-lint <files or folders…> [--format text|json] [--kind <kind>]

Checks EC2 Image Builder component documents and request files. Folders are searched for
*.yaml, *.yml and *.json files; files that are not Image Builder files are skipped silently.

  --format text|json   output format (default: text)
  --kind <kind>        treat every file as this kind instead of detecting it
  --help               show this help

Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable file.`;

export function parseArgs(argv: readonly string[]): ParseResult {
  const paths: string[] = [];
  let format: 'text' | 'json' = 'text';
  let kind: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') return { ok: false, error: `--format takes text or json, not '${v ?? ''}'` };
      format = v;
    } else if (flag === '--kind') {
      const v = value();
      if (!v) return { ok: false, error: '--kind needs a kind id' };
      kind = v;
    } else if (flag.startsWith('-') && flag !== '-') return { ok: false, error: `unknown option '${arg}'` };
    else paths.push(arg);
  }
  if (!help && paths.length === 0) return { ok: false, error: 'no files or folders given' };
  return { ok: true, args: { paths, format, kind, help } };
}
