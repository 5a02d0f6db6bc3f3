import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { OffsetCompletionList, OffsetRange } from '../../kindSupport';
import { OffsetCompletion } from './schemaCompletion';

/** What the client said it can take (`initialize`), as the completion texts need it. */
export interface ClientTextOptions {
  /** `completionItem.snippetSupport`: tab stops and choices. */
  readonly snippets: boolean;
  readonly language: 'yaml' | 'json' | 'hcl';
}

/** Spaces for one level of a skeleton's indentation in YAML (a tab is not indentation in YAML). */
const YAML_INDENT = '  ';

/**
 * The list as this client can insert it. Items are made as snippets (`\t` for one level of indentation,
 * `$1`, `${1:x}`, `${1|a,b|}`); here they become what the client takes:
 * - with snippets, YAML indentation in spaces (the client adds the line's own indentation to each new line);
 * - without, plain text on one line: a YAML key whose value is a block is the key alone (`steps:`), a JSON
 *   skeleton is folded onto one line; whole skeletons (items of kind Snippet) are left out. Clients without
 *   snippets insert the text as it is, and some (Neovim 0.7's omnifunc) turn a line break into a NUL.
 * - JSON inside quotes: the range starts after the opening quote and the text does not repeat it, so a client
 *   that inserts at the word start and filters by the text (Neovim 0.7) gets what one that applies the range gets.
 * - a key completed right before the `:` already there is the key alone.
 */
export function forClient(list: OffsetCompletionList, text: string, cursor: number, options: ClientTextOptions): OffsetCompletionList {
  let replace = list.replace;
  let items = list.items;
  if (options.language === 'json' && text[replace.offset] === '"' && replace.length > 0 && cursor > replace.offset) {
    ({ replace, items } = insideQuotes(replace, items, text, cursor));
  }
  const following = text.slice(replace.offset + replace.length, replace.offset + replace.length + 200);
  const result: OffsetCompletion[] = [];
  for (const entry of items) {
    const adapted = adapt(entry, options, following);
    if (adapted) result.push(adapted);
  }
  return { ...list, replace, items: result };
}

function adapt(entry: OffsetCompletion, options: ClientTextOptions, following: string): OffsetCompletion | undefined {
  const { item } = entry;
  let insert = entry.insert;
  const yaml = options.language === 'yaml';
  if (yaml && item.kind === CompletionItemKind.Property && /^[ \t]*:/.test(following)) {
    // `na‸: value`: the colon is there already.
    return { item: { ...item, insertTextFormat: InsertTextFormat.PlainText }, insert: item.label };
  }
  const snippet = item.insertTextFormat === InsertTextFormat.Snippet;
  if (snippet && options.snippets) {
    return yaml && insert.includes('\t') ? { item, insert: insert.replace(/\t/g, YAML_INDENT) } : entry;
  }
  if (snippet) {
    if (item.kind === CompletionItemKind.Snippet) return undefined;
    insert = snippetToText(insert);
    item.insertTextFormat = InsertTextFormat.PlainText;
  }
  if (insert.includes('\n')) insert = yaml ? firstLine(insert) : oneLine(insert);
  // `name: ` when the next character is a space already: no second one.
  if (yaml && / $/.test(insert) && /^[ \t]/.test(following)) insert = insert.trimEnd();
  return { item, insert };
}

/** A JSON skeleton folded onto one line: `{\n\t"a": 1\n}` is `{ "a": 1 }`, `{\n}` is `{}`. */
function oneLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).join(' ').replace(/([{[]) ([}\]])/g, '$1$2');
}

/** A YAML skeleton's first line: `steps:` for `steps:\n\t- …`, `name: ` for `name: $1`. */
function firstLine(text: string): string {
  const line = text.slice(0, text.indexOf('\n'));
  return /:\s*$/.test(line) ? line.trimEnd() : line;
}

/**
 * Snippet syntax as the text it stands for: `${1:x}` is `x`, a choice and a tab stop are nothing
 * (a plain-text client cannot offer the choice, and any one value would be a guess).
 */
export function snippetToText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|(?:\\.|[^|\\])*\|\}/g, '')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, placeholder: string) => placeholder)
    .replace(/\$\d+/g, '')
    .replace(/\\([\\$}|,])/g, '$1');
}

const STRING_AT_START = /^"((?:[^"\\]|\\.)*)"/;

/**
 * A JSON string being completed (`"pla‸`, `"‸"`, `"tenancy": "‸"`): the range without the opening quote,
 * and without the closing one when it is there and stays (a value, or a key with its colon after it); each
 * text without the quotes the document keeps. Items that are not strings cannot go inside quotes.
 */
function insideQuotes(range: OffsetRange, items: readonly OffsetCompletion[], text: string, cursor: number): { replace: OffsetRange; items: OffsetCompletion[] } {
  const end = range.offset + range.length;
  const closed = range.length >= 2 && text[end - 1] === '"' && !escapedAt(text, end - 1);
  if (closed && cursor >= end) return { replace: range, items: [...items] }; // after the closing quote: the whole string goes
  const isKey = (insert: string) => /^\s*:/.test(insert.slice(STRING_AT_START.exec(insert)?.[0].length ?? 0));
  const keys = items.some((i) => isKey(i.insert));
  const keep = closed && (!keys || /^\s*:/.test(text.slice(end, end + 100)));
  const replace = { offset: range.offset + 1, length: range.length - 1 - (keep ? 1 : 0) };
  const result: OffsetCompletion[] = [];
  for (const { item, insert } of items) {
    const string = STRING_AT_START.exec(insert);
    if (!string) continue;
    const filterText = item.filterText && /^".*"$/.test(item.filterText) ? item.filterText.slice(1, -1) : item.filterText;
    result.push({ item: { ...item, filterText: filterText === item.label ? undefined : filterText }, insert: keep ? string[1] : insert.slice(1) });
  }
  return { replace, items: result };
}

function escapedAt(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}
