import { AstNode, quoteOf, StringNode } from '../../ast/types';
import { escapeForHost } from '../../embedded/hostText';
import { insertKeysFix } from '../../edits/propertyEdits';
import { didYouMean } from '../../util/didYouMean';
import { Fix, Problem } from '../../validation/problem';
import { anchorOf } from '../../validation/schemaValidator';

type Range = { readonly offset: number; readonly length: number };

/** Collects the problems of one validation run, with the helpers every check shares. */
export class Reporter {
  readonly problems: Problem[] = [];

  /** @param broken the text has YAML errors: an empty collection may only be a parse left unfinished. */
  constructor(readonly text: string, readonly broken = false) {}

  add(range: Range, code: string, message: string, extra: Partial<Pick<Problem, 'fixes' | 'related' | 'severity'>> = {}): void {
    this.problems.push({ offset: range.offset, length: range.length, code, message, ...extra });
  }

  /**
   * Required keys missing from the object `node`, reported on the key that owns it; with `placeholder`
   * (the value text a key is inserted with), a fix that inserts them.
   */
  missing(node: AstNode, names: readonly string[], where: string, placeholder?: (name: string) => string): void {
    if (names.length === 0) return;
    const list = names.map((k) => `'${k}'`).join(', ');
    const fix = placeholder && node.type === 'object' ? insertKeysFix(this.text, node, names, placeholder) : undefined;
    const fixes = fix ? [fix] : undefined;
    this.add(anchorOf(node), 'missing-property', `Missing required ${names.length === 1 ? 'property' : 'properties'} ${list}${where ? ` in ${where}` : ''}.`, { fixes });
  }

  /** A key that does not belong, with "did you mean" (and its fix) when one of `candidates` is close; returns that suggestion. */
  unknownKey(keyNode: StringNode, candidates: Iterable<string>, where: string, code = 'unknown-property', detail = ''): string | undefined {
    const suggestion = didYouMean(keyNode.value, candidates);
    const message = `Property '${clip(keyNode.value)}' is not allowed in ${where}.${detail ? ` ${detail}` : ''}${suggestion ? ` Did you mean '${suggestion}'?` : ''}`;
    this.add(keyNode, code, message, { fixes: suggestion ? [replaceFix(keyNode, suggestion)] : undefined });
    return suggestion;
  }

  /** An action name that is not a module, with the closest module name as a fix. */
  unknownAction(node: StringNode, names: readonly string[]): void {
    const suggestion = didYouMean(node.value, names);
    const caseOnly = suggestion !== undefined && suggestion.toLowerCase() === node.value.toLowerCase();
    const message = `'${clip(node.value)}' is not an AWSTOE action module${caseOnly ? ' (names are case-sensitive)' : ''}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`;
    this.add(node, 'unknown-action', message, { fixes: suggestion ? [replaceFix(node, suggestion)] : undefined });
  }

  /** A value outside `allowed`, listing them and suggesting the closest. */
  notAllowed(node: StringNode, allowed: readonly string[], what: string, code = 'invalid-value', quote = true): void {
    const suggestion = didYouMean(node.value, allowed);
    const list = allowed.map((v) => (quote ? `'${v}'` : v)).join(', ');
    const message = `'${clip(node.value)}' is not ${what}. Allowed: ${list}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`;
    this.add(node, code, message, { fixes: suggestion ? [replaceFix(node, suggestion)] : undefined });
  }
}

/** Replaces a scalar's text, keeping its quotes. */
export function replaceFix(node: StringNode, replacement: string): Fix {
  const quote = quoteOf(node.style);
  const escaped = escapeForHost(replacement, node.style);
  return { title: `Change to '${replacement}'`, preferred: true, edits: [{ offset: node.offset, length: node.length, newText: quote + escaped + quote }] };
}

/** A value as shown in a message: control characters escaped, long values cut. */
export function clip(value: string): string {
  const shown = value.replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}
