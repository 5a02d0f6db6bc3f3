/**
 * The document model every feature works on: one tree for YAML and JSON alike.
 * Offsets are UTF-16 code-unit offsets into the document text; `length` covers the node's source.
 */
export type AstNode = ObjectNode | ArrayNode | PropertyNode | StringNode | NumberNode | BooleanNode | NullNode | AliasNode | UnknownNode;
export type ValueNode = Exclude<AstNode, PropertyNode>;

interface BaseNode {
  readonly offset: number;
  readonly length: number;
  parent: AstNode | undefined;
  /** A YAML tag such as `!Ref`, when the source has one. */
  tag?: string;
}

export interface ObjectNode extends BaseNode {
  readonly type: 'object';
  /** Sorted by offset. */
  readonly properties: PropertyNode[];
  /** YAML flow mapping (`{ ... }`) or JSON object. */
  readonly flow: boolean;
}

export interface ArrayNode extends BaseNode {
  readonly type: 'array';
  /** Sorted by offset. */
  readonly items: ValueNode[];
  readonly flow: boolean;
}

export interface PropertyNode extends BaseNode {
  readonly type: 'property';
  readonly keyNode: StringNode;
  valueNode: ValueNode | undefined;
  /** Offset of the `:` separator, when present. */
  colonOffset: number | undefined;
  /** An HCL block's labels (`resource "aws_imagebuilder_component" "x" { … }`): the key is the block type. */
  readonly labels?: readonly StringNode[];
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'block' | 'json';

/** The quote a scalar of this style is written between: `"` (JSON, YAML double-quoted), `'` (YAML single-quoted), or none (plain, block). */
export function quoteOf(style: ScalarStyle): '"' | "'" | '' {
  return style === 'json' || style === 'double' ? '"' : style === 'single' ? "'" : '';
}

/** Whether a scalar of this style is quoted: its node's range holds the quotes, and text written into it needs escaping. */
export function isQuoted(style: ScalarStyle): boolean {
  return quoteOf(style) !== '';
}

export interface StringNode extends BaseNode {
  readonly type: 'string';
  readonly value: string;
  readonly style: ScalarStyle;
}

export interface NumberNode extends BaseNode {
  readonly type: 'number';
  readonly value: number;
  readonly isInteger: boolean;
  /** The source text, e.g. `0755` or `1.0`. */
  readonly source: string;
}

export interface BooleanNode extends BaseNode {
  readonly type: 'boolean';
  readonly value: boolean;
}

export interface NullNode extends BaseNode {
  readonly type: 'null';
}

/** A YAML alias (`*name`); never expanded, so alias bombs cost nothing. */
export interface AliasNode extends BaseNode {
  readonly type: 'alias';
  readonly name: string;
}

/**
 * A value the host cannot know before deployment: a CloudFormation intrinsic function (`!Ref T`,
 * `{"Fn::Sub": …}`), a Terraform reference or function call (`var.t`, `lookup(…)`), a whole-value
 * `${…}` placeholder. Made by a host's converter (a YAML parser with `customTags`, a tree-sitter HCL
 * walk), never by the request and component parsers. Invariants: it is a leaf (what it wraps is not
 * walked); the schema validator and `typeCheck` accept it for any type, enum, format and range; a rule
 * that needs the value stays silent (`rules/request/fields.ts` reads it as `UNKNOWN`).
 */
export interface UnknownNode extends BaseNode {
  readonly type: 'unknown';
  /** What makes it unknown, as written: `!Ref`, `Fn::GetAtt`, `var.tenancy`, `${…}`. */
  readonly name: string;
}

/** Whether nothing can be said about the value before deployment (an `unknown` node or a YAML tag). */
export function isOpaque(node: AstNode): boolean {
  return node.type === 'unknown' || node.tag !== undefined;
}

export type PathSegment = string | number;
export type JsonPath = PathSegment[];

export function endOf(node: AstNode): number {
  return node.offset + node.length;
}

