/** HCL string literals: quoted-string escapes and heredoc bodies (hashicorp/hcl's hclsyntax spec). */

/**
 * The value of a quoted string's literal text (no `${`/`%{` sequences in it): `\n \r \t \" \\ \uNNNN
 * \UNNNNNNNN`, and `$${`/`%%{` for a literal `${`/`%{`. An invalid escape is kept as written.
 */
export function unescapeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('${') && !raw.includes('%{')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      const e = raw[i + 1];
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        i++;
        continue;
      }
      const digits = e === 'u' ? 4 : e === 'U' ? 8 : 0;
      const hex = raw.slice(i + 2, i + 2 + digits);
      if (digits > 0 && hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
        const code = parseInt(hex, 16);
        out += code <= 0x10ffff ? String.fromCodePoint(code) : raw.slice(i, i + 2 + digits);
        i += 1 + digits;
        continue;
      }
    }
    if ((c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') {
      out += `${c}{`;
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Where a heredoc's body lies and how its lines are indented. */
export interface HeredocBody {
  /** The first character of the first body line. */
  readonly start: number;
  /** Just after the last body line's line break (the closing marker's line starts here). */
  readonly end: number;
  /** `<<-`: the smallest indentation of the non-blank lines is removed from each line. */
  readonly flush: boolean;
  /** The indentation removed from each line (0 for `<<`). */
  readonly indent: number;
}

/** The body of a heredoc whose opener ends at `openerEnd` and whose closing marker starts at `closeStart`. */
export function heredocBody(text: string, openerEnd: number, closeStart: number, flush: boolean): HeredocBody {
  let start = text.indexOf('\n', openerEnd);
  start = start < 0 || start >= closeStart ? closeStart : start + 1;
  let end = closeStart;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { start, end, flush, indent: flush ? smallestIndent(text, start, end) : 0 };
}

function smallestIndent(text: string, start: number, end: number): number {
  let smallest = Infinity;
  let lineStart = start;
  while (lineStart < end) {
    let i = lineStart;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    const blank = i >= end || text[i] === '\n' || text[i] === '\r';
    if (!blank) smallest = Math.min(smallest, i - lineStart);
    const next = text.indexOf('\n', i);
    lineStart = next < 0 || next >= end ? end : next + 1;
  }
  return smallest === Infinity ? 0 : smallest;
}

/** The value of a heredoc body with no template sequences: indentation removed, `$${`/`%%{` unescaped. */
export function heredocValue(text: string, body: HeredocBody): string {
  const raw = text.slice(body.start, body.end);
  const lines = body.indent > 0 ? raw.split('\n').map((line) => line.slice(Math.min(body.indent, leading(line)))).join('\n') : raw;
  return lines.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

function leading(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}
