import { Node as JsonNode, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { ArrayNode, ObjectNode, PropertyNode, StringNode, ValueNode } from '../ast/types';
import { jsonTooDeepAt } from './depthGuard';
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
  const tooDeepAt = jsonTooDeepAt(text);
  if (tooDeepAt !== undefined) {
    return { text, language: 'json', root: undefined, syntaxErrors: [], extraDocuments: 0, truncatedDepth: false, tooDeepAt };
  }
  const errors: ParseError[] = [];
  // A byte-order mark (files saved by Windows tools; the CLI reads files as they are) is no JSON token:
  // parse it as a space, which keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const tree = parseTree(source, errors, JSON_OPTIONS);
  const syntaxErrors: SyntaxProblem[] = [];
  for (const e of errors) {
    if (syntaxErrors.at(-1)?.offset === e.offset) continue; // one error per place: the first explains it
    const name = printParseErrorCode(e.error);
    syntaxErrors.push({ offset: e.offset, length: e.length, message: MESSAGES[name] ?? name, parserCode: name, severity: 'error' });
  }
  const state: State = { truncated: false, base: 0 };
  const root = tree ? convert(tree, text, 0, undefined, state) : undefined;
  return { text, language: 'json', root, syntaxErrors, extraDocuments: 0, truncatedDepth: state.truncated };
}

type Parent = PropertyNode | ArrayNode | undefined;

/** `base`: added to jsonc-parser's offsets when only a fragment of `text`, starting there, was parsed. */
interface State {
  truncated: boolean;
  readonly base: number;
}

export const JSON_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true } as const;

/**
 * Converts the tree of a fragment parsed on its own (`text.slice(base, …)`) into nodes with offsets in
 * `text`, at nesting `depth` under `parent` (the incremental re-parse). Undefined when it nests too deep.
 */
export function convertJsonFragment(tree: JsonNode, text: string, base: number, depth: number, parent: Parent): ValueNode | undefined {
  const state: State = { truncated: false, base };
  const node = convert(tree, text, depth, parent, state);
  return state.truncated ? undefined : node;
}

// Every node is built as one object literal with all its fields (no spreads, no added fields later), so
// V8 keeps one hidden class per node type: the conversion of big files is several times faster.
function convert(node: JsonNode, text: string, depth: number, parent: Parent, state: State): ValueNode {
  const offset = node.offset + state.base;
  const length = node.length;
  if (depth > MAX_DEPTH) {
    state.truncated = true;
    return { type: 'null', offset, length, parent };
  }
  switch (node.type) {
    case 'object': {
      const object: ObjectNode = { type: 'object', offset, length, parent, properties: [], flow: true };
      for (const child of node.children ?? []) {
        if (child.type === 'property') object.properties.push(convertProperty(child, text, depth, object, state));
      }
      return object;
    }
    case 'array': {
      const array: ArrayNode = { type: 'array', offset, length, parent, items: [], flow: true };
      for (const child of node.children ?? []) array.items.push(convert(child, text, depth + 1, array, state));
      return array;
    }
    case 'string':
      return { type: 'string', offset, length, parent, value: String(node.value), style: 'json' };
    case 'number': {
      const source = text.slice(offset, offset + length);
      return { type: 'number', offset, length, parent, value: Number(node.value), isInteger: isIntegerSource(source), source };
    }
    case 'boolean':
      return { type: 'boolean', offset, length, parent, value: Boolean(node.value) };
    default:
      return { type: 'null', offset, length, parent };
  }
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

function convertProperty(node: JsonNode, text: string, depth: number, object: ObjectNode, state: State): PropertyNode {
  const [keyJson, valueJson] = node.children ?? [];
  const keyNode: StringNode = keyJson
    ? { type: 'string', offset: keyJson.offset + state.base, length: keyJson.length, parent: undefined, value: String(keyJson.value ?? ''), style: 'json' }
    : { type: 'string', offset: node.offset + state.base, length: 0, parent: undefined, value: '', style: 'json' };
  const property: PropertyNode = {
    type: 'property', offset: node.offset + state.base, length: node.length, parent: object, keyNode, valueNode: undefined,
    colonOffset: node.colonOffset !== undefined && node.colonOffset >= 0 ? node.colonOffset + state.base : undefined,
  };
  keyNode.parent = property;
  if (valueJson) property.valueNode = convert(valueJson, text, depth + 1, property, state);
  return property;
}
