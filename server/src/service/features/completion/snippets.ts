import { SchemaCatalog } from '../../schema/catalog';
import { JsonSchema } from '../../schema/types';

/**
 * The text inserted for a key: the key and a skeleton of its value (the required keys of an object,
 * one level deep; a choice list for enums and booleans). Snippet syntax; `\t` is indentation the editor adjusts.
 */
export function keySnippet(catalog: SchemaCatalog, name: string, schema: JsonSchema, json: boolean, needsComma: boolean): string {
  const counter = { next: 1 };
  const key = json ? `"${name}": ` : `${name}:`;
  const value = valueSkeleton(catalog, schema, json, counter, 1);
  const text = json ? key + value : schema.type === 'object' || schema.type === 'array' ? key + value : `${key} ${value}`;
  return needsComma ? `${text},` : text;
}

function valueSkeleton(catalog: SchemaCatalog, schema: JsonSchema, json: boolean, counter: { next: number }, depth: number): string {
  const tab = '\t'.repeat(depth);
  switch (schema.type) {
    case 'object': {
      const required = (schema.required ?? []).filter((k) => schema.properties?.[k]?.['x-autofilled'] !== true);
      if (required.length === 0 || depth > 1) return json ? `{$${counter.next++}}` : `\n${tab}$${counter.next++}`;
      const lines = required.map((k) => {
        const child = catalog.property(schema, k)!.schema;
        const inner = child.type === 'object' || child.type === 'array' ? (json ? child.type === 'object' ? '{}' : '[]' : '') : scalarSkeleton(child, json, counter);
        return json ? `${tab}"${k}": ${inner}` : `${tab}${k}:${inner ? ` ${inner}` : ''}`;
      });
      return json ? `{\n${lines.join(',\n')}\n${'\t'.repeat(depth - 1)}}` : `\n${lines.join('\n')}`;
    }
    case 'array': {
      const items = schema.items ? catalog.resolve(schema.items) : undefined;
      if (json) return items?.type === 'object' ? `[{$${counter.next++}}]` : `[$${counter.next++}]`;
      return `\n${tab}- $${counter.next++}`;
    }
    default:
      return scalarSkeleton(schema, json, counter);
  }
}

function scalarSkeleton(schema: JsonSchema, json: boolean, counter: { next: number }): string {
  const n = counter.next++;
  if (schema.enum && schema.enum.length > 0) {
    const choices = schema.enum.map((v) => escapeChoice(String(v))).join(',');
    return json && typeof schema.enum[0] === 'string' ? `"\${${n}|${choices}|}"` : `\${${n}|${choices}|}`;
  }
  if (schema.type === 'boolean') return `\${${n}|true,false|}`;
  if (schema.type === 'integer' || schema.type === 'number') return `\${${n}:${schema.default ?? schema.minimum ?? 0}}`;
  return json ? `"$${n}"` : `$${n}`;
}

function escapeChoice(value: string): string {
  return value.replace(/[\\,|$}]/g, (c) => `\\${c}`);
}

/** A value as inserted (plain text): JSON-quoted strings in JSON, plain or quoted as YAML needs. */
export function valueText(value: unknown, json: boolean): string {
  if (typeof value !== 'string') return String(value);
  if (json) return JSON.stringify(value);
  return /^[A-Za-z][\w.-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) ? value : JSON.stringify(value);
}
