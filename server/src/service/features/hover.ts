import { nodeAt, pathOf } from '../ast/navigate';
import { AstNode } from '../ast/types';
import { SchemaCatalog } from '../schema/catalog';
import { SchemaLocation, SchemaLocator } from '../schema/locate';
import { JsonSchema } from '../schema/types';
import { ParsedDocument } from '../parse/types';
import { typeLabel } from './completion/schemaCompletion';

export interface OffsetHover {
  readonly markdown: string;
  readonly offset: number;
  readonly length: number;
}

/** Hover for a key or an enum value: meaning, type, required, allowed values, limits, operations. */
export function schemaHover(catalog: SchemaCatalog, locator: SchemaLocator, parsed: ParsedDocument, offset: number): OffsetHover | undefined {
  const node = nodeAt(parsed.root, offset);
  const parent = node?.parent;
  if (!node || parent?.type !== 'property') return undefined;
  const isKey = parent.keyNode === node;
  const location = locator(pathOf(isKey ? parent : node).concat(isKey ? [parent.keyNode.value] : []));
  if (!location?.property) return undefined;
  if (isKey) return { markdown: propertyMarkdown(catalog, location), offset: node.offset, length: node.length };
  return enumValueHover(location, node);
}

function enumValueHover(location: SchemaLocation, node: AstNode): OffsetHover | undefined {
  if (node.type !== 'string' && node.type !== 'number' && node.type !== 'boolean') return undefined;
  const values = location.schema.enum;
  const index = values?.indexOf(node.value) ?? -1;
  if (!values || index < 0) return undefined;
  const meaning = location.schema.enumDescriptions?.[index];
  const lines = [`**${String(node.value)}** — a value of \`${location.property!.name}\``];
  if (meaning) lines.push('', meaning);
  lines.push('', `Other values: ${values.filter((v) => v !== node.value).map((v) => `\`${String(v)}\``).join(', ')}`);
  return { markdown: lines.join('\n'), offset: node.offset, length: node.length };
}

export function propertyMarkdown(catalog: SchemaCatalog, location: SchemaLocation): string {
  const { schema } = location;
  const property = location.property!;
  const flags = property.autofilled ? 'filled in by the SDK/CLI when omitted' : property.required ? 'required' : 'optional';
  const lines = [`**${property.name}** · \`${typeLabel(schema)}\` · ${flags}`];
  if (property.description) lines.push('', property.description);
  if (schema.enum) {
    lines.push('', 'Allowed values:');
    schema.enum.forEach((value, i) => {
      const meaning = schema.enumDescriptions?.[i];
      lines.push(`- \`${String(value)}\`${meaning ? ` — ${meaning}` : ''}`);
    });
  }
  const limits = limitText(schema);
  if (limits) lines.push('', `Limits: ${limits}`);
  if (schema.default !== undefined) lines.push('', `Default: \`${JSON.stringify(schema.default)}\``);
  const operations = location.parent ? catalog.operationsUsing(location.parent) : [];
  if (operations.length > 0) lines.push('', `Used by: ${operations.map((op) => `\`${op}\``).join(', ')}`);
  return lines.join('\n');
}

function limitText(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(range(schema.minimum, schema.maximum, ''));
  if (schema.minLength !== undefined || schema.maxLength !== undefined) parts.push(range(schema.minLength, schema.maxLength, ' characters'));
  if (schema.minItems !== undefined || schema.maxItems !== undefined) parts.push(range(schema.minItems, schema.maxItems, ' items'));
  if (schema.format) parts.push(`format \`${schema.format}\``);
  if (schema.pattern) parts.push(`pattern \`${schema.pattern}\``);
  return parts.join('; ');
}

function range(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return `${min}–${max}${unit}`;
  if (min !== undefined) return `at least ${min}${unit}`;
  return `at most ${max}${unit}`;
}
