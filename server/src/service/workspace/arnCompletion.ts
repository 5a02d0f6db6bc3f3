import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { nodeAtPath } from '../ast/navigate';
import { ValueNode } from '../ast/types';
import { templateModel } from '../cloudformation/template';
import { CLOUDFORMATION_TEMPLATE } from '../kinds/kinds';
import { CursorContext, cursorContext } from '../features/completion/cursorContext';
import { OffsetCompletion } from '../features/completion/schemaCompletion';
import { KindSupport, OffsetCompletionList, OffsetRange } from '../kindSupport';
import { parameterNameCompletion, ParameterNameSlot, yamlJsonSlot } from '../component/parameterNameCompletion';
import { isManaged, nameKey, parseComponentArn } from './componentArn';
import { MANAGED_COMPONENTS } from './managedComponents.data';
import { recipeUses } from './recipeUses';
import { ComponentUse } from './recipeTypes';
import { RECIPE_KINDS } from './requestRecipes';
import { fileName } from './fileName';
import { componentFor } from './recipeCheck';
import { TEMPLATE_RECIPE_TYPES } from '../cloudformation/resourceTypes';

/** Where a host's recipes keep their component entries: the path to a recipe, and the keys under it. */
interface RecipeShape {
  /** The path of the recipe object the cursor is in (`[]` for a request), or undefined when it is in none. */
  readonly recipe: readonly (string | number)[];
  readonly components: string;
  readonly arn: string;
  readonly parameters: string;
  readonly name: string;
  readonly parentImage: string;
}

const REQUEST_SHAPE = { components: 'components', arn: 'componentArn', parameters: 'parameters', name: 'name', parentImage: 'parentImage' };
const TEMPLATE_SHAPE = { components: 'Components', arn: 'ComponentArn', parameters: 'Parameters', name: 'Name', parentImage: 'ParentImage' };

/** The recipe the path is in: a recipe request's root, or a template's recipe resource's `Properties`. */
function shapeAt(analysis: Analysis, path: readonly (string | number)[]): RecipeShape | undefined {
  const kind = analysis.detection.kind?.id;
  if (kind && RECIPE_KINDS.has(kind)) return { recipe: [], ...REQUEST_SHAPE };
  if (kind !== CLOUDFORMATION_TEMPLATE || path[0] !== 'Resources' || path[2] !== 'Properties') return undefined;
  const resource = templateModel(analysis).imageBuilder.find((r) => r.logicalId === path[1]);
  return resource && TEMPLATE_RECIPE_TYPES.has(resource.type) ? { recipe: path.slice(0, 3), ...TEMPLATE_SHAPE } : undefined;
}

/**
 * Where a recipe's component ARN is being typed, as its host reads it: the text an ARN replaces, how an
 * ARN (a snippet) is written there and what the editor filters on, and the recipe's parent image (its
 * region is the fallback of the ARNs').
 */
export interface ComponentArnSlot {
  readonly replace: OffsetRange;
  readonly write: (arn: string) => string;
  readonly filter: (arn: string) => string;
  readonly parentImage: ValueNode | undefined;
}

/**
 * Completion of a recipe's component ARN (a request's `componentArn`, a template recipe's `ComponentArn`,
 * or where the host says one is typed: `host.componentArnAt`): the workspace's components (each version it
 * has) and the bundled AWS-managed components; and of a passed parameter's name in YAML and JSON: what the
 * component declares. Region and account come from the ARN being typed, else from the recipe's other ARNs
 * (or its parent image's region); what is still unknown is a snippet placeholder.
 */
export function arnCompletion(analysis: Analysis, offset: number, host?: Pick<KindSupport, 'componentArnAt' | 'parameterNameAt'>): OffsetCompletionList | undefined {
  const hosted = host?.componentArnAt?.(analysis, offset);
  if (hosted) return arnItems(analysis, hosted);
  const kind = analysis.detection.kind?.id;
  if (!kind) return undefined;
  if (!RECIPE_KINDS.has(kind) && kind !== CLOUDFORMATION_TEMPLATE) {
    // Another host (Terraform's `parameter { name = "" }`): where it says a passed name is typed, from the component its entry's ARN names.
    const slot = host?.parameterNameAt?.(analysis, offset);
    return slot ? workspaceParameters(analysis, slot, (use) => offset >= use.entry.offset && offset <= use.entry.offset + use.entry.length) : undefined;
  }
  const context = cursorContext(analysis.parsed, offset);
  const path = context?.path;
  const shape = path ? shapeAt(analysis, path) : undefined;
  if (!context || context.mode !== 'value' || !path || !shape) return undefined;
  const within = path.slice(shape.recipe.length);
  if (within.length === 5 && within[0] === shape.components && within[2] === shape.parameters && within[4] === shape.name) {
    return parameterCompletion(analysis, context, offset, [...shape.recipe, shape.components, within[1]]);
  }
  if (within.length !== 3 || within[0] !== shape.components || within[2] !== shape.arn) return undefined;
  const quote = (text: string) => (analysis.parsed.language === 'json' || context.quoted ? `"${text}"` : text);
  return arnItems(analysis, { replace: context.replace, write: quote, filter: quote, parentImage: nodeAtPath(analysis.parsed.root, [...shape.recipe, shape.parentImage]) });
}

/** The workspace's and the AWS-managed components' ARNs, written for the slot. */
function arnItems(analysis: Analysis, slot: ComponentArnSlot): OffsetCompletionList {
  const { region, account, partition } = knownParts(analysis, slot.parentImage);
  const placeholder = (index: number, value: string | undefined, fallback: string) => value ?? `\${${index}:${fallback}}`;
  const prefix = (owner: string) => `arn:${partition ?? 'aws'}:imagebuilder:${placeholder(1, region, 'us-east-1')}:${owner}:component/`;
  const items: OffsetCompletion[] = [];
  const plain = (arn: string) => slot.filter(arn.replace(/\$\{\d+:([^}]*)\}/g, '$1'));
  const seen = new Set<string>();
  for (const component of analysis.workspace?.allComponents() ?? []) {
    const version = component.version ?? 'x.x.x';
    const arn = `${prefix(placeholder(2, account, '123456789012'))}${nameKey(component.name)}/${version}`;
    if (seen.has(arn)) continue;
    seen.add(arn);
    items.push({
      insert: slot.write(arn),
      item: {
        label: `${nameKey(component.name)}/${version}`,
        kind: CompletionItemKind.Module,
        detail: `workspace component · ${fileName(component.documentUri)}`,
        documentation: component.description ? { kind: MarkupKind.Markdown, value: component.description } : undefined,
        sortText: `0${nameKey(component.name)}`,
        filterText: plain(arn),
        insertTextFormat: InsertTextFormat.Snippet,
      },
    });
  }
  for (const managed of MANAGED_COMPONENTS) {
    const arn = `${prefix('aws')}${managed.name}/x.x.x`;
    items.push({
      insert: slot.write(arn),
      item: {
        label: `${managed.name}/x.x.x`,
        kind: CompletionItemKind.Value,
        detail: `AWS-managed${managed.platform ? ` · ${managed.platform}` : ''}${managed.lastListed ? ' · no longer listed' : ''}`,
        documentation: { kind: MarkupKind.Markdown, value: managed.description },
        sortText: `${managed.lastListed ? '2' : '1'}${managed.name}`,
        filterText: plain(arn),
        insertTextFormat: InsertTextFormat.Snippet,
      },
    });
  }
  return { replace: slot.replace, items };
}

/** The parameters the component of the entry at `entryPath` declares and the entry does not pass yet. */
function parameterCompletion(analysis: Analysis, context: CursorContext, offset: number, entryPath: ReadonlyArray<string | number>): OffsetCompletionList | undefined {
  const entry = nodeAtPath(analysis.parsed.root, [...entryPath]);
  return workspaceParameters(analysis, yamlJsonSlot(offset, context.replace, analysis.parsed.language === 'json' || context.quoted), (use) => use.entry === entry);
}

/** The parameters the workspace component of the entry `isEntry` picks declares and the entry does not pass yet. */
function workspaceParameters(analysis: Analysis, slot: ParameterNameSlot, isEntry: (use: ComponentUse) => boolean): OffsetCompletionList | undefined {
  const view = analysis.workspace;
  const use = recipeUses(analysis).find(isEntry);
  const component = view && use ? componentFor(view, use) : undefined;
  return component && use ? parameterNameCompletion(component.parameters, use.parameters, component.name, slot) : undefined;
}

/** Region, account and partition from the recipe's ARNs: a local component's, else the parent image's region. */
function knownParts(analysis: Analysis, parent: ValueNode | undefined): { region?: string; account?: string; partition?: string } {
  let region: string | undefined;
  let account: string | undefined;
  let partition: string | undefined;
  for (const use of recipeUses(analysis)) {
    const arn = use.arn ?? parseComponentArn(use.arnText);
    if (!arn || !/^[a-z0-9-]+$/.test(arn.region)) continue;
    region ??= arn.region;
    if (/^[a-z-]+$/.test(arn.partition)) partition ??= arn.partition;
    if (!isManaged(arn) && /^\d{12}$/.test(arn.account)) account ??= arn.account;
  }
  if (!region) {
    const match = parent?.type === 'string' ? /^arn:([^:]*):imagebuilder:([a-z0-9-]+):/.exec(parent.value) : null;
    if (match) {
      partition ??= match[1];
      region = match[2];
    }
  }
  return { region, account, partition };
}
