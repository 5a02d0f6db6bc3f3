import { Location, Range, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { StringNode } from '../ast/types';
import { templateModel } from '../cloudformation/template';
import { LocalComponentUse } from '../embedded/regions';
import { OffsetRange } from '../kindSupport';
import { componentBlockUses, moduleReferences } from '../terraform/componentUses';
import { address } from '../terraform/references';
import { toRange } from '../toLsp';
import { componentFileDefinition } from './componentFileUses';
import { nameRange } from './stringRanges';
import { templateComponentName } from './writtenName';
import { componentFor } from './recipeCheck';
import { recipeUses } from './recipeUses';
import { ResolvedComponent, WorkspaceView } from './types';
import { componentNamedAt, componentResourceAt, referencedComponentAt } from './componentAt';

/** Go to definition from a recipe's component ARN to the component's document (from a Terraform recipe's parameter names into a component file). */
export function workspaceDefinition(analysis: Analysis, offset: number): Location[] {
  const component = componentAtArn(analysis, offset);
  return component ? [definitionOf(component)] : componentFileDefinition(analysis, offset);
}

/**
 * Find references from a component's `name` (or from an ARN naming it) to every recipe reference in
 * the workspace; with the declaration, the component's name (or document) too: the name under the
 * cursor when this file writes it (a template's `Name`, a Terraform `name`: the host lists that file's
 * references to the resource, `localUseReferences`, and a Terraform name the module's other files' by address).
 * From the resource's logical id or label, or from a reference to it (`local`: the host's
 * `componentUses`), the same uses by ARN when the resource is a workspace component, with the logical id
 * or label as the declaration (`componentOfResourceAt`).
 */
export function workspaceReferences(analysis: Analysis, offset: number, includeDeclaration: boolean, local: readonly LocalComponentUse[] = []): Location[] {
  const view = analysis.workspace;
  if (!view) return [];
  const { document } = analysis;
  const atArn = componentAtArn(analysis, offset);
  const named = atArn ? undefined : componentNamedAt(analysis, view, offset);
  const component = atArn ?? named?.component;
  if (!component) {
    const inModule = moduleReferenceLocations(analysis, view, offset, includeDeclaration);
    const resource = componentOfResourceAt(analysis, view, local, offset);
    if (!resource) return inModule;
    const declaration = includeDeclaration && resource.declaration ? [resource.declaration] : [];
    const byArn = view.usesOf(resource.component).map((u) => ({ uri: u.uri, range: u.range }));
    const elsewhere = resource.address ? view.moduleUsesOf(document.uri, resource.address).filter((l) => l.uri !== document.uri) : [];
    return [...declaration, ...inModule, ...byArn, ...elsewhere];
  }
  const written = named && component.summary.uri === document.uri ? { uri: document.uri, range: toRange(document, named.range) } : undefined;
  const resource = written ? componentResourceAt(analysis, offset) : undefined;
  const elsewhere = resource ? view.moduleUsesOf(document.uri, resource.address).filter((l) => l.uri !== document.uri) : [];
  const uses = [...view.usesOf(component).map((u) => ({ uri: u.uri, range: u.range })), ...elsewhere];
  return includeDeclaration ? [written ?? definitionOf(component), ...uses] : uses;
}

/**
 * Find references across a Terraform module (by address, not name): from a reference to a component
 * resource another file declares, the declaration and every reference in the module; from a component
 * resource's label, the references in the module's other files (those of its own file are the host's,
 * `localUseReferences`).
 */
function moduleReferenceLocations(analysis: Analysis, view: WorkspaceView, offset: number, includeDeclaration: boolean): Location[] {
  const { document } = analysis;
  const references = moduleReferences(analysis);
  const used = references.find((r) => within(r.use.name, offset));
  const component = used ? view.moduleComponent(document.uri, used.address) : undefined;
  const target = used ? component && { address: used.address, declaration: { uri: component.uri, range: component.labelRange } } : labelAt(analysis, offset);
  if (!target) return [];
  const elsewhere = view.moduleUsesOf(target.declaration.uri, target.address).filter((l) => l.uri !== document.uri);
  if (!used && elsewhere.length === 0) return [];
  const own = references.filter((r) => r.address === target.address).map((r) => ({ uri: document.uri, range: toRange(document, r.use.name) }));
  return [...(includeDeclaration ? [target.declaration] : []), ...elsewhere, ...own];
}

/**
 * The workspace component a resource of this file is when the offset names the resource other than by
 * its name: its logical id (a template) or label (Terraform), then the declaration of find references
 * from there, or a reference to it (`referencedComponentAt`: the host, or the module, gives the
 * declaration then). Only a resource that writes its name as it is is a workspace component.
 */
function componentOfResourceAt(analysis: Analysis, view: WorkspaceView, local: readonly LocalComponentUse[], offset: number): { component: ResolvedComponent; declaration?: Location; address?: string } | undefined {
  const referenced = referencedComponentAt(analysis, view, local, offset);
  const hcl = analysis.parsed.hcl !== undefined;
  if (referenced) return { component: referenced.component, address: hcl ? localAddressAt(analysis, offset) : undefined };
  if (view.componentsDeclaredIn(analysis.document.uri).length === 0) return undefined;
  const resource = hcl ? labelAt(analysis, offset) : logicalIdAt(analysis, offset);
  const named = resource?.name ? componentNamedAt(analysis, view, resource.name.offset) : undefined;
  return named && resource ? { component: named.component, declaration: resource.declaration, address: resource.address } : undefined;
}

/** The address of the component resource of this Terraform file that a reference at the offset names (its other files' references are the module's). */
function localAddressAt(analysis: Analysis, offset: number): string | undefined {
  const reference = componentBlockUses(analysis).find((r) => within(r.use.name, offset));
  return reference ? address(reference.component) : undefined;
}

/** The template's Component resource whose logical id holds the offset, with the logical id as its declaration and its written `Name`. */
function logicalIdAt(analysis: Analysis, offset: number): { declaration: Location; name: StringNode | undefined; address?: undefined } | undefined {
  for (const resource of templateModel(analysis).imageBuilder) {
    const range = nameRange(resource.entry.keyNode);
    if (resource.type !== 'AWS::ImageBuilder::Component' || !within(range, offset)) continue;
    return { declaration: { uri: analysis.document.uri, range: toRange(analysis.document, range) }, name: templateComponentName(resource.properties?.valueNode) };
  }
  return undefined;
}

/** The component resource of this file whose label holds the offset. */
function labelAt(analysis: Analysis, offset: number): { address: string; declaration: Location; name: StringNode | undefined } | undefined {
  const found = componentResourceAt(analysis, offset);
  return found?.byLabel ? found : undefined;
}

function within(range: OffsetRange, offset: number): boolean {
  return offset >= range.offset && offset <= range.offset + range.length;
}

function componentAtArn(analysis: Analysis, offset: number) {
  const view = analysis.workspace;
  if (!view) return undefined;
  const use = recipeUses(analysis).find((u) => offset >= u.arnRange.offset && offset <= u.arnRange.offset + u.arnRange.length);
  return use ? componentFor(view, use) : undefined;
}

/** The component's name where its own file writes it, else the start of its document. */
function definitionOf(component: ResolvedComponent): Location {
  const { summary } = component;
  if (summary.uri === component.documentUri && summary.nameRange) return { uri: summary.uri, range: summary.nameRange };
  const start = component.documentRange.start;
  return { uri: component.documentUri, range: { start, end: start } };
}

/** `workspace/symbol`: components, their parameters, phases and steps, whose names contain the query's letters in order. */
export function workspaceSymbols(view: WorkspaceView, query: string, limit = 2000): SymbolInformation[] {
  const result: SymbolInformation[] = [];
  const add = (name: string, kind: SymbolKind, uri: string, range: Range, containerName?: string) => {
    if (result.length < limit && matches(name, query)) result.push({ name, kind, location: { uri, range }, containerName });
  };
  for (const component of view.allComponents()) {
    const { summary } = component;
    add(component.name, SymbolKind.Module, component.documentUri, summary.uri === component.documentUri && summary.nameRange ? summary.nameRange : component.documentRange);
    const documentUri = component.summary.parametersUnknown ? component.documentUri : summary.uri;
    for (const p of component.parameters) if (p.range) add(p.name, SymbolKind.Variable, documentUri, p.range, component.name);
    for (const phase of component.phases) {
      add(phase.name, SymbolKind.Namespace, documentUri, phase.range, component.name);
      for (const step of phase.steps) add(step.name, SymbolKind.Function, documentUri, step.range, `${component.name} › ${phase.name}`);
    }
    if (result.length >= limit) break;
  }
  return result;
}

function matches(name: string, query: string): boolean {
  if (query === '') return true;
  const text = name.toLowerCase();
  let i = 0;
  for (const c of query.toLowerCase()) {
    i = text.indexOf(c, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}
