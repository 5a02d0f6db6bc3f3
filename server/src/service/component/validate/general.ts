import { ObjectNode, endOf } from '../../ast/types';
import { lineEnd } from '../../edits/propertyEdits';
import { SyntaxProblem } from '../../parse/types';
import { DocumentIndex } from '../model/documentIndex';
import { Reporter } from './reporter';
import { lastIndexAtOrBefore } from '../../util/search';

/** Duplicate keys anywhere, and values that start with an unquoted `{{`. */
export function reportIndexProblems(index: DocumentIndex, r: Reporter): void {
  for (const { property, first } of index.duplicateKeys) {
    const key = property.keyNode;
    r.add(key, 'duplicate-key', `Duplicate key '${key.value}': only one of the values would be used.`, {
      related: [{ offset: first.keyNode.offset, length: first.keyNode.length, message: `'${key.value}' first given here` }],
    });
  }
  for (const node of index.unquoted) reportUnquoted(node, r);
}

function reportUnquoted(node: ObjectNode, r: Reporter): void {
  const end = intendedEnd(r.text, node);
  const raw = r.text.slice(node.offset, end);
  const quoted = quote(raw);
  r.add({ offset: node.offset, length: end - node.offset }, 'unquoted-expression', `A value that starts with '{{' must be quoted: YAML reads ${clipText(raw)} as a mapping, not as text. Write ${clipText(quoted)}.`, {
    fixes: [{ title: 'Quote the value', preferred: true, edits: [{ offset: node.offset, length: end - node.offset, newText: quoted }] }],
  });
}

/**
 * Where the value the author meant ends: the rest of the line for a block value (`path: {{ x }}/y`),
 * without a trailing comment; the mapping itself inside a flow collection.
 */
export function intendedEnd(text: string, node: ObjectNode): number {
  const parent = node.parent;
  const container = parent?.type === 'property' ? parent.parent : parent;
  const inFlow = (container?.type === 'object' || container?.type === 'array') && container.flow;
  if (inFlow) return endOf(node);
  const end = lineEnd(text, node.offset);
  if (endOf(node) > end) return endOf(node);
  // From the value's start, not from the mapping's end: on broken text (`{{ x }}.bak # note: y`) the
  // parser's mapping can run past the comment, whose ` #` still ends the value as YAML reads a plain scalar.
  const rest = text.slice(node.offset, end);
  const comment = rest.search(/\s#/);
  const kept = (comment >= 0 ? rest.slice(0, comment) : rest).trimEnd();
  return node.offset + kept.length;
}

/** Quotes a scalar for YAML: single quotes unless it holds one, then double quotes with escapes. */
export function quote(raw: string): string {
  if (!raw.includes("'")) return `'${raw}'`;
  return JSON.stringify(raw);
}

/** Syntax errors that only follow an unquoted `{{` on its line (the unquoted-expression problem explains them). */
export function explainedSyntaxErrors(index: DocumentIndex, text: string, errors: readonly SyntaxProblem[]): Set<SyntaxProblem> {
  const explained = new Set<SyntaxProblem>();
  const spans = index.unquoted.map((node) => ({ start: node.offset, end: lineEnd(text, node.offset) }));
  if (spans.length === 0) return explained;
  const start = (span: { start: number }): number => span.start;
  for (const error of errors) {
    const found = lastIndexAtOrBefore(spans, error.offset, start);
    if (found >= 0 && error.offset <= spans[found].end) explained.add(error);
  }
  return explained;
}

function clipText(value: string): string {
  return value.length > 50 ? `${value.slice(0, 47)}…` : value;
}
