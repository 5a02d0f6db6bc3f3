import { getProperty } from '../ast/navigate';
import { ParsedDocument } from '../parse/types';
import { detectByContent } from './detectByContent';
import { isNearlyEmpty } from './fileNames';
import { compileGlob } from './glob';
import { detectTerraform } from './detectTerraform';
import { getKind, KindInfo } from './kinds';

export type KindSource = 'override' | 'setting' | 'schema' | 'comment' | 'content' | 'file-name' | 'none';

export interface KindOptions {
  /** A kind chosen by the user for this document (the "choose kind" command); null = detect. */
  readonly override?: string | null;
  /** `imagebuilder.fileKinds`: glob → kind id. */
  readonly fileKinds?: Readonly<Record<string, string>>;
  /** The document's path (or URI path), matched against `fileKinds` and `fileNameConventions`. */
  readonly path?: string;
  /** Glob → kind, for files that are empty or nearly so (`fileNames.ts`). */
  readonly fileNameConventions?: Readonly<Record<string, string>>;
}

export interface KindDetection {
  readonly kind: KindInfo | undefined;
  readonly source: KindSource;
  /** A `$schema` that names no bundled schema (it is ignored; nothing is fetched). */
  readonly ignoredSchema?: { readonly offset: number; readonly length: number; readonly value: string };
}

const COMMENT = /^\uFEFF?#\s*imagebuilder-kind\s*:\s*([\w.-]+)/;
const YLS_COMMENT = /^\uFEFF?#\s*yaml-language-server\s*:\s*\$schema=(\S+)/;

export function detectKind(parsed: ParsedDocument, options: KindOptions = {}): KindDetection {
  // HCL is Terraform's language, and only Terraform's Image Builder resources are ours: no other kind applies.
  if (parsed.language === 'hcl') return detectTerraform(parsed);
  const override = options.override ? getKind(options.override) : undefined;
  if (override) return { kind: override, source: 'override' };

  const fromSetting = kindFromSettings(options);
  if (fromSetting) return { kind: fromSetting, source: 'setting' };

  const root = parsed.root?.type === 'object' ? parsed.root : undefined;
  const schemaProperty = root ? getProperty(root, '$schema') : undefined;
  const schemaValue = schemaProperty?.valueNode?.type === 'string' ? schemaProperty.valueNode : undefined;
  if (schemaValue) {
    const kind = kindFromSchemaReference(schemaValue.value);
    if (kind) return { kind, source: 'schema' };
  }

  if (parsed.language === 'yaml') {
    const firstLine = parsed.text.slice(0, 512).split(/\r\n|\r|\n/, 1)[0];
    const match = COMMENT.exec(firstLine) ?? YLS_COMMENT.exec(firstLine);
    const kind = match ? getKind(match[1]) ?? kindFromSchemaReference(match[1]) : undefined;
    if (kind) return { kind, source: 'comment' };
  }

  const contentKind = root ? getKind(detectByContent(root) ?? '') : undefined;
  if (!contentKind) {
    const named = isNearlyEmpty(parsed.root) ? kindFromGlobs(options.fileNameConventions, options.path) : undefined;
    return named ? { kind: named, source: 'file-name' } : { kind: undefined, source: 'none' };
  }
  const ignoredSchema = schemaValue ? { offset: schemaValue.offset, length: schemaValue.length, value: schemaValue.value } : undefined;
  return ignoredSchema ? { kind: contentKind, source: 'content', ignoredSchema } : { kind: contentKind, source: 'content' };
}

/** `…/create-component.request.schema.json`, `get-image.response.schema.json`, or a bare kind id. */
export function kindFromSchemaReference(reference: string): KindInfo | undefined {
  const direct = getKind(reference);
  if (direct) return direct;
  // Read backwards from the end, in linear time: an unanchored regular expression here took time
  // quadratic in the length of the reference, which is document text (a long `$schema` froze the server).
  if (!reference.endsWith(SCHEMA_SUFFIX)) return undefined;
  let stem = reference.slice(0, -SCHEMA_SUFFIX.length);
  const response = stem.endsWith('.response');
  if (response) stem = stem.slice(0, -'.response'.length);
  else if (stem.endsWith('.request')) stem = stem.slice(0, -'.request'.length);
  let start = stem.length;
  while (start > 0 && isKindChar(stem.charCodeAt(start - 1))) start--;
  while (stem.charCodeAt(start) === 45 /* - */) start++; // a kind id starts with a letter
  const name = stem.slice(start);
  return name ? getKind(response ? `${name}.response` : name) : undefined;
}

const SCHEMA_SUFFIX = '.schema.json';

/** `[a-z-]` */
function isKindChar(code: number): boolean {
  return (code >= 97 && code <= 122) || code === 45;
}

const matchers = new Map<string, (path: string) => boolean>();

function kindFromSettings(options: KindOptions): KindInfo | undefined {
  return kindFromGlobs(options.fileKinds, options.path);
}

function kindFromGlobs(globs: Readonly<Record<string, string>> | undefined, filePath: string | undefined): KindInfo | undefined {
  if (!globs || !filePath) return undefined;
  const path = filePath.replace(/\\/g, '/');
  for (const [glob, kindId] of Object.entries(globs)) {
    const kind = getKind(kindId);
    if (kind && matcher(glob)(path)) return kind;
  }
  return undefined;
}

function matcher(glob: string): (path: string) => boolean {
  let match = matchers.get(glob);
  if (!match) {
    // Linear-time globs (glob.ts): a workspace's settings must not be able to stall the server.
    const patterns = glob.startsWith('/') || glob.startsWith('**/') ? [glob] : [glob, `**/${glob}`];
    const compiled = patterns.map(compileGlob);
    match = (path: string) => compiled.some((m) => m(path));
    if (matchers.size > 200) matchers.clear();
    matchers.set(glob, match);
  }
  return match;
}
