import { Alias, CollectionTag, Composer, CST, Document, isAlias, isMap, isScalar, isSeq, Node as YamlNode, Pair, Parser, Scalar, ScalarTag } from 'yaml';
import { ArrayNode, AstNode, ObjectNode, PropertyNode, ScalarStyle, StringNode, ValueNode } from '../ast/types';
import { aliasNode, arrayNode, booleanNode, nullNode, numberNode, objectNode, placeNode, propertyNode, resizeNode, stringNode } from '../ast/nodes';
import { CLOUDFORMATION_TAGS } from './cloudFormationTags';
import { yamlTooDeepAt } from './depthGuard';
import { MAX_DEPTH, ParsedDocument, SyntaxProblem } from './types';

/** Warnings of eemeli/yaml that are not problems in Image Builder files (a tag of some other tool, `!Foo`). */
const IGNORED_WARNINGS = new Set(['TAG_RESOLVE_FAILED']);

export const YAML_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: false, // duplicate keys are checked by the validator in linear time
  strict: false,
  keepSourceTokens: false,
  // CloudFormation's short forms (`!Ref X`, `!Sub [..]`, `!If {..}`) resolve, keeping their plain YAML value.
  customTags: CLOUDFORMATION_TAGS as Array<ScalarTag | CollectionTag>,
} as const;

/** Whether a parser warning is reported (some are not problems in Image Builder files). */
export function isReportedWarning(code: string): boolean {
  return !IGNORED_WARNINGS.has(code);
}

/**
 * eemeli/yaml in its two stages: the iterative CST parser, then, unless a node is nested deeper than
 * `limit`, the recursive composer (see depthGuard.ts). The only way YAML is composed here: whole
 * documents and incremental fragments alike.
 */
export function composeYaml(text: string, limit = MAX_DEPTH): { documents: Document.Parsed[] } | { tooDeepAt: number } {
  const tokens = Array.from(new Parser().parse(text));
  const tooDeepAt = yamlTooDeepAt(tokens, limit);
  return tooDeepAt !== undefined ? { tooDeepAt } : { documents: composeWithoutStacks(tokens) };
}

export function parseYaml(text: string): ParsedDocument {
  const composed = composeYaml(text);
  if ('tooDeepAt' in composed) {
    return { text, language: 'yaml', root: undefined, syntaxErrors: [], extraDocuments: 0, truncatedDepth: false, tooDeepAt: composed.tooDeepAt };
  }
  const list = composed.documents;
  const first = list[0];
  const syntaxErrors: SyntaxProblem[] = [];
  for (const doc of list) {
    for (const error of doc.errors) syntaxErrors.push(problem(error.code, error.message, error.pos, 'error', text.length));
    for (const warning of doc.warnings) {
      if (!IGNORED_WARNINGS.has(warning.code)) syntaxErrors.push(problem(warning.code, warning.message, warning.pos, 'warning', text.length));
    }
  }
  const converter = new Converter(text);
  const root = first?.contents ? converter.value(first.contents as YamlNode, 0, undefined) : undefined;
  return {
    text,
    language: 'yaml',
    root,
    syntaxErrors,
    extraDocuments: Math.max(0, list.length - 1),
    truncatedDepth: converter.truncated,
    hasAliases: converter.aliases,
  };
}

/**
 * eemeli/yaml reports each problem as an Error object, and capturing a stack trace for each one
 * dominated the time on broken text (1 MB of stray `}` made a million errors: 11 s). Their stacks
 * are never used, so none are captured while composing.
 */
function composeWithoutStacks(tokens: readonly CST.Token[]): Document.Parsed[] {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return Array.from(new Composer(YAML_OPTIONS).compose(tokens));
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function problem(code: string, message: string, pos: [number, number], severity: 'error' | 'warning', textLength: number): SyntaxProblem {
  const offset = Math.min(pos[0], textLength);
  const length = Math.max(0, Math.min(pos[1], textLength) - offset);
  return { offset, length, message: firstLine(message), parserCode: code, severity };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0];
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Makes a mapping or list span all of its children. On broken text `yaml` can end a collection before
 * the end of its last pair (a multi-line implicit key); every feature assumes that a child lies within its parent.
 */
function coverChildren(node: AstNode, children: readonly AstNode[]): void {
  const start = node.offset;
  let end = start + node.length;
  for (const child of children) end = Math.max(end, child.offset + child.length);
  resizeNode(node, end - start);
}

export class Converter {
  truncated = false;
  aliases = false;
  /**
   * `text` is the whole document; `base` is added to the parser's offsets (non-zero when only a
   * fragment of `text`, starting at `base`, was parsed: the incremental re-parse).
   */
  constructor(private readonly text: string, private readonly base = 0) {}

  private range(node: YamlNode): [number, number] {
    const r = node.range;
    if (!r) return [this.base, this.base];
    return [r[0] + this.base, r[1] + this.base];
  }

  value(node: YamlNode, depth: number, parent: PropertyNode | ArrayNode | undefined): ValueNode {
    const [start, end] = this.range(node);
    const tag = typeof node.tag === 'string' && node.tag.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined;
    let result: ValueNode;
    if (depth > MAX_DEPTH) {
      this.truncated = true;
      result = nullNode(start, end - start, parent);
    } else if (isMap(node)) {
      // Children arrays are made by map, at their exact length: an array grown by push keeps room for
      // 17, which at 10,000 steps is megabytes of the live heap (and V8 lets the heap grow to a multiple of it).
      const object = objectNode(start, end - start, parent, [], !!node.flow);
      (object as { properties: PropertyNode[] }).properties = node.items.map((pair) => this.property(pair as Pair, depth, object));
      coverChildren(object, object.properties);
      result = object;
    } else if (isSeq(node)) {
      const array = arrayNode(start, end - start, parent, [], !!node.flow);
      (array as { items: ValueNode[] }).items = node.items.map((item) => this.itemOf(item, depth, array, end));
      coverChildren(array, array.items);
      result = array;
    } else if (isAlias(node)) {
      this.aliases = true;
      result = aliasNode(start, end - start, parent, (node as Alias).source);
    } else {
      result = this.scalar(node as Scalar, start, end, parent);
    }
    if (tag) result.tag = tag;
    return result;
  }

  private itemOf(item: unknown, depth: number, array: ArrayNode, fallback: number): ValueNode {
    if (item && typeof item === 'object' && 'range' in item) return this.value(item as YamlNode, depth + 1, array);
    if (item && typeof item === 'object' && 'key' in item) {
      // A single-pair flow item `[ a: b ]` becomes a pair: wrap it in an object.
      const pair = item as Pair;
      const object = objectNode(fallback, 0, array, [], true);
      const property = this.property(pair, depth + 1, object);
      // The object takes the pair's range; the pair keeps its place (detached while the object moves).
      property.parent = undefined;
      placeNode(object, property.offset, property.length);
      property.parent = object;
      object.properties.push(property);
      return object;
    }
    return nullNode(fallback, 0, array);
  }

  /** One pair of the mapping `object` (at `depth`), as the conversion of the mapping makes it (also the incremental re-parse's entries). */
  property(pair: Pair, depth: number, object: ObjectNode): PropertyNode {
    const keyNode = this.key(pair.key, pair.value, object);
    const colonOffset = this.colonAfter(keyNode, pair.value);
    const property = propertyNode(keyNode.offset, keyNode.length, object, keyNode, undefined, colonOffset);
    keyNode.parent = property;
    // `length` is final once the value is known; it is assigned in place (same hidden class, no copy).
    if (pair.value != null && typeof pair.value === 'object' && 'range' in (pair.value as object)) {
      const value = this.value(pair.value as YamlNode, depth + 1, property);
      property.valueNode = value;
      if (value.length > 0 || value.offset > keyNode.offset) {
        resizeNode(property, Math.max(value.offset + value.length, keyNode.offset + keyNode.length) - keyNode.offset);
      }
    } else if (colonOffset !== undefined) {
      resizeNode(property, colonOffset + 1 - keyNode.offset);
    }
    return property;
  }

  /** The `:` between a key and its value, searched only in that gap (bounded, never a document scan). */
  private colonAfter(keyNode: StringNode, value: unknown): number | undefined {
    const from = keyNode.offset + keyNode.length;
    const valueStart = value && typeof value === 'object' && 'range' in value ? this.range(value as YamlNode)[0] : -1;
    const limit = valueStart > from ? valueStart : Math.min(this.text.length, from + 256);
    for (let i = from; i < limit; i++) {
      const ch = this.text.charCodeAt(i);
      if (ch === 58 /* : */) return i;
      if (valueStart < 0 && (ch === 10 || ch === 13)) return undefined;
    }
    return undefined;
  }

  private key(key: unknown, value: unknown, object: ObjectNode): StringNode {
    if (key && typeof key === 'object' && 'range' in key) {
      const node = key as YamlNode;
      const [start, end] = this.range(node);
      const raw = isScalar(node) ? node.value : this.text.slice(start, end);
      return stringNode(start, end - start, undefined, raw == null ? '' : String(raw), styleOf(node as Scalar));
    }
    // `: value` with no key: place an empty key just before the value.
    const at = value && typeof value === 'object' && 'range' in value ? this.range(value as YamlNode)[0] : object.offset;
    return stringNode(at, 0, undefined, '', 'plain');
  }

  // One class per node type (`ast/nodes.ts`), all fields set in its constructor: one hidden class each,
  // which makes the conversion of big documents markedly faster.
  private scalar(node: Scalar, offset: number, end: number, parent: PropertyNode | ArrayNode | undefined): ValueNode {
    const value = node.value;
    const length = end - offset;
    if (typeof value === 'number') {
      const source = this.text.slice(offset, end);
      return numberNode(offset, length, parent, value, Number.isInteger(value) && isIntegerSource(source), source);
    }
    if (typeof value === 'bigint') {
      const source = this.text.slice(offset, end);
      return numberNode(offset, length, parent, Number(value), true, source);
    }
    if (typeof value === 'boolean') return booleanNode(offset, length, parent, value);
    if (value == null) return nullNode(offset, length, parent);
    return stringNode(offset, length, parent, String(value), styleOf(node));
  }
}

function isIntegerSource(source: string): boolean {
  return /^[-+]?(0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$/.test(source.trim());
}


function styleOf(node: Scalar): ScalarStyle {
  switch (node.type) {
    case 'QUOTE_SINGLE': return 'single';
    case 'QUOTE_DOUBLE': return 'double';
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL': return 'block';
    default: return 'plain';
  }
}
