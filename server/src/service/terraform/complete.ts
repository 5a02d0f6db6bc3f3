import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { endOf, ObjectNode } from '../ast/types';
import { OffsetCompletion } from '../features/completion/schemaCompletion';
import { OffsetCompletionList } from '../kindSupport';
import { isBlock, blockAt, META_ARGUMENTS, META_BLOCKS } from './blocks';
import { attributeMarkdown, blockMarkdown } from './describe';
import { TfBlockSchema, TfSchemaFile } from './schemaTypes';

/** `  name` being typed at the start of a line (an argument or a block name). */
const KEY_LINE = /^[ \t]*([A-Za-z_][\w-]*)?$/;
/** `  name = "val` being typed: the value of `name`, the open quote kept. */
const VALUE_LINE = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*("?)([\w.:\-/]*)$/;
/** `resource "aws_imageb` being typed: the resource type label. */
const RESOURCE_LINE = /^[ \t]*resource[ \t]+"([\w-]*)$/;

/**
 * Completion in a `.tf` file, from the current line and the blocks around the cursor (O(depth · width)
 * plus the line): resource type names in `resource "…"`, argument and block names at the start of a
 * line in a resource or nested block, and enum values (or true/false) after `name =`.
 */
export function terraformCompletion(root: ObjectNode | undefined, text: string, offset: number, schemas: TfSchemaFile): OffsetCompletionList | undefined {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const before = text.slice(lineStart, offset);
  const resourceLine = RESOURCE_LINE.exec(before);
  if (resourceLine) {
    const typed = resourceLine[1];
    const closing = text[offset] === '"' ? 1 : 0;
    const items = Object.entries(schemas.resources).map(([type, r]): OffsetCompletion => ({
      item: { label: type, kind: CompletionItemKind.Class, documentation: r.documentation ? { kind: MarkupKind.Markdown, value: r.documentation } : undefined },
      insert: `${type}"`,
    }));
    return { replace: { offset: offset - typed.length, length: closing }, items };
  }
  const position = blockAt(root, offset, text, (type) => schemas.resources[type]);
  if (!position?.schema) return undefined;
  const schema = position.schema;
  const valueLine = VALUE_LINE.exec(before);
  if (valueLine) {
    const [, name, quote, typed] = valueLine;
    const attribute = schema.attributes[name];
    if (!attribute) return undefined;
    const start = offset - typed.length - quote.length;
    let end = offset;
    while (end < text.length && /[\w.:\-/]/.test(text[end])) end++;
    if (quote && text[end] === '"') end++;
    const values = attribute.enum ?? (attribute.type === 'bool' ? ['true', 'false'] : []);
    const items = values.map((value): OffsetCompletion => ({
      item: { label: value, kind: CompletionItemKind.EnumMember, filterText: attribute.type === 'bool' ? value : `${quote}${value}` },
      insert: attribute.type === 'bool' ? value : JSON.stringify(value),
    }));
    return items.length > 0 ? { replace: { offset: start, length: end - start }, items } : undefined;
  }
  const keyLine = KEY_LINE.exec(before);
  if (!keyLine) return undefined;
  const typed = keyLine[1] ?? '';
  let end = offset;
  while (end < text.length && /[\w-]/.test(text[end])) end++;
  const rest = text.slice(end, lineEnd(text, end));
  // Only a bare name on its line: `name = …` already written (renaming a key) keeps its value.
  const bare = rest.trim() === '';
  const indent = /^[ \t]*/.exec(before)![0];
  return { replace: { offset: offset - typed.length, length: end - offset + typed.length }, items: keyItems(schema, position.body, position.path.length === 0, indent, bare) };
}

function keyItems(schema: TfBlockSchema, body: ObjectNode, isResource: boolean, indent: string, bare: boolean): OffsetCompletion[] {
  const present = new Map<string, number>();
  for (const p of body.properties) if (endOf(p.keyNode) > p.keyNode.offset) present.set(p.keyNode.value, (present.get(p.keyNode.value) ?? 0) + 1);
  const items: OffsetCompletion[] = [];
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (!attribute.optional && !attribute.required) continue;
    if ((present.get(name) ?? 0) > 0 && !bareOnly(body, name)) continue;
    items.push({
      item: {
        label: name, kind: CompletionItemKind.Property, detail: attribute.required ? 'required' : undefined, sortText: `${attribute.required ? 0 : 1}${name}`,
        documentation: { kind: MarkupKind.Markdown, value: attributeMarkdown(name, attribute) },
        insertTextFormat: bare ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      },
      insert: bare ? `${name} = ${attribute.type === 'string' ? '"$1"' : '$1'}` : name,
    });
  }
  for (const [name, block] of Object.entries(schema.blocks)) {
    if (block.maxItems === 1 && (present.get(name) ?? 0) > 0) continue;
    items.push({
      item: {
        label: name, kind: CompletionItemKind.Module, detail: block.minItems ? 'block, required' : 'block', sortText: `${block.minItems ? 0 : 2}${name}`,
        documentation: { kind: MarkupKind.Markdown, value: blockMarkdown(name, block) },
        insertTextFormat: bare ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      },
      insert: bare ? `${name} {\n${indent}  $0\n${indent}}` : name,
    });
  }
  if (isResource) {
    for (const name of META_ARGUMENTS) if (!present.has(name)) items.push({ item: { label: name, kind: CompletionItemKind.Keyword, detail: 'meta-argument', sortText: `3${name}` }, insert: name });
    for (const name of META_BLOCKS) items.push({ item: { label: name, kind: CompletionItemKind.Keyword, detail: 'meta-block', sortText: `3${name}` }, insert: name });
  }
  return items;
}

/** The only `name` in the body is the one being typed (a property with no `=` yet). */
function bareOnly(body: ObjectNode, name: string): boolean {
  const same = body.properties.filter((p) => p.keyNode.value === name);
  return same.length === 1 && same[0].colonOffset === undefined && same[0].valueNode === undefined && !isBlock(same[0]);
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}
