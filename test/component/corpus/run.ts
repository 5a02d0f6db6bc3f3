import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadBundledSchemas } from '../../../server/src/node/loadSchemas';
import { getLanguageService, LanguageService } from '../../../server/src/service/languageService';
import { CorpusSource } from './sources';

let cached: LanguageService | undefined;

function service(): LanguageService {
  return (cached ??= getLanguageService({ schemas: loadBundledSchemas() }));
}

/** The kind and the diagnostics of one source, as `line code` strings (1-based lines), sorted. */
export function checkSource(source: CorpusSource): { kind: string | null; lines: string[]; messages: string[] } {
  const ls = service();
  const document = TextDocument.create(`file:///corpus/${encodeURIComponent(source.label)}`, source.languageId, 1, source.text);
  const analysis = ls.analyze(document, { kindOverride: 'component-document' });
  const diagnostics = ls.doValidation(analysis);
  const sorted = [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return {
    kind: ls.analyze(document).detection.kind?.id ?? null,
    lines: sorted.map((d) => `${d.range.start.line + 1} ${String(d.code)}`),
    messages: sorted.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`),
  };
}
