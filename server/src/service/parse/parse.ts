import { parseHcl } from './hcl/hclToAst';
import { HclParser } from './hcl/syntax';
import { HclTreeSlot } from './hcl/hclTrees';
import { DEFAULT_CHUNKING, parseYamlChunkedInSlices } from './chunkedYaml';
import { finish, Slices } from '../util/slices';
import { parseJson } from './jsonToAst';
import { maskTemplate } from './hcl/templateMask';
import { ParsedDocument, SourceLanguage } from './types';
import { parseYaml } from './yamlToAst';

export interface ParseOptions {
  /**
   * Whether a big YAML text may be parsed in pieces (chunkedYaml.ts; default true). A text with syntax
   * errors is parsed whole after the pieces fail, so a caller that expects errors says false.
   */
  readonly chunked?: boolean;
  /** Where the text was last edited, when known: the piece there is tried first. */
  readonly editedAt?: number;
  /** The HCL parser, once the host has loaded it (`node/loadHcl.ts`); without it HCL text is left pending. */
  readonly hcl?: HclParser;
  /** Where the document's last HCL tree is kept, for tree-sitter's incremental re-parse (`hcl/hclTrees.ts`). */
  readonly hclTree?: HclTreeSlot;
}

/** Parses `text` as `language`. Never throws: problems come back as syntax errors. */
export function parseText(text: string, language: SourceLanguage, options: ParseOptions = {}): ParsedDocument {
  return finish(parseTextInSlices(text, language, options));
}

/**
 * `parseText` in slices: a big YAML text parsed in chunks yields after each chunk. JSON, HCL, and YAML
 * that the chunked parse declines (syntax errors, aliases, several documents) are parsed in one slice.
 */
export function* parseTextInSlices(text: string, language: SourceLanguage, options: ParseOptions = {}): Slices<ParsedDocument> {
  if (language === 'json') return parseJson(text);
  if (language === 'hcl') {
    return options.hcl ? parseHcl(text, options.hcl, options.hclTree) : { text, language, root: undefined, syntaxErrors: [], extraDocuments: 0, truncatedDepth: false, pending: true };
  }
  return (options.chunked === false ? undefined : yield* chunkedSafely(text, options.editedAt)) ?? parseYaml(text);
}

/**
 * A Terraform template file (`.yml.tpl`, `.tftpl`): YAML once rendered. Its `${…}`/`%{…}` are replaced by
 * stand-ins of the same length (`hcl/templateMask.ts`: opaque values, comments) and the result parsed in
 * one piece; every offset is the file's, and `text` is the file's own.
 */
export function parseTemplate(text: string): ParsedDocument {
  return { ...parseYaml(maskTemplate(text)), text };
}

/** A big YAML text in pieces when that is shown to give the same tree; else undefined. */
function* chunkedSafely(text: string, editedAt: number | undefined): Slices<ParsedDocument | undefined> {
  try {
    return yield* parseYamlChunkedInSlices(text, DEFAULT_CHUNKING, editedAt);
  } catch {
    return undefined;
  }
}

/** The source language for an LSP language id or a file name. */
export function languageOf(languageIdOrPath: string): SourceLanguage | undefined {
  const id = languageIdOrPath.toLowerCase();
  if (id === 'terraform' || id === 'hcl' || id.endsWith('.tf')) return 'hcl';
  if (id === 'json' || id === 'jsonc' || id.endsWith('.json')) return 'json';
  if (id === 'yaml' || id === 'yml' || /\.(ya?ml|template|tpl|tfpl|tftpl)$/.test(id)) return 'yaml';
  return undefined;
}
