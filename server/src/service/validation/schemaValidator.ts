import { AstNode, isOpaque, ObjectNode, PropertyNode, quoteOf, ValueNode } from '../ast/types';
import { insertKeysFix } from '../edits/propertyEdits';
import { SchemaCatalog } from '../schema/catalog';
import { JsonSchema } from '../schema/types';
import { didYouMean } from '../util/didYouMean';
import { FORMATS, isTemplated } from './formats';
import { Problem } from './problem';
import { describeNodeType, expectedType, matchesType } from './typeCheck';

/**
 * Checks a value tree against a schema: one linear walk (every node once), duplicate keys included.
 * Never throws; every problem has a range inside the node it is about.
 */
export class SchemaValidator {
  /** Object nodes by the shape they were checked against (`Placement`, a kind id for roots), for the rules. */
  readonly shapes = new Map<string, ObjectNode[]>();

  /** @param text the document's text: given, missing keys come with a fix that inserts them. */
  constructor(private readonly catalog: SchemaCatalog, private readonly problems: Problem[], private readonly yaml = false, private readonly text?: string) {}

  validate(node: ValueNode, schema: JsonSchema): void {
    const resolved = this.catalog.resolve(schema);
    // Aliases are never expanded; opaque values (`unknown` nodes, templating tags) are not ours to judge.
    if (node.type === 'alias' || isOpaque(node)) return;
    if (!matchesType(node, resolved)) {
      this.report(node, 'invalid-type', typeMessage(node, resolved, this.yaml));
      return;
    }
    if (resolved.enum) this.checkEnum(node, resolved);
    switch (node.type) {
      case 'object':
        this.recordShape(node, resolved);
        this.checkObject(node, resolved);
        break;
      case 'array':
        this.checkArray(node, resolved);
        break;
      case 'string':
        this.checkString(node.value, node, resolved);
        break;
      case 'number':
        this.checkNumber(node.value, node, resolved);
        break;
      default:
        break;
    }
  }

  private recordShape(node: ObjectNode, schema: JsonSchema): void {
    const name = this.catalog.shapeName(schema);
    if (!name) return;
    const list = this.shapes.get(name);
    if (list) list.push(node);
    else this.shapes.set(name, [node]);
  }

  private checkObject(node: ObjectNode, schema: JsonSchema): void {
    const seen = new Map<string, PropertyNode>();
    let present: ReadonlySet<string> | undefined; // every key of the object, built once (not per unknown key)
    for (const property of node.properties) {
      const key = property.keyNode.value;
      const first = seen.get(key);
      if (first) {
        this.problems.push({
          offset: property.keyNode.offset, length: property.keyNode.length, code: 'duplicate-key',
          message: `Duplicate key '${key}': only one of the values would be used.`,
          related: [{ offset: first.keyNode.offset, length: first.keyNode.length, message: `'${key}' first given here` }],
        });
        continue;
      }
      seen.set(key, property);
      const info = this.catalog.property(schema, key);
      if (!info) {
        if (schema.additionalProperties === false) this.unknownProperty(property, schema, (present ??= new Set(node.properties.map((p) => p.keyNode.value))));
        continue;
      }
      // A key with no value at all only happens in broken JSON, where the syntax error already says so.
      if (property.valueNode) this.validate(property.valueNode, info.schema);
    }
    const missing = (schema.required ?? []).filter((key) => !seen.has(key) && schema.properties?.[key]?.['x-autofilled'] !== true);
    if (missing.length > 0) {
      const anchor = anchorOf(node);
      const list = missing.map((k) => `'${k}'`).join(', ');
      const message = missing.length === 1 ? `Missing required property ${list}.` : `Missing required properties ${list}.`;
      const fix = this.text === undefined ? undefined
        : insertKeysFix(this.text, node, missing, (key) => placeholderFor(this.catalog.property(schema, key)?.schema, this.yaml), !this.yaml);
      this.problems.push({ offset: anchor.offset, length: anchor.length, code: 'missing-property', message, fixes: fix ? [fix] : undefined });
    }
  }

  private unknownProperty(property: PropertyNode, schema: JsonSchema, present: ReadonlySet<string>): void {
    const key = property.keyNode.value;
    const candidates = Object.keys(schema.properties ?? {}).filter((k) => !present.has(k));
    const suggestion = didYouMean(key, candidates);
    const where = schema.title ? ` in ${schema.title}` : '';
    const message = suggestion
      ? `Property '${key}' is not allowed${where}. Did you mean '${suggestion}'?`
      : `Property '${key}' is not allowed${where}.`;
    const keyNode = property.keyNode;
    const quote = quoteOf(keyNode.style);
    this.problems.push({
      offset: keyNode.offset, length: keyNode.length, code: 'unknown-property', message,
      fixes: suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ offset: keyNode.offset, length: keyNode.length, newText: quote + suggestion + quote }], preferred: true }] : undefined,
    });
  }

  private checkArray(node: Extract<AstNode, { type: 'array' }>, schema: JsonSchema): void {
    const count = node.items.length;
    if (schema.minItems !== undefined && count < schema.minItems) {
      this.report(anchorOf(node), 'out-of-range', `At least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'} required; found ${count}.`);
    }
    if (schema.maxItems !== undefined && count > schema.maxItems) {
      this.report(node.items[schema.maxItems] ?? node, 'out-of-range', `At most ${schema.maxItems} items allowed; found ${count}.`);
    }
    if (schema.items) for (const item of node.items) this.validate(item, schema.items);
  }

  private checkString(value: string, node: ValueNode, schema: JsonSchema): void {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      this.report(node, 'out-of-range', value.length === 0 ? 'The value must not be empty.' : `Too short: at least ${schema.minLength} characters (found ${value.length}).`);
    }
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      this.report(node, 'out-of-range', `Too long: at most ${schema.maxLength} characters (found ${value.length}).`);
    }
    if (isTemplated(value)) return;
    if (schema.format && FORMATS[schema.format] && !FORMATS[schema.format].test(value)) {
      this.report(node, 'invalid-format', `'${clip(value)}' is not ${FORMATS[schema.format].expected}.`);
    } else if (schema.pattern && !safeTest(schema.pattern, value)) {
      const expected = schema.patternErrorMessage ?? `match the pattern ${schema.pattern}`;
      this.report(node, 'invalid-format', `'${clip(value)}' is not valid here: it must ${expected}.`);
    }
  }

  private checkNumber(value: number, node: ValueNode, schema: JsonSchema): void {
    if (schema.minimum !== undefined && value < schema.minimum) {
      this.report(node, 'out-of-range', `${value} is below the minimum of ${schema.minimum}${rangeText(schema)}.`);
    } else if (schema.maximum !== undefined && value > schema.maximum) {
      this.report(node, 'out-of-range', `${value} is above the maximum of ${schema.maximum}${rangeText(schema)}.`);
    }
  }

  private checkEnum(node: ValueNode, schema: JsonSchema): void {
    const values = schema.enum ?? [];
    const actual = node.type === 'string' || node.type === 'number' || node.type === 'boolean' ? node.value : undefined;
    if (actual === undefined || values.includes(actual)) return;
    if (node.type === 'string' && isTemplated(node.value)) return;
    const allowed = values.map(String);
    const suggestion = typeof actual === 'string' ? didYouMean(actual, allowed) : undefined;
    const message = `'${clip(String(actual))}' is not an allowed value. Allowed: ${allowed.join(', ')}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`;
    const quote = node.type === 'string' ? quoteOf(node.style) : '';
    this.problems.push({
      offset: node.offset, length: node.length, code: 'invalid-value', message,
      fixes: suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ offset: node.offset, length: node.length, newText: quote + suggestion + quote }], preferred: true }] : undefined,
    });
  }

  private report(node: { offset: number; length: number }, code: string, message: string): void {
    this.problems.push({ offset: node.offset, length: node.length, code, message });
  }
}

/** The value a missing key is inserted with: the first allowed value, a minimum, an empty list or object, or "". */
function placeholderFor(schema: JsonSchema | undefined, yaml: boolean): string {
  const text = (value: unknown) => (yaml && typeof value === 'string' && /^[A-Za-z][\w.-]*$/.test(value) ? value : JSON.stringify(value));
  if (schema?.enum && schema.enum.length > 0) return text(schema.enum[0]);
  switch (schema?.type) {
    case 'boolean': return 'false';
    case 'integer':
    case 'number': return String(schema.minimum ?? 0);
    case 'array': return '[]';
    case 'object': return '{}';
    default: return '""';
  }
}

/** Where to report something about a whole object: the key that owns it, else its first character. */
export function anchorOf(node: AstNode): AstNode | { offset: number; length: number } {
  const parent = node.parent;
  if (parent?.type === 'property') return parent.keyNode;
  return { offset: node.offset, length: Math.min(1, node.length) };
}

function typeMessage(node: ValueNode, schema: JsonSchema, yaml: boolean): string {
  const expected = expectedType(schema);
  if (yaml && node.type === 'number' && schema.type === 'string') return `Expected ${expected} but YAML reads ${node.source} as a number: quote it ("${node.source}").`;
  if (yaml && node.type === 'boolean' && schema.type === 'string') return `Expected ${expected} but YAML reads this as a boolean: quote it.`;
  if (node.type === 'number' && schema.type === 'integer') return `Expected a whole number but found ${node.source}.`;
  return `Expected ${expected} but found ${describeNodeType(node)}.`;
}

function rangeText(schema: JsonSchema): string {
  if (schema.minimum !== undefined && schema.maximum !== undefined) return ` (allowed: ${schema.minimum}–${schema.maximum})`;
  return '';
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

const compiled = new Map<string, RegExp | null>();

function safeTest(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = null;
    }
    compiled.set(pattern, regex);
  }
  return regex ? regex.test(value) : true;
}
