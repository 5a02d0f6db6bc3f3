import { parseJson } from './jsonToAst';
import { ParsedDocument, SourceLanguage } from './types';
import { parseYaml } from './yamlToAst';

/** Parses `text` as `language`. Never throws: problems come back as syntax errors. */
export function parseText(text: string, language: SourceLanguage): ParsedDocument {
  return language === 'json' ? parseJson(text) : parseYaml(text);
}

/** The source language for an LSP language id or a file name. */
export function languageOf(languageIdOrPath: string): SourceLanguage | undefined {
  const id = languageIdOrPath.toLowerCase();
  if (id === 'json' || id === 'jsonc' || id.endsWith('.json')) return 'json';
  if (id === 'yaml' || id === 'yml' || /\.(ya?ml|template|tpl|tfpl)$/.test(id)) return 'yaml';
  return undefined;
}
