import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { OffsetCompletionList, OffsetRange } from '../kindSupport';
import { valueText } from '../features/completion/snippets';
import { DeclaredParameter, PassedParameter } from './componentParameters';

/**
 * Where a recipe entry's passed parameter name is being typed (a request's `components[].parameters[].name`,
 * a template's `Components[].Parameters[].Name`, Terraform's `component { parameter { name = "" } }`), as
 * the host found it: the cursor, the text a name replaces, and how the host writes a name there.
 */
export interface ParameterNameSlot {
  /** The cursor: the recipe entry whose names these are holds it. */
  readonly offset: number;
  readonly replace: OffsetRange;
  /** The name as inserted (quoted as the host needs). */
  readonly write: (name: string) => string;
  /** What the editor filters on (the replaced text starts with a quote when one is typed). */
  readonly filter: (name: string) => string;
}

/**
 * The names a component declares that the entry does not pass yet (the one under the cursor aside), those
 * without a default first, each with its type, default or "required", and description. `owner` names the
 * component in the detail ("component resource 'Comp'").
 */
export function parameterNameCompletion(declared: readonly DeclaredParameter[], passed: readonly PassedParameter[], owner: string, slot: ParameterNameSlot): OffsetCompletionList {
  const given = new Set(passed.filter((p) => slot.offset < p.offset || slot.offset > p.offset + p.length).map((p) => p.name));
  const items = declared.filter((p) => !given.has(p.name)).map((p, i) => ({
    insert: slot.write(p.name),
    item: {
      label: p.name,
      kind: CompletionItemKind.Variable,
      detail: `${p.type ?? 'parameter'} · ${p.hasDefault ? `default ${p.default ?? ''}` : 'required'} · ${owner}`,
      documentation: p.description ? { kind: MarkupKind.Markdown, value: p.description } : undefined,
      sortText: `${p.hasDefault ? 1 : 0}${String(i).padStart(3, '0')}`,
      filterText: slot.filter(p.name),
      insertTextFormat: InsertTextFormat.PlainText,
    },
  }));
  return { replace: slot.replace, items };
}

/** The slot of a YAML or JSON value: a name written as YAML needs it (plain where it can be), or quoted. */
export function yamlJsonSlot(offset: number, replace: OffsetRange, quoted: boolean): ParameterNameSlot {
  return { offset, replace, write: (name) => valueText(name, quoted), filter: (name) => (quoted ? `"${name}"` : name) };
}
