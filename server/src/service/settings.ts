import { FILE_NAME_CONVENTIONS } from './kinds/fileNames';
import { Severity } from './rules/ruleTable';

export type ComponentPlatform = 'auto' | 'Linux' | 'Windows' | 'macOS';

/** The `imagebuilder.*` settings, the same shape from workspace/configuration, initializationOptions and the CLI. */
export interface Settings {
  /** Glob → kind id. */
  readonly fileKinds: Readonly<Record<string, string>>;
  /** Glob → kind for empty and nearly empty files (`kinds/fileNames.ts`); `{}` turns the conventions off. */
  readonly fileNameConventions: Readonly<Record<string, string>>;
  readonly component: { readonly platform: ComponentPlatform };
  /** Code → severity, or `off`. */
  readonly diagnostics: { readonly severity: Readonly<Record<string, Severity | 'off'>> };
  /** Files larger than this (in characters) get syntax-free minimal treatment. */
  readonly maxFileSize: number;
  /**
   * At most this many outline symbols, and folding ranges, for a document (the outermost kept:
   * `features/symbolsAndFolding.ts`): VS Code's `json.maxItemsComputed` and yaml-language-server's
   * `yaml.maxItemsComputed`, with their default.
   */
  readonly maxItemsComputed: number;
}

export const DEFAULT_SETTINGS: Settings = {
  fileKinds: {},
  fileNameConventions: FILE_NAME_CONVENTIONS,
  component: { platform: 'auto' },
  diagnostics: { severity: {} },
  maxFileSize: 5_000_000,
  maxItemsComputed: 5_000,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const PLATFORMS = new Set(['auto', 'Linux', 'Windows', 'macOS']);

/** Reads untrusted settings input: anything malformed falls back to the default, never throws. */
export function normalizeSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const fileKinds: Record<string, string> = {};
  if (isRecord(input.fileKinds)) {
    for (const [glob, kind] of Object.entries(input.fileKinds)) if (typeof kind === 'string') fileKinds[glob] = kind;
  }
  let fileNameConventions: Readonly<Record<string, string>> = FILE_NAME_CONVENTIONS;
  if (isRecord(input.fileNameConventions)) {
    const given: Record<string, string> = {};
    for (const [glob, kind] of Object.entries(input.fileNameConventions)) if (typeof kind === 'string') given[glob] = kind;
    fileNameConventions = given;
  }
  const platform = isRecord(input.component) && typeof input.component.platform === 'string' && PLATFORMS.has(input.component.platform)
    ? (input.component.platform as ComponentPlatform)
    : 'auto';
  const severity: Record<string, Severity | 'off'> = {};
  const rawSeverity = isRecord(input.diagnostics) ? input.diagnostics.severity : undefined;
  if (isRecord(rawSeverity)) {
    for (const [code, value] of Object.entries(rawSeverity)) if (typeof value === 'string' && SEVERITIES.has(value)) severity[code] = value as Severity | 'off';
  }
  const maxFileSize = typeof input.maxFileSize === 'number' && input.maxFileSize > 0 ? input.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  const maxItemsComputed = typeof input.maxItemsComputed === 'number' && input.maxItemsComputed >= 0 ? Math.floor(input.maxItemsComputed) : DEFAULT_SETTINGS.maxItemsComputed;
  return { fileKinds, fileNameConventions, component: { platform }, diagnostics: { severity }, maxFileSize, maxItemsComputed };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
