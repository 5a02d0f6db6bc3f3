import { Analysis } from '../../analysis';
import { lineStart } from '../../edits/propertyEdits';
import { InsertTextFormat } from 'vscode-languageserver-types';
import { KindSupport, OffsetCompletionList, OffsetRange, OffsetSymbol } from '../../kindSupport';
import { Problem } from '../../validation/problem';
import { containsOffset, EmbeddedDocument, embeddedDocument } from './embeddedDocument';
import { escapeForHost, escapingHost, snippetToPlain } from './hostText';
import { toHostRange, toVirtual } from './offsetMap';

/**
 * The request support, with the component document inside a create-component or import-component
 * `data` string checked, completed and hovered as if it were a file (positions mapped through the string).
 */
export function withEmbeddedComponents(requests: KindSupport, components: KindSupport): KindSupport {
  const at = (analysis: Analysis, offset: number) => {
    const embedded = embeddedDocument(analysis);
    return embedded && containsOffset(embedded, offset) ? { embedded, offset: toVirtual(embedded.map, offset) } : undefined;
  };
  return {
    ...requests,
    validate(analysis) {
      const problems = requests.validate(analysis);
      const embedded = embeddedDocument(analysis);
      return embedded ? [...problems, ...embeddedProblems(embedded, components)] : problems;
    },
    complete(analysis, offset) {
      const inside = at(analysis, offset);
      if (!inside) return requests.complete(analysis, offset);
      if (insideEscape(analysis.parsed.text, inside.embedded, inside.offset, offset)) return undefined;
      const list = components.complete(inside.embedded.analysis, inside.offset);
      return list ? mapCompletions(inside.embedded, list) : undefined;
    },
    hover(analysis, offset) {
      const inside = at(analysis, offset);
      if (!inside) return requests.hover(analysis, offset);
      const hover = components.hover(inside.embedded.analysis, inside.offset);
      return hover ? { ...hover, ...toHostRange(inside.embedded.map, hover) } : undefined;
    },
    definition(analysis, offset) {
      const inside = at(analysis, offset);
      return inside ? mapRanges(inside.embedded, components.definition?.(inside.embedded.analysis, inside.offset) ?? []) : requests.definition?.(analysis, offset) ?? [];
    },
    references(analysis, offset, includeDeclaration) {
      const inside = at(analysis, offset);
      return inside ? mapRanges(inside.embedded, components.references?.(inside.embedded.analysis, inside.offset, includeDeclaration) ?? []) : requests.references?.(analysis, offset, includeDeclaration) ?? [];
    },
    prepareRename(analysis, offset) {
      const inside = at(analysis, offset);
      const range = inside ? components.prepareRename?.(inside.embedded.analysis, inside.offset) : undefined;
      return inside ? (range ? toHostRange(inside.embedded.map, range) : undefined) : requests.prepareRename?.(analysis, offset);
    },
    rename(analysis, offset, newName) {
      const inside = at(analysis, offset);
      if (!inside) return requests.rename?.(analysis, offset, newName) ?? { error: 'Nothing to rename here.' };
      const result = components.rename?.(inside.embedded.analysis, inside.offset, newName) ?? { error: 'Nothing to rename here.' };
      if ('error' in result) return result;
      const style = inside.embedded.host.style;
      return { edits: result.edits.map((e) => ({ ...toHostRange(inside.embedded.map, e), newText: escapeForHost(e.newText, style) })) };
    },
    symbols(analysis) {
      const embedded = embeddedDocument(analysis);
      const own = requests.symbols?.(analysis) ?? [];
      return embedded ? [...own, ...(components.symbols?.(embedded.analysis) ?? []).map((s) => mapSymbol(embedded, s))] : own;
    },
    folding(analysis) {
      const embedded = embeddedDocument(analysis);
      const own = requests.folding?.(analysis) ?? [];
      if (!embedded) return own;
      const mapped = (components.folding?.(embedded.analysis) ?? []).map((r) => ({ startOffset: embedded.map.toHost[r.startOffset], endOffset: embedded.map.toHost[r.endOffset] }));
      return [...own, ...mapped];
    },
    describe(analysis) {
      const embedded = embeddedDocument(analysis);
      return embedded ? components.describe?.(embedded.analysis) ?? {} : requests.describe?.(analysis) ?? {};
    },
  };
}

/** A cursor between the characters of one escape (`\|n`): no place to complete at. */
function insideEscape(text: string, embedded: EmbeddedDocument, virtual: number, offset: number): boolean {
  const host = embedded.map.toHost[virtual];
  return host < offset && text[host] === '\\';
}

function embeddedProblems(embedded: EmbeddedDocument, components: KindSupport): Problem[] {
  const { analysis, map, host } = embedded;
  const syntax = components.filterSyntax ? components.filterSyntax(analysis, analysis.parsed.syntaxErrors) : analysis.parsed.syntaxErrors;
  const problems: Problem[] = [
    ...syntax.map((e) => ({ offset: e.offset, length: e.length, code: 'syntax', message: `In the component document of 'data': ${e.message}`, severity: e.severity })),
    ...components.validate(analysis),
  ];
  return problems.map((p) => ({
    ...p,
    ...toHostRange(map, p),
    related: p.related?.map((r) => ({ ...r, ...toHostRange(map, r) })),
    fixes: p.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...toHostRange(map, e), newText: escapeForHost(e.newText, host.style) })) })),
  }));
}

function mapCompletions(embedded: EmbeddedDocument, list: OffsetCompletionList): OffsetCompletionList {
  const style = embedded.host.style;
  const replace = toHostRange(embedded.map, list.replace);
  if (!escapingHost(style)) return { ...list, replace };
  const text = embedded.analysis.parsed.text;
  const start = lineStart(text, list.replace.offset);
  const indent = /^[ \t]*/.exec(text.slice(start, list.replace.offset))?.[0] ?? '';
  const items = list.items.map(({ item, insert }) => {
    const plain = item.insertTextFormat === InsertTextFormat.Snippet ? snippetToPlain(insert, indent) : insert;
    return { item: { ...item, insertTextFormat: InsertTextFormat.PlainText, command: undefined }, insert: escapeForHost(plain, style) };
  });
  return { ...list, replace, items };
}

function mapRanges(embedded: EmbeddedDocument, ranges: readonly OffsetRange[]): OffsetRange[] {
  return ranges.map((r) => toHostRange(embedded.map, r));
}

function mapSymbol(embedded: EmbeddedDocument, symbol: OffsetSymbol): OffsetSymbol {
  return { ...symbol, range: toHostRange(embedded.map, symbol.range), selection: toHostRange(embedded.map, symbol.selection), children: symbol.children.map((c) => mapSymbol(embedded, c)) };
}
