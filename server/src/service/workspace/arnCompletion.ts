import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { nodeAtPath } from '../ast/navigate';
import { CursorContext, cursorContext } from '../features/completion/cursorContext';
import { OffsetCompletion } from '../features/completion/schemaCompletion';
import { OffsetCompletionList } from '../kindSupport';
import { parameterNameCompletion, yamlJsonSlot } from '../component/parameterNameCompletion';
import { isManaged, nameKey, parseComponentArn } from './componentArn';
import { MANAGED_COMPONENTS } from './managedComponents.data';
import { RECIPE_KINDS, recipeUses } from './recipeUses';
import { componentFor, fileName } from './recipeCheck';

/**
 * Completion of a recipe's `componentArn`: the workspace's components (each version it has) and the
 * bundled AWS-managed components; and of a passed parameter's `name`: what the component declares. Region and account come from the ARN being typed, else from the
 * recipe's other ARNs (or its parent image's region); what is still unknown is a snippet placeholder.
 */
export function arnCompletion(analysis: Analysis, offset: number): OffsetCompletionList | undefined {
  const kind = analysis.detection.kind?.id;
  if (!kind || !RECIPE_KINDS.has(kind)) return undefined;
  const context = cursorContext(analysis.parsed, offset);
  const path = context?.path;
  if (context && context.mode === 'value' && path?.length === 5 && path[0] === 'components' && path[2] === 'parameters' && path[4] === 'name') {
    return parameterCompletion(analysis, context, offset, path[1]);
  }
  if (!context || context.mode !== 'value' || !path || path[path.length - 1] !== 'componentArn' || path[path.length - 3] !== 'components') return undefined;
  const json = analysis.parsed.language === 'json';
  const { region, account, partition } = knownParts(analysis);
  const placeholder = (index: number, value: string | undefined, fallback: string) => value ?? `\${${index}:${fallback}}`;
  const prefix = (owner: string) => `arn:${partition ?? 'aws'}:imagebuilder:${placeholder(1, region, 'us-east-1')}:${owner}:component/`;
  const items: OffsetCompletion[] = [];
  const quote = (text: string) => (json || context.quoted ? `"${text}"` : text);
  const seen = new Set<string>();
  for (const component of analysis.workspace?.allComponents() ?? []) {
    const version = component.version ?? 'x.x.x';
    const arn = `${prefix(placeholder(2, account, '123456789012'))}${nameKey(component.name)}/${version}`;
    if (seen.has(arn)) continue;
    seen.add(arn);
    items.push({
      insert: quote(arn),
      item: {
        label: `${nameKey(component.name)}/${version}`,
        kind: CompletionItemKind.Module,
        detail: `workspace component · ${fileName(component.documentUri)}`,
        documentation: component.description ? { kind: MarkupKind.Markdown, value: component.description } : undefined,
        sortText: `0${nameKey(component.name)}`,
        filterText: quote(arn.replace(/\$\{\d+:([^}]*)\}/g, '$1')),
        insertTextFormat: InsertTextFormat.Snippet,
      },
    });
  }
  for (const managed of MANAGED_COMPONENTS) {
    const arn = `${prefix('aws')}${managed.name}/x.x.x`;
    items.push({
      insert: quote(arn),
      item: {
        label: `${managed.name}/x.x.x`,
        kind: CompletionItemKind.Value,
        detail: `AWS-managed${managed.platform ? ` · ${managed.platform}` : ''}${managed.lastListed ? ' · no longer listed' : ''}`,
        documentation: { kind: MarkupKind.Markdown, value: managed.description },
        sortText: `${managed.lastListed ? '2' : '1'}${managed.name}`,
        filterText: quote(arn.replace(/\$\{\d+:([^}]*)\}/g, '$1')),
        insertTextFormat: InsertTextFormat.Snippet,
      },
    });
  }
  return { replace: context.replace, items };
}

/** The parameters the component of entry `index` declares and the entry does not pass yet. */
function parameterCompletion(analysis: Analysis, context: CursorContext, offset: number, index: string | number): OffsetCompletionList | undefined {
  const view = analysis.workspace;
  const entry = nodeAtPath(analysis.parsed.root, ['components', index]);
  const use = recipeUses(analysis).find((u) => u.entry === entry);
  const component = view && use ? componentFor(view, use) : undefined;
  if (!component || !use) return undefined;
  const slot = yamlJsonSlot(offset, context.replace, analysis.parsed.language === 'json' || context.quoted);
  return parameterNameCompletion(component.parameters, use.parameters, component.name, slot);
}

/** Region, account and partition from the recipe's ARNs: a local component's, else the parent image's region. */
function knownParts(analysis: Analysis): { region?: string; account?: string; partition?: string } {
  let region: string | undefined;
  let account: string | undefined;
  let partition: string | undefined;
  for (const use of recipeUses(analysis)) {
    const arn = use.arn ?? parseComponentArn(use.arnNode.value);
    if (!arn || !/^[a-z0-9-]+$/.test(arn.region)) continue;
    region ??= arn.region;
    partition ??= arn.partition;
    if (!isManaged(arn) && /^\d{12}$/.test(arn.account)) account ??= arn.account;
  }
  const root = analysis.parsed.root;
  if (!region && root?.type === 'object') {
    const parent = root.properties.find((p) => p.keyNode.value === 'parentImage')?.valueNode;
    const match = parent?.type === 'string' ? /^arn:([^:]*):imagebuilder:([a-z0-9-]+):/.exec(parent.value) : null;
    if (match) {
      partition ??= match[1];
      region = match[2];
    }
  }
  return { region, account, partition };
}
