import { isQuoted, ObjectNode, StringNode, ValueNode } from '../ast/types';
import { LONG_FORMS } from '../parse/cloudFormationTags';

/**
 * What CloudFormation computes at deployment: a YAML short form (`!Ref X`, any `!Tag`), a long form (an
 * object with an `Fn::…`/`Ref`/`Condition` key), or a dynamic reference (`{{resolve:ssm:…}}`). Its value
 * is unknown here: never a type, enum, format or range error. Returns how it is written, or undefined.
 */
export function intrinsicName(node: ValueNode): string | undefined {
  if (node.tag) return node.tag;
  if (node.type === 'object') return longFormKey(node);
  if (node.type === 'string' && node.value.includes('{{resolve:')) return '{{resolve:…}}';
  return undefined;
}

/** The long-form key of an object (`Fn::Sub`, `Ref`), if it has one. */
export function longFormKey(node: ObjectNode): string | undefined {
  for (const property of node.properties) {
    const key = property.keyNode.value;
    // `Fn::ForEach::<Name>` (AWS::LanguageExtensions) writes keys of the mapping it stands in: unknown ones.
    if (LONG_FORMS.has(key) || key.startsWith('Fn::ForEach::')) return key;
  }
  return undefined;
}

/** An intrinsic as function + argument: `!Sub x` and `{ "Fn::Sub": x }` alike (`Ref`, `Fn::Sub`, …). */
export interface Intrinsic {
  readonly name: string;
  /** The argument; undefined for an empty short form in a broken document. */
  readonly argument: ValueNode | undefined;
}

export function asIntrinsic(node: ValueNode | undefined): Intrinsic | undefined {
  if (!node) return undefined;
  if (node.tag) {
    const short = node.tag.slice(1);
    const name = short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;
    return { name, argument: node };
  }
  if (node.type !== 'object' || node.properties.length !== 1) return undefined;
  const property = node.properties[0];
  return LONG_FORMS.has(property.keyNode.value) ? { name: property.keyNode.value, argument: property.valueNode } : undefined;
}

/** A name a value refers to, with where it is written (for go to definition and rename-free navigation). */
export interface NameReference {
  readonly logicalId: string;
  /** The range of the logical id itself inside the document. */
  readonly offset: number;
  readonly length: number;
  /** The attribute named (`Arn` of `!GetAtt X.Arn` or `${X.Arn}`): undefined for `!Ref X` and `${X}`, '' when computed. */
  readonly attribute?: string;
}

/**
 * The resource a value names: `!Ref X`, `{ "Ref": "X" }`, `!GetAtt X.Arn`, `!GetAtt [X, Arn]`,
 * `{ "Fn::GetAtt": ["X", "Arn"] }`, or a `Fn::Sub` whose text has `${X}` or `${X.Attr}` (not a variable
 * of its own map; the first such name). Undefined otherwise. O(size of the value).
 */
export function referencedResource(node: ValueNode | undefined): NameReference | undefined {
  const intrinsic = asIntrinsic(node);
  const argument = intrinsic?.argument;
  if (!intrinsic || !argument) return undefined;
  switch (intrinsic.name) {
    case 'Ref':
      return argument.type === 'string' ? nameIn(argument, 0, argument.value.length) : undefined;
    case 'Fn::GetAtt': {
      if (argument.type === 'string') {
        const dot = argument.value.indexOf('.');
        return dot > 0 ? { ...nameIn(argument, 0, dot), attribute: argument.value.slice(dot + 1) } : undefined;
      }
      const [first, second] = argument.type === 'array' ? argument.items : [];
      const attribute = second?.type === 'string' && intrinsicName(second) === undefined ? second.value : '';
      return first?.type === 'string' && !first.tag ? { ...nameIn(first, 0, first.value.length), attribute } : undefined;
    }
    case 'Fn::Sub': {
      const text = argument.type === 'string' ? argument : argument.type === 'array' && argument.items[0]?.type === 'string' ? argument.items[0] : undefined;
      const map = argument.type === 'array' && argument.items[1]?.type === 'object' ? argument.items[1] : undefined;
      const own = new Set(map?.properties.map((p) => p.keyNode.value) ?? []);
      return text ? subReference(text, own) : undefined;
    }
    default:
      return undefined;
  }
}

/** The `${Name}` / `${Name.Attr}` substitutions of a `Fn::Sub` text (`${!Literal}` is an escape), in order. */
export function substitutions(text: string): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('${', from);
    if (open < 0) return out;
    const close = text.indexOf('}', open + 2);
    if (close < 0) return out;
    const inner = text.slice(open + 2, close);
    if (!inner.startsWith('!')) out.push({ name: inner.trim(), start: open + 2, end: close });
    from = close + 1;
  }
}

function subReference(node: StringNode, own: ReadonlySet<string>): NameReference | undefined {
  for (const { name, start } of substitutions(node.value)) {
    const [id, ...attribute] = name.split('.');
    if (own.has(name) || own.has(id) || id.startsWith('AWS::') || !/^[A-Za-z0-9]+$/.test(id)) continue;
    return { ...nameIn(node, start, id.length), attribute: attribute.length > 0 ? attribute.join('.') : undefined };
  }
  return undefined;
}

/**
 * The logical id at `[start, start + length)` of a string's value, placed in the document: exact for
 * plain and block-free scalars whose value is their source (the usual case), else the whole node.
 */
function nameIn(node: StringNode, start: number, length: number): NameReference {
  const logicalId = node.value.slice(start, start + length);
  const quote = isQuoted(node.style) ? 1 : 0;
  if (node.style !== 'block' && node.length === node.value.length + 2 * quote) return { logicalId, offset: node.offset + quote + start, length };
  return { logicalId, offset: node.offset, length: node.length };
}
