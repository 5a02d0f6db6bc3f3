import { Command, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { OffsetCompletion } from '../../features/completion/schemaCompletion';

export interface ItemOptions {
  readonly kind: CompletionItemKind;
  readonly detail?: string;
  readonly documentation?: string;
  readonly sortText?: string;
  readonly filterText?: string;
  /** `insert` is a snippet (tab stops, choices). */
  readonly snippet?: boolean;
  readonly command?: Command;
}

export function item(label: string, insert: string, options: ItemOptions): OffsetCompletion {
  return {
    insert,
    item: {
      label,
      kind: options.kind,
      detail: options.detail,
      documentation: options.documentation ? { kind: MarkupKind.Markdown, value: options.documentation } : undefined,
      sortText: options.sortText,
      filterText: options.filterText,
      insertTextFormat: options.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      command: options.command,
    },
  };
}

/** Asks the editor to open completion again (after inserting `action: `, say). */
export const SUGGEST_AGAIN: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/** A choice placeholder `${n|a,b|}` with its values escaped for snippet syntax. */
export function choice(n: number, values: readonly string[]): string {
  return `\${${n}|${values.map((v) => v.replace(/[\\,|$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

