import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { ValueNode } from '../../ast/types';
import { SchemaCatalog } from '../../schema/catalog';
import { SchemaLocator } from '../../schema/locate';
import { JsonSchema } from '../../schema/types';
import { CursorContext } from './cursorContext';
import { hasMacInstance, INSTANCE_TYPES, objectAt } from './instanceTypes';
import { keySnippet, valueText } from './snippets';

/** An item before it gets its LSP range: `insert` replaces `context.replace`. */
export interface OffsetCompletion {
  readonly item: Omit<CompletionItem, 'textEdit'>;
  readonly insert: string;
}

/**
 * Keys and values offered from the schema at the cursor's path, what the context needs first: `placement`
 * and `tenancy: host` when an instance type is a Mac type; instance types for `instanceTypes`. `key`
 * spells those fields as the host does (`SPELLINGS` in rules/request/spellings.ts: `Placement` in a template).
 */
export function schemaCompletions(catalog: SchemaCatalog, locator: SchemaLocator, context: CursorContext, json: boolean, document?: ValueNode, key: (meaning: string) => string = (m) => m): OffsetCompletion[] {
  const location = locator(context.path);
  if (!location) return [];
  const schema = location.schema;
  if (context.mode === 'key' && schema.type === 'object') {
    const items = keyCompletions(catalog, schema, context, json);
    if (schema.properties?.[key('placement')] && hasMacInstance(context.object, key('instanceTypes'))) first(items, key('placement'));
    return items;
  }
  const path = context.path;
  if (path[path.length - 2] === key('instanceTypes') && schema.type === 'string' && !schema.enum) return instanceTypeCompletions(json, context);
  const items = valueCompletions(schema, context, json);
  const tenancy = path[path.length - 1] === key('tenancy') && path[path.length - 2] === key('placement');
  if (tenancy && hasMacInstance(objectAt(document, path.slice(0, -2)), key('instanceTypes'))) first(items, 'host', 'Mac instances run only on Dedicated Hosts');
  return items;
}

/** Puts the item labelled `label` at the top of the list (as editors sort: by sortText). */
function first(items: OffsetCompletion[], label: string, why?: string): void {
  const found = items.find((i) => i.item.label === label);
  if (!found) return;
  const item = found.item as CompletionItem;
  item.sortText = ` ${item.sortText ?? ''}`;
  item.preselect = true;
  if (why) item.detail = `${item.detail ? `${item.detail} · ` : ''}${why}`;
}

function instanceTypeCompletions(json: boolean, context: CursorContext): OffsetCompletion[] {
  return INSTANCE_TYPES.map(({ name, detail }, index) => ({
    insert: valueText(name, json),
    item: {
      label: name,
      kind: CompletionItemKind.Value,
      detail,
      sortText: String(index).padStart(3, '0'),
      filterText: json && context.quoted ? `"${name}"` : name,
      insertTextFormat: InsertTextFormat.PlainText,
    },
  }));
}

function keyCompletions(catalog: SchemaCatalog, schema: JsonSchema, context: CursorContext, json: boolean): OffsetCompletion[] {
  const present = new Set(context.object?.properties.map((p) => p.keyNode.value) ?? []);
  const currentKey = context.object?.properties.find((p) => p.keyNode.offset === context.replace.offset)?.keyNode.value;
  const result: OffsetCompletion[] = [];
  for (const [index, name] of Object.keys(schema.properties ?? {}).entries()) {
    if (name === '$schema' || (present.has(name) && name !== currentKey)) continue;
    const info = catalog.property(schema, name)!;
    const insert = keySnippet(catalog, name, info.schema, json, context.needsComma);
    result.push({
      insert,
      item: {
        label: name,
        kind: CompletionItemKind.Property,
        detail: `${info.required ? 'required' : 'optional'} · ${typeLabel(info.schema)}`,
        documentation: info.description ? { kind: MarkupKind.Markdown, value: info.description } : undefined,
        sortText: `${info.required && !info.autofilled ? '0' : '1'}${String(index).padStart(3, '0')}`, // spec order
        filterText: json && context.quoted ? `"${name}"` : name,
        insertTextFormat: InsertTextFormat.Snippet,
      },
    });
  }
  return result;
}

function valueCompletions(schema: JsonSchema, context: CursorContext, json: boolean): OffsetCompletion[] {
  const values: Array<{ value: unknown; description?: string }> = [];
  if (schema.enum) schema.enum.forEach((value, i) => values.push({ value, description: schema.enumDescriptions?.[i] }));
  else if (schema.type === 'boolean') values.push({ value: true }, { value: false });
  else if (schema.default !== undefined && schema.type !== 'object' && schema.type !== 'array') values.push({ value: schema.default, description: 'The default.' });
  return values.map(({ value, description }, index) => {
    const text = valueText(value, json);
    return {
      insert: text,
      item: {
        label: String(value),
        kind: typeof value === 'boolean' ? CompletionItemKind.Value : CompletionItemKind.EnumMember,
        detail: schema.title ?? typeLabel(schema),
        documentation: description ? { kind: MarkupKind.Markdown, value: description } : undefined,
        sortText: String(index).padStart(3, '0'),
        filterText: json && context.quoted ? `"${String(value)}"` : String(value),
        insertTextFormat: InsertTextFormat.PlainText,
      },
    };
  });
}

export function typeLabel(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map(String).join(' | ');
  if (schema.type === 'array') return 'list';
  if (schema.type === 'object') return schema.properties ? 'object' : 'map';
  return schema.type ?? 'any';
}
