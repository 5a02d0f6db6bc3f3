import { ParseError, printParseErrorCode, visit } from 'jsonc-parser';
import { arrayNode, booleanNode, nullNode, numberNode, objectNode, propertyNode, resizeNode, stringNode } from '../ast/nodes';
import { ArrayNode, ObjectNode, PropertyNode, ValueNode } from '../ast/types';
import { MAX_DEPTH, ParsedDocument, SyntaxProblem } from './types';

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace `}` expected',
  CloseBracketExpected: 'Closing bracket `]` expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unexpected end of comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid Unicode escape sequence',
  InvalidEscapeCharacter: 'Invalid escape character in string',
  InvalidCharacter: 'Invalid character in string',
};

/** JSON through jsonc-parser (VS Code's own): strict JSON, error-tolerant tree, exact error offsets. */
export function parseJson(text: string): ParsedDocument {
  const errors: ParseError[] = [];
  // A byte-order mark (files saved by Windows tools; the CLI reads files as they are) is no JSON token:
  // parse it as a space, which keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const built = buildJsonTree(source, 0, undefined, errors);
  if ('tooDeepAt' in built) {
    return { text, language: 'json', root: undefined, syntaxErrors: [], extraDocuments: 0, truncatedDepth: false, tooDeepAt: built.tooDeepAt };
  }
  const root = built.root;
  const syntaxErrors: SyntaxProblem[] = [];
  for (const e of errors) {
    if (syntaxErrors.at(-1)?.offset === e.offset) continue; // one error per place: the first explains it
    const name = printParseErrorCode(e.error);
    syntaxErrors.push({ offset: e.offset, length: e.length, message: MESSAGES[name] ?? name, parserCode: name, severity: 'error' });
  }
  return { text, language: 'json', root, syntaxErrors, extraDocuments: 0, truncatedDepth: false };
}

export const JSON_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true } as const;

type Parent = PropertyNode | ArrayNode | undefined;
/** Where the values being read go: the top (the fragment's own parent), an array, or a property awaiting its value. */
type Container = { type: 'top'; value: ValueNode | undefined } | ObjectNode | ArrayNode | PropertyNode;

/** Thrown out of jsonc-parser's recursion when an object or array would open deeper than the limit. */
class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('nested too deep');
  }
}

/**
 * Parses `source` (the whole text, or a fragment of it that starts at `base`) straight into our nodes,
 * from jsonc-parser's `visit` events, mirroring how its `parseTree` builds its tree (so error recovery
 * is the same), without building that tree first. Offsets are shifted by `base`; the top value hangs
 * under `parent`.
 *
 * The nesting guard (issue 6): jsonc-parser recurses once per level, and a stack overflow caught that
 * deep can make V8 abort the process. It calls `onObjectBegin`/`onArrayBegin` as it enters a level and
 * the matching end as it leaves it, always, even in error recovery; so their balance is its depth,
 * exactly, and an object or array that would open `limit` levels deep ends the parse by an exception
 * before jsonc-parser reads inside it. The result then says where (`tooDeepAt`), and no tree is kept.
 */
export function buildJsonTree(source: string, base: number, parent: Parent, errors: ParseError[], limit = MAX_DEPTH): { root: ValueNode | undefined } | { tooDeepAt: number } {
  try {
    return { root: visitInto(source, base, parent, errors, limit) };
  } catch (error) {
    if (error instanceof TooDeep) return { tooDeepAt: error.offset };
    throw error;
  }
}

/** buildJsonTree's parse; throws TooDeep. */
function visitInto(source: string, base: number, parent: Parent, errors: ParseError[], limit: number): ValueNode | undefined {
  const top: Container = { type: 'top', value: undefined };
  const stack: Container[] = [];
  let current: Container = top;
  let depth = 0;

  const parentOf = (container: Container): Parent => (container.type === 'top' ? parent : container.type === 'object' ? undefined : container);
  const add = (node: ValueNode): void => {
    if (current.type === 'top') current.value ??= node;
    else if (current.type === 'array') current.items.push(node);
    else if (current.type === 'property') current.valueNode = node;
  };
  const enter = (container: Container): void => {
    stack.push(current);
    current = container;
  };
  const leave = (end: number): void => {
    if (current.type !== 'top') resizeNode(current, end - current.offset);
    current = stack.pop() ?? top;
  };
  /** An object or array opens one level deeper (its begin event, before jsonc-parser reads inside it). */
  const descend = (offset: number): void => {
    if (depth === limit) throw new TooDeep(offset + base);
    depth++;
  };
  /** A property ends with its value, at a comma, or (value missing) at its object's end. */
  const completeProperty = (end: number): void => {
    if (current.type === 'property') leave(end);
  };

  visit(source, {
    onObjectBegin: (offset) => {
      descend(offset);
      const object = objectNode(offset + base, -1, parentOf(current), [], true);
      add(object);
      enter(object);
    },
    onObjectProperty: (name, offset, length) => {
      if (current.type !== 'object') return;
      const keyNode = stringNode(offset + base, length, undefined, name, 'json');
      const property = propertyNode(offset + base, -1, current, keyNode, undefined, undefined);
      keyNode.parent = property;
      current.properties.push(property);
      enter(property);
    },
    onObjectEnd: (offset, length) => {
      depth--;
      completeProperty(offset + length + base);
      leave(offset + length + base);
      completeProperty(offset + length + base);
    },
    onArrayBegin: (offset) => {
      descend(offset);
      const array = arrayNode(offset + base, -1, parentOf(current), [], true);
      add(array);
      enter(array);
    },
    onArrayEnd: (offset, length) => {
      depth--;
      leave(offset + length + base);
      completeProperty(offset + length + base);
    },
    onLiteralValue: (value: unknown, offset, length) => {
      const at = offset + base;
      add(scalar(value, at, length, source.slice(offset, offset + length), parentOf(current)));
      completeProperty(at + length);
    },
    onSeparator: (separator, offset) => {
      if (current.type !== 'property') return;
      if (separator === ':') current.colonOffset = offset + base;
      else if (separator === ',') completeProperty(offset + base);
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset: offset + base, length });
    },
  }, JSON_OPTIONS);
  return top.value;
}

// Every node is built by its class's constructor with all its fields (no fields added later), so V8
// keeps one hidden class per node type: building the nodes of big files is several times faster.
function scalar(value: unknown, offset: number, length: number, source: string, parent: Parent): ValueNode {
  if (typeof value === 'string') return stringNode(offset, length, parent, value, 'json');
  if (typeof value === 'number') return numberNode(offset, length, parent, value, isIntegerSource(source), source);
  if (typeof value === 'boolean') return booleanNode(offset, length, parent, value);
  return nullNode(offset, length, parent);
}

/** `-?\d+` without a regular expression (called for every number of a big file). */
function isIntegerSource(source: string): boolean {
  let i = source.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (i >= source.length) return false;
  for (; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
