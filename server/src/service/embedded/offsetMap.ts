import { isQuoted, quoteOf, StringNode } from '../ast/types';
import { lastIndexAtOrBefore } from '../util/search';

/**
 * The value of a string node (what the parser decoded) aligned with its source text: `toHost[i]` is
 * the document offset of value character `i`, `toHost[value.length]` the end of the content.
 * Handles JSON and YAML double-quoted escapes, YAML `''`, line folding and block-scalar indentation.
 */
export interface OffsetMap {
  readonly value: string;
  readonly toHost: Int32Array;
}

export function alignString(text: string, node: StringNode): OffsetMap {
  const value = node.value;
  const source = text.slice(node.offset, node.offset + node.length);
  const escapes = quoteOf(node.style) === '"';
  const blockIndent = node.style === 'block' ? blockIndentation(source) : 0;
  const toHost = new Int32Array(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    for (;;) {
      if (j >= source.length) {
        toHost[i] = node.offset + source.length;
        break;
      }
      const s = source[j];
      if (escapes && s === '\\') {
        const escape = decodeEscape(source, j);
        if (escape.text !== '' && escape.text[0] === c) {
          toHost[i] = node.offset + j;
          if (escape.text.length === 2 && i + 1 < value.length) toHost[++i] = node.offset + j;
          j += escape.length;
          break;
        }
        j += escape.length;
        continue;
      }
      if (node.style === 'single' && s === "'" && source[j + 1] === "'" && c === "'" && j > 0) {
        toHost[i] = node.offset + j;
        j += 2;
        break;
      }
      if (s === c || ((c === ' ' || c === '\n') && (s === '\n' || s === '\r'))) {
        toHost[i] = node.offset + j;
        j = s === '\r' && source[j + 1] === '\n' ? j + 2 : j + 1;
        if (s === '\n' || s === '\r') j = skipIndent(source, j, blockIndent);
        break;
      }
      j++;
    }
  }
  toHost[value.length] = node.offset + Math.min(j, contentEnd(source, node));
  return { value, toHost };
}

/** The index (in the value) of the last character at or before the document offset `offset`. */
export function toVirtual(map: OffsetMap, offset: number): number {
  return Math.max(0, lastIndexAtOrBefore(map.toHost, offset, hostOffset));
}

const hostOffset = (offset: number): number => offset;

/** A range of the value as a range of the document. */
export function toHostRange(map: OffsetMap, range: { offset: number; length: number }): { offset: number; length: number } {
  const start = Math.max(0, Math.min(range.offset, map.value.length));
  const end = Math.max(start, Math.min(range.offset + range.length, map.value.length));
  const hostStart = map.toHost[start];
  return { offset: hostStart, length: Math.max(0, map.toHost[end] - hostStart) };
}

function contentEnd(source: string, node: StringNode): number {
  return isQuoted(node.style) ? Math.max(0, source.length - 1) : source.length;
}

function skipIndent(source: string, j: number, indent: number): number {
  let k = j;
  while (k - j < indent && source[k] === ' ') k++;
  return k;
}

/** The indentation of a block scalar's content: its first non-empty line after the header. */
function blockIndentation(source: string): number {
  const lines = source.split(/\r\n|\r|\n/).slice(1);
  for (const line of lines) if (line.trim() !== '') return line.length - line.trimStart().length;
  return 0;
}

const SIMPLE: Record<string, string> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '0': '\0', a: '\x07', v: '\v', e: '\x1b', ' ': ' ', _: '\u00a0', N: '\u0085', L: '\u2028', P: '\u2029', '\t': '\t',
};

/** One escape at `j` (a backslash): the text it stands for and its length in the source. */
function decodeEscape(source: string, j: number): { text: string; length: number } {
  const next = source[j + 1];
  if (next === undefined) return { text: '', length: 1 };
  if (next in SIMPLE) return { text: SIMPLE[next], length: 2 };
  const digits = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
  if (digits > 0) {
    const code = Number.parseInt(source.slice(j + 2, j + 2 + digits), 16);
    return { text: Number.isNaN(code) ? '' : String.fromCodePoint(code), length: 2 + digits };
  }
  if (next === '\n' || next === '\r') {
    let k = j + 1;
    while (k < source.length && /[\r\n \t]/.test(source[k])) k++;
    return { text: '', length: k - j };
  }
  return { text: next, length: 2 };
}

/**
 * A map built piece by piece, for inner text that is not one string node's value: a Terraform heredoc
 * body, or a `!Sub` string whose `${…}` parts are opaque (each becomes a stand-in the inner parser can
 * read, mapped to the whole `${…}` in the host). Pieces are added in host order.
 */
export class OffsetMapBuilder {
  /**
   * Joined once in `build`: a value grown by `+=` is a rope of hundreds of pieces, and comparing two such
   * values (an unchanged region is found by its value, `embeddedSupport.ts`) walked the ropes: 77 ms a
   * keystroke in the 1,000-resource bench module, for its 100 heredoc components.
   */
  private readonly pieces: string[] = [];
  private readonly offsets: number[] = [];

  /** `text`, which stands in the host from `hostOffset` on, one host character per character. */
  verbatim(hostOffset: number, text: string): this {
    for (let i = 0; i < text.length; i++) this.offsets.push(hostOffset + i);
    this.pieces.push(text);
    return this;
  }

  /** `text` standing for the host range at `hostOffset` as a whole: every character maps to its start. */
  replaced(hostOffset: number, text: string): this {
    for (let i = 0; i < text.length; i++) this.offsets.push(hostOffset);
    this.pieces.push(text);
    return this;
  }

  /** The number of characters added so far. */
  get length(): number {
    return this.offsets.length;
  }

  /** The map, with `end` the host offset just after the last piece. */
  build(end: number): OffsetMap {
    const value = this.pieces.join('');
    const toHost = new Int32Array(value.length + 1);
    toHost.set(this.offsets);
    toHost[value.length] = end;
    return { value, toHost };
  }
}
