import { ObjectNode, PropertyNode, ValueNode } from '../ast/types';
import { isUnknownValue } from '../parse/hcl/unknown';
import { didYouMean } from '../util/didYouMean';
import { Problem } from '../validation/problem';
import { imagebuilderResources, isBlock, META_ARGUMENTS, META_BLOCKS, nestedBlock } from './blocks';
import { TfAttributeSchema, TfBlockSchema, TfSchemaFile, TfType } from './schemaTypes';

/**
 * Checks every `aws_imagebuilder_*` resource against the Terraform schema, in one walk: unknown arguments
 * and blocks (did you mean), values of the wrong type (after Terraform's own conversions: `"100"` is a
 * number, `true` a string), values outside an enum, required arguments and blocks, block counts.
 * Unknown values (references, calls, templates) and `dynamic` blocks are never judged. Records each body
 * by its schema path (`aws_imagebuilder_infrastructure_configuration.placement`) for the shape rules.
 */
export class TerraformValidator {
  /** Bodies by schema path, for the shape rules. */
  readonly shapes = new Map<string, ObjectNode[]>();
  /** The `content` bodies of `dynamic` blocks: checked against the schema, but their presence is not known. */
  readonly dynamicBodies = new Set<ObjectNode>();

  constructor(private readonly schemas: TfSchemaFile, private readonly problems: Problem[]) {}

  validate(root: ObjectNode | undefined): void {
    const types = Object.keys(this.schemas.resources);
    for (const resource of imagebuilderResources(root)) {
      const schema = this.schemas.resources[resource.type];
      const label = resource.property.labels![0];
      if (!schema) {
        const suggestion = didYouMean(resource.type, types);
        this.problems.push({
          offset: label.offset, length: label.length, code: 'unknown-property',
          message: `'${resource.type}' is not an Image Builder resource type of the AWS provider.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          fixes: suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ offset: label.offset, length: label.length, newText: JSON.stringify(suggestion) }], preferred: true }] : undefined,
        });
        continue;
      }
      if (resource.body) this.block(resource.body, schema.block, resource.type, true, resource.property.keyNode);
    }
  }

  private block(body: ObjectNode, schema: TfBlockSchema, path: string, isResource: boolean, anchor: { offset: number; length: number }): void {
    this.record(path, body);
    const counts = new Map<string, number>();
    const dynamic = new Set<string>();
    const seen = new Set<string>();
    for (const property of body.properties) {
      const name = property.keyNode.value;
      if (isBlock(property)) {
        if (isResource && META_BLOCKS.has(name)) continue;
        if (name === 'dynamic') {
          const target = property.labels?.[0]?.value;
          const nested = nestedBlock(schema, property);
          if (target !== undefined) dynamic.add(target);
          if (!nested) {
            if (target !== undefined) this.unknown(property, property.labels![0], target, schema, 'block');
            continue;
          }
          if (nested.body) {
            this.dynamicBodies.add(nested.body);
            this.block(nested.body, nested.schema.block, `${path}.${target}`, false, property.keyNode);
          }
          continue;
        }
        const nested = schema.blocks[name];
        if (!nested) {
          this.unknown(property, property.keyNode, name, schema, schema.attributes[name] ? 'attribute-as-block' : 'block');
          continue;
        }
        counts.set(name, (counts.get(name) ?? 0) + 1);
        const max = nested.maxItems;
        if (max !== undefined && counts.get(name)! > max) {
          this.problems.push({ offset: property.keyNode.offset, length: property.keyNode.length, code: 'out-of-range', message: `At most ${max} '${name}' block${max === 1 ? '' : 's'} allowed here.` });
        }
        if (property.valueNode?.type === 'object') this.block(property.valueNode, nested.block, `${path}.${name}`, false, property.keyNode);
        continue;
      }
      if (isResource && META_ARGUMENTS.has(name)) continue;
      const attribute = schema.attributes[name];
      if (!attribute || (attribute.computed && !attribute.optional && !attribute.required)) {
        this.unknown(property, property.keyNode, name, schema, schema.blocks[name] ? 'block-as-attribute' : attribute ? 'computed' : 'attribute');
        continue;
      }
      seen.add(name);
      if (property.valueNode) this.value(property.valueNode, attribute.type, attribute, name);
    }
    this.required(schema, seen, counts, dynamic, anchor);
  }

  private required(schema: TfBlockSchema, seen: ReadonlySet<string>, counts: ReadonlyMap<string, number>, dynamic: ReadonlySet<string>, anchor: { offset: number; length: number }): void {
    const missing = Object.entries(schema.attributes).filter(([name, a]) => a.required && !seen.has(name)).map(([name]) => name);
    for (const [name, nested] of Object.entries(schema.blocks)) {
      if ((nested.minItems ?? 0) > 0 && !dynamic.has(name) && (counts.get(name) ?? 0) < nested.minItems!) missing.push(`${name} { … }`);
    }
    if (missing.length === 0) return;
    const list = missing.map((m) => `'${m}'`).join(', ');
    this.problems.push({ offset: anchor.offset, length: anchor.length, code: 'missing-property', message: missing.length === 1 ? `Missing required argument ${list}.` : `Missing required arguments ${list}.` });
  }

  private unknown(property: PropertyNode, at: { offset: number; length: number }, name: string, schema: TfBlockSchema, why: 'attribute' | 'block' | 'attribute-as-block' | 'block-as-attribute' | 'computed'): void {
    if (why === 'attribute-as-block') {
      this.problems.push({ offset: at.offset, length: at.length, code: 'unknown-property', message: `'${name}' is an argument, not a block: write '${name} = …'.` });
      return;
    }
    if (why === 'block-as-attribute') {
      this.problems.push({ offset: at.offset, length: at.length, code: 'unknown-property', message: `'${name}' is a block, not an argument: write '${name} { … }'.` });
      return;
    }
    if (why === 'computed') {
      this.problems.push({ offset: at.offset, length: at.length, code: 'unknown-property', message: `'${name}' is set by the provider (read it as an attribute); it cannot be given here.` });
      return;
    }
    const settable = why === 'block' ? Object.keys(schema.blocks) : Object.entries(schema.attributes).filter(([, a]) => a.optional || a.required).map(([k]) => k);
    const suggestion = didYouMean(name, settable);
    const what = why === 'block' ? 'block' : 'argument';
    const quoted = at !== property.keyNode;
    this.problems.push({
      offset: at.offset, length: at.length, code: 'unknown-property',
      message: `No ${what} '${name}' here.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      fixes: suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ offset: at.offset, length: at.length, newText: quoted ? JSON.stringify(suggestion) : suggestion }], preferred: true }] : undefined,
    });
  }

  /** A value against a Terraform type, with Terraform's conversions between strings, numbers and booleans. */
  private value(node: ValueNode, type: TfType, attribute: TfAttributeSchema | undefined, name: string): void {
    if (isUnknownValue(node) || node.type === 'null' || node.type === 'alias') return;
    if (typeof type === 'string') {
      const scalar = scalarText(node);
      const problem = scalar === undefined ? `'${name}' takes a ${type === 'bool' ? 'boolean' : type}, not ${describe(node)}.`
        : type === 'number' && (node.type === 'boolean' || (node.type === 'string' && !isNumeric(scalar))) ? `'${name}' takes a number, not ${describe(node)}.`
          : type === 'bool' && (node.type === 'number' || (node.type === 'string' && scalar !== 'true' && scalar !== 'false')) ? `'${name}' takes a boolean (true or false), not ${describe(node)}.`
            : undefined;
      if (problem) {
        this.problems.push({ offset: node.offset, length: node.length, code: 'invalid-type', message: problem });
        return;
      }
      if (attribute?.enum && scalar !== undefined && !attribute.enum.includes(scalar)) this.enumProblem(node, scalar, attribute.enum, name);
      return;
    }
    const [kind, element] = type as readonly [string, TfType];
    if (kind === 'list' || kind === 'set') {
      if (node.type !== 'array') {
        this.problems.push({ offset: node.offset, length: node.length, code: 'invalid-type', message: `'${name}' takes a list ([…]), not ${describe(node)}.` });
        return;
      }
      for (const item of node.items) this.value(item, element, attribute?.enum ? attribute : undefined, name);
    } else if (kind === 'map' || kind === 'object') {
      if (node.type !== 'object') {
        this.problems.push({ offset: node.offset, length: node.length, code: 'invalid-type', message: `'${name}' takes a map ({ key = value }), not ${describe(node)}.` });
        return;
      }
      if (kind === 'map') for (const p of node.properties) if (p.valueNode) this.value(p.valueNode, element, undefined, name);
    }
  }

  private enumProblem(node: ValueNode, value: string, allowed: readonly string[], name: string): void {
    const suggestion = didYouMean(value, allowed);
    const quoted = node.type === 'string';
    this.problems.push({
      offset: node.offset, length: node.length, code: 'invalid-value',
      message: `'${value}' is not a valid '${name}'. Allowed: ${allowed.map((v) => `'${v}'`).join(', ')}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      fixes: suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ offset: node.offset, length: node.length, newText: quoted ? JSON.stringify(suggestion) : suggestion }], preferred: true }] : undefined,
    });
  }

  private record(path: string, body: ObjectNode): void {
    const list = this.shapes.get(path);
    if (list) list.push(body);
    else this.shapes.set(path, [body]);
  }
}

/** A scalar's text as Terraform converts it to a string; undefined for collections. */
function scalarText(node: ValueNode): string | undefined {
  switch (node.type) {
    case 'string': return node.value;
    case 'number': return node.source;
    case 'boolean': return String(node.value);
    default: return undefined;
  }
}

function isNumeric(text: string): boolean {
  return /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/.test(text.trim());
}

function describe(node: ValueNode): string {
  switch (node.type) {
    case 'array': return 'a list';
    case 'object': return 'a map';
    case 'string': return `the string "${node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value}"`;
    case 'number': return `the number ${node.source}`;
    case 'boolean': return `${node.value}`;
    default: return node.type;
  }
}
