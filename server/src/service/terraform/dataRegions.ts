import { Analysis } from '../analysis';
import { getProperty } from '../ast/navigate';
import { ObjectNode, ValueNode } from '../ast/types';
import { OffsetMap, OffsetMapBuilder } from '../embedded/offsetMap';
import { EmbeddedRegion } from '../embedded/regions';
import { COMPONENT_DOCUMENT } from '../kinds/kinds';
import { HclTemplate } from '../parse/hcl/types';
import { scanSequences, standIns, TemplateSequence } from '../parse/hcl/templateMask';
import { imagebuilderResources, ResourceBlock } from './blocks';
import { escapeHclQuoted, escapeHclTemplate } from './hclEdits';
import { identityMap, yamlencodeTree } from './yamlencodeData';

/**
 * The component documents written in place in `aws_imagebuilder_component` resources: `data = <<EOT … EOT`,
 * `<<-EOT` (the smallest indentation of the body's lines removed, as Terraform does) and a quoted string
 * (its HCL escapes decoded). `${…}` and `%{…}` become opaque stand-ins mapped to the whole sequence
 * (`parse/hcl/templateMask.ts`; each `%{ if }`, `%{ endif }` on its own, where tree-sitter gives the whole
 * `if` block as one directive); `$${`/`%%{` are a literal `${`/`%{`. The platform is the resource's
 * literal `platform`. Text written back is escaped for HCL. `data = yamlencode({ … })` is the HCL object as the
 * component tree it encodes (`yamlencodeData.ts`), validated in place.
 */
export function dataRegions(analysis: Analysis): EmbeddedRegion[] {
  const templates = analysis.parsed.hcl?.templates;
  const root = analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
  if (!templates || !root) return [];
  const text = analysis.parsed.text;
  const regions: EmbeddedRegion[] = [];
  let identity: OffsetMap | undefined;
  for (const resource of imagebuilderResources(root)) {
    if (resource.type !== 'aws_imagebuilder_component' || !resource.body) continue;
    const data = getProperty(resource.body, 'data')?.valueNode;
    if (!data) continue;
    const name = dataRegionName(resource);
    const tree = yamlencodeTree(analysis.parsed.hcl?.calls.get(data));
    if (tree) {
      identity ??= identityMap(text);
      regions.push({ kind: COMPONENT_DOCUMENT, map: identity, languageId: 'yaml', name, label: `the component document of '${name}'`, embedding: platformOf(resource.body), tree });
      continue;
    }
    const template = templates.get(data) ?? quotedLiteral(text, data);
    if (!template) continue;
    const heredoc = template.kind === 'heredoc' && template.heredoc;
    const { map, opaque } = heredoc ? heredocMap(text, template) : quotedMap(text, template);
    regions.push({
      kind: COMPONENT_DOCUMENT,
      map,
      languageId: 'yaml',
      name,
      label: `the component document of '${name}'`,
      embedding: platformOf(resource.body),
      escape: heredoc ? heredocEscape(text, template) : escapeHclQuoted,
      snippetEscape: heredoc ? (snippet) => snippet.replace(/\\\$\{/g, '\\$\\${').replace(/%\{/g, '%%{') : undefined,
      opaque,
      accept: (inner) => inner.parsed.tooDeepAt !== undefined || inner.parsed.root === undefined || inner.parsed.root.type === 'object' || inner.parsed.root.type === 'null',
    });
  }
  return regions;
}

/** The region name of a component resource's `data` (recipes' references find its document by it). */
export function dataRegionName(resource: ResourceBlock): string {
  return `${resource.name ?? 'component'}.data`;
}

/** A quoted string with no template sequence (the parser describes only templates): its content between the quotes. */
function quotedLiteral(text: string, node: ValueNode): HclTemplate | undefined {
  if (node.type !== 'string' || node.style !== 'double' || node.tag || text[node.offset] !== '"') return undefined;
  const end = node.offset + node.length;
  const closed = node.length > 1 && text[end - 1] === '"';
  return { kind: 'quoted', contentStart: node.offset + 1, contentEnd: closed ? end - 1 : end, sequences: [] };
}

function platformOf(body: ObjectNode): EmbeddedRegion['embedding'] {
  const platform = getProperty(body, 'platform')?.valueNode;
  return platform?.type === 'string' && !platform.tag ? { platform: platform.value, platformFrom: "the resource's platform" } : undefined;
}

/** In a `<<-` heredoc a new line gets the indentation Terraform removes, so the body's indentation stays what it was. */
function heredocEscape(text: string, template: HclTemplate): (written: string) => string {
  const body = template.heredoc!;
  const indent = text.slice(body.start, body.start + body.indent);
  const prefix = /^[ \t]*$/.test(indent) ? indent : ' '.repeat(body.indent);
  return (written) => escapeHclTemplate(prefix === '' ? written : written.replace(/\n/g, `\n${prefix}`));
}

interface Decoded {
  readonly builder: OffsetMapBuilder;
  /** The sequences, at their places in the decoded text. */
  readonly sequences: TemplateSequence[];
  /** The sequences' host ranges. */
  readonly opaque: Array<{ offset: number; length: number }>;
}

function decoder(): Decoded {
  return { builder: new OffsetMapBuilder(), sequences: [], opaque: [] };
}

/** Copies a sequence as written (its stand-in is made on the decoded text); returns where it ends. */
function sequence(text: string, into: Decoded, part: TemplateSequence): number {
  into.sequences.push({ offset: into.builder.length, length: part.length, kind: part.kind });
  into.opaque.push({ offset: part.offset, length: part.length });
  into.builder.verbatim(part.offset, text.slice(part.offset, part.offset + part.length));
  return part.offset + part.length;
}

function heredocMap(text: string, template: HclTemplate): { map: OffsetMap; opaque: Decoded['opaque'] } {
  const body = template.heredoc!;
  const into = decoder();
  const parts = scanSequences(text, body.start, body.end);
  let next = 0;
  let i = body.start;
  let atLineStart = true;
  while (i < body.end) {
    if (atLineStart) {
      const from = i;
      while (i < body.end && i - from < body.indent && (text[i] === ' ' || text[i] === '\t')) i++;
      atLineStart = false;
      continue;
    }
    while (next < parts.length && parts[next].offset < i) next++;
    if (next < parts.length && parts[next].offset === i) {
      i = Math.min(body.end, sequence(text, into, parts[next++]));
      continue;
    }
    i = literal(text, i, into.builder);
    if (text[i - 1] === '\n') atLineStart = true;
  }
  return { map: masked(into, body.end), opaque: into.opaque };
}

function quotedMap(text: string, template: HclTemplate): { map: OffsetMap; opaque: Decoded['opaque'] } {
  const into = decoder();
  const parts = scanSequences(text, template.contentStart, template.contentEnd);
  let next = 0;
  let i = template.contentStart;
  const end = template.contentEnd;
  while (i < end) {
    while (next < parts.length && parts[next].offset < i) next++;
    if (next < parts.length && parts[next].offset === i) {
      i = Math.min(end, sequence(text, into, parts[next++]));
      continue;
    }
    const escape = text[i] === '\\' ? quotedEscape(text, i, end) : undefined;
    if (escape) {
      into.builder.replaced(i, escape.value);
      i += escape.length;
    } else i = literal(text, i, into.builder);
  }
  return { map: masked(into, end), opaque: into.opaque };
}

/** One literal character at `i`, or `$${`/`%%{` as `${`/`%{`; returns the next offset. */
function literal(text: string, i: number, builder: OffsetMapBuilder): number {
  const c = text[i];
  if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
    builder.verbatim(i + 1, `${c}{`);
    return i + 3;
  }
  builder.verbatim(i, c);
  return i + 1;
}

const SIMPLE: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** A quoted string's escape at `i` (a backslash), as `parse/hcl/strings.ts` decodes it; undefined when invalid (kept as written). */
function quotedEscape(text: string, i: number, end: number): { value: string; length: number } | undefined {
  const e = text[i + 1];
  if (i + 1 >= end) return undefined;
  if (SIMPLE[e] !== undefined) return { value: SIMPLE[e], length: 2 };
  const digits = e === 'u' ? 4 : e === 'U' ? 8 : 0;
  const hex = text.slice(i + 2, Math.min(end, i + 2 + digits));
  if (digits === 0 || hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const code = parseInt(hex, 16);
  return code <= 0x10ffff ? { value: String.fromCodePoint(code), length: 2 + digits } : undefined;
}

/** The decoded text with each sequence's stand-in in its place, every character of a stand-in mapped to its start. */
function masked(into: Decoded, end: number): OffsetMap {
  const map = into.builder.build(end);
  const parts = standIns(map.value, into.sequences);
  if (parts.length === 0) return map;
  const toHost = map.toHost;
  let value = '';
  let at = 0;
  for (const part of parts) {
    value += map.value.slice(at, part.offset) + part.text;
    for (let k = part.offset + 1; k < part.offset + part.text.length; k++) toHost[k] = toHost[part.offset];
    at = part.offset + part.text.length;
  }
  return { value: value + map.value.slice(at), toHost };
}
