/**
 * Terraform template sequences (`${…}` interpolations, `%{…}` directives) in text that is otherwise YAML:
 * a heredoc's body, a `.yml.tpl` / `.tftpl` file. Their values cannot be known here, so each becomes a
 * stand-in of the same length that the YAML parser reads as an opaque value or as nothing:
 * - a directive alone on its line (`%{ if x ~}`) becomes a comment (`#` and spaces);
 * - a sequence where a YAML value starts (`action: ${a}`, `- ${x}`, a line of its own) becomes a tag
 *   (`!_a_`), so the whole value is opaque (`ast/types.ts` `isOpaque`); a quoted value that is one
 *   sequence (`"${x}"`) becomes a tag with its quotes;
 * - any other sequence (inside a scalar: `echo ${x}`, or a key: `${x}:`) becomes filler (`__x_`).
 * Letters and digits of the sequence are kept (distinct sequences give distinct stand-ins), line breaks
 * too; everything else becomes `_`. `$${` and `%%{` are the escapes for a literal `${` and `%{`.
 */

export interface TemplateSequence {
  readonly offset: number;
  readonly length: number;
  readonly kind: 'interpolation' | 'directive';
}

/** A stand-in: the text that replaces the host range `[offset, offset + text.length)`. */
export interface StandIn {
  readonly offset: number;
  readonly text: string;
}

/**
 * The sequences of `text` in `[from, to)`, read as Terraform's template scanner does: braces nest,
 * quoted strings inside a sequence are skipped; an unclosed sequence runs to the end of its line.
 * Linear in the length of the text.
 */
export function scanSequences(text: string, from = 0, to = text.length): TemplateSequence[] {
  const out: TemplateSequence[] = [];
  let i = from;
  while (i < to - 1) {
    const c = text[i];
    if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      i += 3;
      continue;
    }
    if ((c === '$' || c === '%') && text[i + 1] === '{') {
      const end = sequenceEnd(text, i + 2, to);
      out.push({ offset: i, length: end - i, kind: c === '$' ? 'interpolation' : 'directive' });
      i = end;
      continue;
    }
    i++;
  }
  return out;
}

function sequenceEnd(text: string, from: number, to: number): number {
  let depth = 0;
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < to && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i + 1;
      depth--;
    }
    i++;
  }
  const line = text.indexOf('\n', from);
  return line < 0 || line >= to ? to : line;
}

/** The stand-in for one sequence of `text` (it may cover the quotes around it: see the module comment). */
export function standIn(text: string, sequence: TemplateSequence, previousEnd: number): StandIn {
  const start = sequence.offset;
  const end = sequence.offset + sequence.length;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const before = text.slice(lineStart, start);
  const source = text.slice(start, end);
  if (sequence.kind === 'directive' && before.trim() === '' && text.slice(end, lineEnd).trim() === '') {
    return { offset: start, text: `#${source.slice(1).replace(/[^\r\n]/g, ' ')}` };
  }
  const quote = text[start - 1];
  // A key (`${x}: …`, `"${x}": …`) stays a plain scalar: a tag would take the `:` into its name (`!_x_:`).
  if ((quote === '"' || quote === "'") && text[end] === quote && text[end + 1] !== ':' && start - 1 >= previousEnd && startsValue(text.slice(lineStart, start - 1))) {
    return { offset: start - 1, text: `!${fill(text.slice(start, end + 1))}` };
  }
  if (start > previousEnd && startsValue(before) && text[end] !== ':') return { offset: start, text: `!${fill(source.slice(1))}` };
  return { offset: start, text: fill(source) };
}

/** Whether a YAML value starts after `before` (the line up to here): at the line's start, or after `: `, `- `, `[`, `{`, `,`. */
function startsValue(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed === '') return true;
  const last = trimmed[trimmed.length - 1];
  if (last === '[' || last === '{' || last === ',') return true;
  if (trimmed.length === before.length || (last !== '-' && last !== ':' && last !== '?')) return false;
  if (last === ':') return true;
  return trimmed.length === 1 || trimmed[trimmed.length - 2] === ' ' || trimmed[trimmed.length - 2] === '\t';
}

/** Whether a name may be the filler of a `${…}` (`__x_`): what it stands for is not known. */
export function mayBeStandIn(name: string): boolean {
  return /^__[A-Za-z0-9_]*_$/.test(name);
}

function fill(source: string): string {
  return source.replace(/[^A-Za-z0-9_\r\n]/g, '_');
}

/** The stand-ins of the sequences of `text`, in order, none overlapping. */
export function standIns(text: string, sequences: readonly TemplateSequence[]): StandIn[] {
  const out: StandIn[] = [];
  let previousEnd = -1;
  for (const sequence of sequences) {
    const part = standIn(text, sequence, previousEnd);
    if (part.offset < previousEnd) continue;
    out.push(part);
    previousEnd = part.offset + part.text.length;
  }
  return out;
}

/** `text` with each sequence replaced by its stand-in: the same length, every offset unchanged (a template file). */
export function maskTemplate(text: string): string {
  const parts = standIns(text, scanSequences(text));
  if (parts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const part of parts) {
    out += text.slice(at, part.offset) + part.text;
    at = part.offset + part.text.length;
  }
  return out + text.slice(at);
}
