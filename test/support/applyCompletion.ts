import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, CompletionList, InsertTextFormat, Position, Range } from 'vscode-languageserver-types';

/** The items of a completion answer, with `itemDefaults.editRange` expanded as the client does. */
export function itemsOf(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (!result) return [];
  if (Array.isArray(result)) return result;
  const range = result.itemDefaults?.editRange;
  return result.items.map((item) => (range && !item.textEdit ? { ...item, textEdit: 'insert' in range
    ? { newText: item.textEditText ?? item.label, insert: range.insert, replace: range.replace }
    : { newText: item.textEditText ?? item.label, range } } : item));
}

/**
 * The text after accepting `item` in a client that applies the item's edit (VS Code, Emacs): a snippet
 * expanded as a snippet engine does (placeholders become their text, choices their first value, a tab one
 * indentation unit, two spaces here, and each new line gets the line's indentation); plain text inserted as
 * it is. `replace` picks the replace range of an insert/replace edit.
 */
export function applyEdit(document: TextDocument, item: CompletionItem, replace = true): string {
  const edit = item.textEdit;
  if (!edit) throw new Error(`${item.label}: no text edit`);
  const range: Range = 'range' in edit ? edit.range : replace ? edit.replace : edit.insert;
  let text = edit.newText;
  if (item.insertTextFormat === InsertTextFormat.Snippet) {
    const line = document.getText({ start: { line: range.start.line, character: 0 }, end: range.start });
    const indent = /^[ \t]*/.exec(line)![0];
    text = text
      .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
      .replace(/\$\d+/g, '')
      .replace(/\\([\\$}])/g, '$1')
      .replace(/\t/g, '  ')
      .replace(/\n/g, `\n${indent}`);
  }
  return TextDocument.applyEdits(document, [{ range, newText: text }]);
}

/**
 * The text after accepting `item` as Neovim 0.7's `vim.lsp.omnifunc` does (runtime/lua/vim/lsp.lua): it
 * ignores the edit's end and inserts the item's word (newText, a snippet reduced to text) from the start
 * column, which is the edit's start when no item has a filterText and all start alike, else the start of
 * the keyword before the cursor; items whose word does not start with the typed prefix are dropped.
 * Returns undefined when the item is dropped.
 */
export function applyLikeNeovim07(document: TextDocument, items: readonly CompletionItem[], label: string, cursor: Position): string | undefined {
  const line = document.getText({ start: { line: cursor.line, character: 0 }, end: { line: cursor.line + 1, character: 0 } }).replace(/\n$/, '');
  const before = line.slice(0, cursor.character);
  let start: number | undefined;
  for (const item of items) {
    if (item.filterText !== undefined || !item.textEdit || !('range' in item.textEdit) || item.textEdit.range.start.line !== cursor.line) continue;
    if (start !== undefined && start !== item.textEdit.range.start.character) { start = undefined; break; }
    start = item.textEdit.range.start.character;
  }
  start ??= /[A-Za-z0-9_\u00c0-\u00ff]*$/.exec(before)!.index;
  const prefix = line.slice(start, cursor.character);
  const item = items.find((i) => i.label === label);
  if (!item) return undefined;
  const raw = item.textEdit?.newText || item.insertText || item.label;
  const word = item.insertTextFormat === InsertTextFormat.Snippet ? raw.replace(/\$\{\d+:?([^}]*)\}/g, '$1').replace(/\$\d+/g, '') : raw;
  if (!word.startsWith(prefix)) return undefined;
  const offset = document.offsetAt({ line: cursor.line, character: start });
  const text = document.getText();
  // Vim's complete() writes a line break inside a word as a NUL.
  return text.slice(0, offset) + word.replace(/\n/g, '\0') + text.slice(document.offsetAt(cursor));
}
