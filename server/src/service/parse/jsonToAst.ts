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
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const syntaxErrors: SyntaxProblem[] = [];
  for (const e of errors) {
    if (syntaxErrors.at(-1)?.offset === e.offset) continue; // one error per place: the first explains it
    const name = printParseErrorCode(e.error);
    syntaxErrors.push({ offset: e.offset, length: e.length, message: MESSAGES[name] ?? name, parserCode: name, severity: 'error' });
  }
  const state = { truncated: false };
  const root = tree ? convert(tree, text, 0, undefined, state) : undefined;
  return { text, language: 'json', root, syntaxErrors, extraDocuments: 0, truncatedDepth: state.truncated };
}

type Parent = PropertyNode | ArrayNode | undefined;

function convert(node: JsonNode, text: string, depth: number, parent: Parent, state: { truncated: boolean }): ValueNode {
  const { offset, length } = node; // plain literals below: object spread here made a 1 MB array take seconds
  if (depth > MAX_DEPTH) {
    state.truncated = true;
    return { offset, length, parent, type: 'null' };
  }
  switch (node.type) {
    case 'object': {
      const object: ObjectNode = { offset, length, parent, type: 'object', properties: [], flow: true };
      for (const child of node.children ?? []) {
        if (child.type === 'property') object.properties.push(convertProperty(child, text, depth, object, state));
      }
      return object;
    }
    case 'array': {
      const array: ArrayNode = { offset, length, parent, type: 'array', items: [], flow: true };
      for (const child of node.children ?? []) array.items.push(convert(child, text, depth + 1, array, state));
      return array;
    }
    case 'string':
      return { offset, length, parent, type: 'string', value: String(node.value), style: 'json' };
    case 'number': {
      const source = text.slice(node.offset, node.offset + node.length);
      return { offset, length, parent, type: 'number', value: Number(node.value), isInteger: /^-?\d+$/.test(source), source };
    }
    case 'boolean':
      return { offset, length, parent, type: 'boolean', value: Boolean(node.value) };
    default:
      return { offset, length, parent, type: 'null' };
  }
}

function convertProperty(node: JsonNode, text: string, depth: number, object: ObjectNode, state: { truncated: boolean }): PropertyNode {
  const [keyJson, valueJson] = node.children ?? [];
  const keyNode: StringNode = keyJson
    ? { type: 'string', offset: keyJson.offset, length: keyJson.length, parent: undefined, value: String(keyJson.value ?? ''), style: 'json' }
    : { type: 'string', offset: node.offset, length: 0, parent: undefined, value: '', style: 'json' };
  const property: PropertyNode = {
    type: 'property', offset: node.offset, length: node.length, parent: object, keyNode, valueNode: undefined,
    colonOffset: node.colonOffset !== undefined && node.colonOffset >= 0 ? node.colonOffset : undefined,
  };
  keyNode.parent = property;
  if (valueJson) property.valueNode = convert(valueJson, text, depth + 1, property, state);
  return property;
}
