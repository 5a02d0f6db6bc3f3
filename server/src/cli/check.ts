import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic } from 'vscode-languageserver-types';
import { nodeFiles } from '../node/fileView';
import { Analysis, LanguageService, WorkspaceView } from '../service/languageService';

/** One file's text as the checker sees it: without its byte-order mark, which is given back on writing. */
export interface Source {
  /** The path as given (or `--stdin-filename`, or `<stdin>`), as shown in reports. */
  readonly file: string;
  readonly text: string;
  readonly bom: boolean;
  /** Standard input without a name. */
  readonly anonymous: boolean;
}

export interface FileResult {
  readonly file: string;
  readonly kind: string | null;
  readonly diagnostics: Diagnostic[];
  /** The text checked (after --fix: the fixed text), for code frames and SARIF regions. */
  readonly text: string;
  /** Empty (or only blank) although a kind was given or detected: nothing to check. */
  readonly empty: boolean;
}

export function toSource(file: string, raw: string, anonymous = false): Source {
  const bom = raw.charCodeAt(0) === 0xfeff;
  return { file, text: bom ? raw.slice(1) : raw, bom, anonymous };
}

export function languageIdOf(source: Source): string {
  if (/\.json$/i.test(source.file)) return 'json';
  if (/\.tf$/i.test(source.file)) return 'terraform';
  if (source.anonymous && /^\s*[[{]/.test(source.text)) return 'json';
  return 'yaml';
}

export function analyzeSource(service: LanguageService, source: Source, text: string, kind: string | undefined, version = 1, workspace?: WorkspaceView): Analysis {
  const absolute = path.resolve(source.anonymous ? 'stdin' : source.file);
  const document = TextDocument.create(pathToFileURL(absolute).toString(), languageIdOf(source), version, text);
  return service.analyze(document, { kindOverride: kind ?? null, path: absolute, workspace, files: nodeFiles });
}

export function checkSource(service: LanguageService, source: Source, kind: string | undefined, text = source.text, workspace?: WorkspaceView): FileResult {
  const analysis = analyzeSource(service, source, text, kind, 1, workspace);
  const detected = analysis.detection.kind?.id ?? null;
  return {
    file: source.file,
    kind: detected,
    diagnostics: service.doValidation(analysis),
    text,
    empty: detected !== null && text.trim() === '',
  };
}
