import { TextDocument } from 'vscode-languageserver-textdocument';
import { InsertTextFormat } from 'vscode-languageserver-types';
import { analyze, Analysis, memoize, memoizeCarried } from '../analysis';
import { consume } from '../util/consume';
import { lineStart } from '../edits/propertyEdits';
import { generalProblems } from '../generalProblems';
import { KindSupport, OffsetCompletionList, OffsetRange, OffsetSymbol } from '../kindSupport';
import { Problem } from '../validation/problem';
import { snippetToPlain } from './hostText';
import { localUseCompletion, localUseDefinition, localUseHover, localUseProblems, localUseReferences } from './localComponents';
import { toHostRange, toVirtual } from './offsetMap';
import { EmbeddedRegion } from './regions';

/** One region of a host version, analysed as a file of its kind. */
export interface Embedded {
  readonly region: EmbeddedRegion;
  readonly analysis: Analysis;
  readonly support: KindSupport;
}

/** The support of a kind id (unwrapped: regions do not nest). */
export type InnerSupport = (kind: string) => KindSupport | undefined;

/** The host's regions, each analysed like a file (memoised per host version). */
export function embeddedIn(host: Analysis, hostSupport: KindSupport, inner: InnerSupport): readonly Embedded[] {
  const regions = () => hostSupport.regions?.(host) ?? [];
  return memoizeCarried<EmbeddedSet>(host, 'embedded.regions', (before) => ({ list: analyzeRegions(host, regions(), inner, before.list) }), () => ({ list: analyzeRegions(host, regions(), inner, []) })).list;
}

/** A host version's analysed regions (an object, so that the next version can take them over and consume it). */
interface EmbeddedSet {
  readonly list: readonly Embedded[];
}

/**
 * Each region analysed like a file. After an incremental re-parse of the host, `before` holds the previous
 * version's: a region of the same name whose text, kind, platform and settings are the same keeps its
 * analysis (what it derived is memoised there: its problems too), so an edit in one resource of a big
 * template analyses no other resource's component; a region whose text changed is analysed from its
 * previous analysis, which that consumes (its own incremental re-parse and symbol-table update).
 */
function analyzeRegions(host: Analysis, regions: readonly EmbeddedRegion[], inner: InnerSupport, before: readonly Embedded[]): Embedded[] {
  const earlierByName = new Map<string, Embedded[]>();
  for (const earlier of before) {
    if (earlier.region.tree) continue;
    const list = earlierByName.get(earlier.region.name);
    if (list) list.push(earlier);
    else earlierByName.set(earlier.region.name, [earlier]);
  }
  const settings = before.length > 0 ? JSON.stringify(host.settings) : '';
  const result: Embedded[] = [];
  for (const region of regions) {
    const support = inner(region.kind);
    if (!support) continue;
    const earlier = region.tree ? undefined : earlierByName.get(region.name)?.shift();
    const analysis = earlier && unchanged(earlier, region, settings) ? takenOver(host, region, earlier.analysis) : analyzeRegion(host, region, earlier?.region.languageId === region.languageId ? earlier.analysis : undefined);
    if (analysis) result.push({ region, analysis, support });
  }
  return result;
}

/** Whether a region would be analysed exactly as its previous version was. */
function unchanged(earlier: Embedded, region: EmbeddedRegion, settings: string): boolean {
  const [a, b] = [earlier.region, region];
  return a.kind === b.kind && a.languageId === b.languageId && a.map.value === b.map.value && a.embedding?.platform === b.embedding?.platform &&
    a.embedding?.platformFrom === b.embedding?.platformFrom && JSON.stringify(earlier.analysis.settings) === settings;
}

/** The previous version's analysis of an unchanged region, with this host version's document; the previous one is consumed. */
function takenOver(host: Analysis, region: EmbeddedRegion, earlier: Analysis): Analysis {
  const analysis: Analysis = { ...earlier, document: regionDocument(host, region) };
  consume(earlier, 'Analysis');
  return analysis;
}

function regionDocument(host: Analysis, region: EmbeddedRegion): TextDocument {
  return TextDocument.create(`${host.document.uri}#${region.name}`, region.languageId, host.document.version, region.map.value);
}

/**
 * A region of `host` analysed as a file of its kind, or undefined when the region does not accept what it holds.
 * `previous`: the analysis of the region in the host's previous version, which this consumes.
 */
export function analyzeRegion(host: Analysis, region: EmbeddedRegion, previous?: Analysis): Analysis | undefined {
  const document = regionDocument(host, region);
  const parsed = region.tree ? { text: region.map.value, language: region.languageId, root: region.tree, syntaxErrors: [], extraDocuments: 0, truncatedDepth: false } : undefined;
  const analysis = analyze(document, { settings: host.settings, kindOverride: region.kind, path: '', embedding: region.embedding, parsed, previous: parsed ? undefined : previous });
  return !region.accept || region.accept(analysis) ? analysis : undefined;
}

/**
 * `host` with its embedded regions (`host.regions`) served by their kinds' supports: problems, completion,
 * hover, definition, references, rename, symbols and folding inside a region come from the region's
 * document, with every range mapped back into the host (and text escaped as the host needs). The host's
 * recipes that pass parameters to its own regions' components are checked against them (`localComponents.ts`).
 */
export function withRegions(host: KindSupport, inner: InnerSupport): KindSupport {
  const all = (analysis: Analysis) => embeddedIn(analysis, host, inner);
  const uses = (analysis: Analysis) => host.componentUses?.(analysis) ?? [];
  const at = (analysis: Analysis, offset: number) => {
    for (const embedded of all(analysis)) {
      const { toHost, value } = embedded.region.map;
      if (embedded.region.tree) continue;
      if (offset < toHost[0] || offset > toHost[value.length]) continue;
      if (embedded.region.opaque?.some((r) => offset > r.offset && offset < r.offset + r.length)) return undefined;
      return { embedded, offset: toVirtual(embedded.region.map, offset) };
    }
    return undefined;
  };
  return {
    ...host,
    embedded: all,
    validate(analysis) {
      const problems = host.validate(analysis);
      const inside = all(analysis);
      return inside.length === 0 ? problems : [...problems, ...inside.flatMap(regionProblems), ...localUseProblems(uses(analysis), inside)];
    },
    complete(analysis, offset) {
      const inside = at(analysis, offset);
      if (!inside) {
        const slot = host.parameterNameAt?.(analysis, offset);
        return (slot ? localUseCompletion(uses(analysis), all(analysis), slot) : undefined) ?? host.complete(analysis, offset);
      }
      const { embedded } = inside;
      if (embedded.region.escape && insideEscape(analysis.parsed.text, embedded, inside.offset, offset)) return undefined;
      const list = embedded.support.complete(embedded.analysis, inside.offset);
      return list ? mapCompletions(embedded, list) : undefined;
    },
    hover(analysis, offset) {
      const inside = at(analysis, offset);
      if (!inside) return localUseHover(uses(analysis), all(analysis), offset) ?? host.hover(analysis, offset);
      const hover = inside.embedded.support.hover(inside.embedded.analysis, inside.offset);
      return hover ? { ...hover, ...toHostRange(inside.embedded.region.map, hover) } : undefined;
    },
    definition(analysis, offset) {
      const inside = at(analysis, offset);
      if (!inside) return [...localUseDefinition(uses(analysis), all(analysis), offset), ...(host.definition?.(analysis, offset) ?? [])];
      return mapRanges(inside.embedded, inside.embedded.support.definition?.(inside.embedded.analysis, inside.offset) ?? []);
    },
    references(analysis, offset, includeDeclaration) {
      const inside = at(analysis, offset);
      if (!inside) return [...localUseReferences(uses(analysis), offset, includeDeclaration), ...(host.references?.(analysis, offset, includeDeclaration) ?? [])];
      return mapRanges(inside.embedded, inside.embedded.support.references?.(inside.embedded.analysis, inside.offset, includeDeclaration) ?? []);
    },
    prepareRename(analysis, offset) {
      const inside = at(analysis, offset);
      if (!inside) return host.prepareRename?.(analysis, offset);
      const range = inside.embedded.support.prepareRename?.(inside.embedded.analysis, inside.offset);
      return range ? toHostRange(inside.embedded.region.map, range) : undefined;
    },
    rename(analysis, offset, newName) {
      const inside = at(analysis, offset);
      if (!inside) return host.rename?.(analysis, offset, newName) ?? { error: 'Nothing to rename here.' };
      const { embedded } = inside;
      const result = embedded.support.rename?.(embedded.analysis, inside.offset, newName) ?? { error: 'Nothing to rename here.' };
      if ('error' in result) return result;
      return { edits: result.edits.map((e) => ({ ...toHostRange(embedded.region.map, e), newText: editWritten(embedded, e.newText) })) };
    },
    symbols(analysis) {
      const own = host.symbols?.(analysis) ?? [];
      return [...own, ...all(analysis).filter((e) => !e.region.tree).flatMap((e) => (e.support.symbols?.(e.analysis) ?? []).map((s) => mapSymbol(e, s)))];
    },
    folding(analysis) {
      const own = host.folding?.(analysis) ?? [];
      return [...own, ...all(analysis).filter((e) => !e.region.tree).flatMap((e) => (e.support.folding?.(e.analysis) ?? []).map((r) => ({
        startOffset: e.region.map.toHost[r.startOffset], endOffset: e.region.map.toHost[r.endOffset],
      })))];
    },
    describe(analysis) {
      const inside = all(analysis);
      if (inside.length === 0) return host.describe?.(analysis) ?? {};
      // Every distinct platform of the regions, in document order (a template's components may differ).
      const platforms = [...new Set(inside.map((e) => e.support.describe?.(e.analysis).platform).filter((p) => p !== undefined))];
      return platforms.length > 0 ? { platform: platforms.join(', ') } : {};
    },
  };
}

function written(embedded: Embedded, text: string): string {
  return embedded.region.escape ? embedded.region.escape(text) : text;
}

/** The text of a fix or rename as written in the host. */
function editWritten(embedded: Embedded, text: string): string {
  const escaped = written(embedded, text);
  return embedded.region.editText ? embedded.region.editText(escaped) : escaped;
}

/** A cursor between the characters of one escape (`\|n`): no place to complete at. */
function insideEscape(text: string, embedded: Embedded, virtual: number, offset: number): boolean {
  const host = embedded.region.map.toHost[virtual];
  return host < offset && text[host] === '\\';
}

/** The region's problems as a file's (general problems included), at their places in the host. */
function regionProblems(embedded: Embedded): Problem[] {
  const { analysis, region, support } = embedded;
  const what = region.label.charAt(0).toUpperCase() + region.label.slice(1);
  // Memoised on the region's analysis, which an unchanged region of the next host version keeps.
  const problems = memoize(analysis, `embedded.problems ${region.label}`, () => [
    ...generalProblems(analysis, support, what).map((p) => (p.code === 'syntax' ? { ...p, message: `In ${region.label}: ${p.message}` } : p)),
    ...support.validate(analysis),
  ]);
  const map = region.map;
  return problems.map((p) => ({
    ...p,
    ...toHostRange(map, p),
    related: p.related?.map((r) => ({ ...r, ...toHostRange(map, r) })),
    fixes: region.tree ? undefined : p.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...toHostRange(map, e), newText: editWritten(embedded, e.newText) })) })),
  }));
}

function mapCompletions(embedded: Embedded, list: OffsetCompletionList): OffsetCompletionList {
  const { region } = embedded;
  const replace = toHostRange(region.map, list.replace);
  if (!region.escape) return { ...list, replace };
  const text = embedded.analysis.parsed.text;
  const start = lineStart(text, list.replace.offset);
  const indent = /^[ \t]*/.exec(text.slice(start, list.replace.offset))?.[0] ?? '';
  const items = list.items.map(({ item, insert }) => {
    if (region.snippetEscape) return { item, insert: item.insertTextFormat === InsertTextFormat.Snippet ? region.snippetEscape(insert) : written(embedded, insert) };
    const plain = item.insertTextFormat === InsertTextFormat.Snippet ? snippetToPlain(insert, indent) : insert;
    return { item: { ...item, insertTextFormat: InsertTextFormat.PlainText, command: undefined }, insert: written(embedded, plain) };
  });
  return { ...list, replace, items };
}

function mapRanges(embedded: Embedded, ranges: readonly OffsetRange[]): OffsetRange[] {
  return ranges.map((r) => toHostRange(embedded.region.map, r));
}

function mapSymbol(embedded: Embedded, symbol: OffsetSymbol): OffsetSymbol {
  const map = embedded.region.map;
  return { ...symbol, range: toHostRange(map, symbol.range), selection: toHostRange(map, symbol.selection), children: symbol.children.map((c) => mapSymbol(embedded, c)) };
}
