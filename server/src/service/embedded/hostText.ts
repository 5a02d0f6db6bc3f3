import { quoteOf, ScalarStyle, StringNode } from '../ast/types';

/** Text as it must be written inside the host string (a quoted one's escapes; `isQuoted` says whether any are needed). */
export function escapeForHost(text: string, style: ScalarStyle): string {
  const quote = quoteOf(style);
  if (quote === '"') return JSON.stringify(text).slice(1, -1);
  if (quote === "'") return text.replace(/'/g, "''");
  return text;
}

/**
 * A snippet as plain text: choices become their first value, placeholders their default, tab stops
 * nothing; `\t` becomes two spaces and each new line gets `indent` (the line's indentation).
 */
export function snippetToPlain(snippet: string, indent: string): string {
  const plain = snippet
    .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)[,|][^}]*\}/g, (_, first: string) => unescape(first))
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => unescape(text))
    .replace(/\$\d+/g, '')
    .replace(/\\([\\$}])/g, '$1');
  return plain.replace(/\t/g, '  ').replace(/\n/g, `\n${indent}`);
}

function unescape(text: string): string {
  return text.replace(/\\([\\,|$}])/g, '$1');
}

/**
 * How fix and rename text is written into a YAML block scalar (`data: |`): each new line starts with the
 * block's content indentation (its first non-empty line after the header). Undefined for other styles.
 */
export function blockEditText(text: string, node: StringNode): ((edit: string) => string) | undefined {
  if (node.style !== 'block') return undefined;
  const lines = text.slice(node.offset, node.offset + node.length).split(/\r\n|\r|\n/).slice(1);
  const first = lines.find((line) => line.trim() !== '') ?? '';
  const indent = first.slice(0, first.length - first.trimStart().length);
  return (edit) => edit.replace(/\n/g, `\n${indent}`);
}
