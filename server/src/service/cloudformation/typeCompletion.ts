import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { cursorContext } from '../features/completion/cursorContext';
import { OffsetCompletionList } from '../kindSupport';
import { SchemaCatalog } from '../schema/catalog';
import { IMAGE_BUILDER_TYPE_PREFIX } from './resourceTypes';
import { templateModel } from './template';

export interface ResourceTypeName {
  readonly name: string;
  readonly description: string | undefined;
}

const namesByCatalog = new WeakMap<SchemaCatalog, readonly ResourceTypeName[]>();

/** The `AWS::ImageBuilder::*` types the generated schemas (schemas/cloudformation/) describe, sorted. */
export function resourceTypeNames(catalog: SchemaCatalog): readonly ResourceTypeName[] {
  let names = namesByCatalog.get(catalog);
  if (!names) {
    names = catalog.fileNames()
      .filter((file) => file.startsWith('cloudformation/'))
      .map((file) => catalog.root(file) as { 'x-cloudformation-type'?: unknown; description?: string } | undefined)
      .flatMap((schema) => {
        const name = schema?.['x-cloudformation-type'];
        return typeof name === 'string' && name.startsWith(IMAGE_BUILDER_TYPE_PREFIX) ? [{ name, description: schema?.description }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    namesByCatalog.set(catalog, names);
  }
  return names;
}

/**
 * The Image Builder type names at `Resources.<Id>.Type`. Offered in a template that already has an Image
 * Builder resource, or when the typed text starts like `AWS::ImageBuilder::` (elsewhere the template is
 * cfn-lint's and the AWS Toolkit's).
 */
export function typeCompletion(catalog: SchemaCatalog, analysis: Analysis, offset: number): OffsetCompletionList | undefined {
  const context = cursorContext(analysis.parsed, offset);
  if (!context || context.mode !== 'value') return undefined;
  const path = context.path;
  if (path.length !== 3 || path[0] !== 'Resources' || path[2] !== 'Type') return undefined;
  const json = analysis.parsed.language === 'json';
  const typed = analysis.parsed.text.slice(context.replace.offset, offset).replace(/^["']/, '');
  if (templateModel(analysis).imageBuilder.length === 0 && !startsLikeImageBuilder(typed)) return undefined;
  const items = resourceTypeNames(catalog).map(({ name, description }, index) => ({
    insert: json ? JSON.stringify(name) : name,
    item: {
      label: name,
      kind: CompletionItemKind.Class,
      detail: 'Image Builder resource type',
      documentation: description ? { kind: MarkupKind.Markdown, value: description } : undefined,
      sortText: String(index).padStart(3, '0'),
      filterText: json && context.quoted ? `"${name}"` : name,
      insertTextFormat: InsertTextFormat.PlainText,
    },
  }));
  return { replace: context.replace, items };
}

function startsLikeImageBuilder(typed: string): boolean {
  const lower = typed.toLowerCase();
  const prefix = IMAGE_BUILDER_TYPE_PREFIX.toLowerCase();
  return lower.length >= 6 && (prefix.startsWith(lower) || lower.startsWith(prefix));
}
