import assert from 'node:assert/strict';
import { CompletionItem, CompletionList } from 'vscode-languageserver-types';

/** What an editor that advertises `completionList.itemDefaults` (VS Code's client does) can take. */
export const ITEM_DEFAULTS = ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] as const;

/**
 * A list that uses `itemDefaults.editRange`, as the client reads it (vscode-languageclient's
 * `asCompletionInsertText`): each item replaces the default range with its `textEditText`, or its label.
 */
export function expandItemDefaults(list: CompletionList): CompletionList {
  const range = list.itemDefaults?.editRange;
  if (range === undefined) return list;
  assert.ok(!('insert' in range), 'the service sends one range, not insert/replace');
  const items = list.items.map(({ textEditText, ...item }): CompletionItem => {
    assert.equal(item.textEdit, undefined, `${item.label}: a textEdit beside the default range`);
    return { ...item, textEdit: { range, newText: textEditText ?? item.label } };
  });
  return { isIncomplete: list.isIncomplete, items };
}
