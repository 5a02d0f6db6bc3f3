import { Location, Range, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { OffsetRange } from '../kindSupport';
import { imagebuilderResources } from '../terraform/blocks';
import { COMPONENT_TYPE, moduleReferences } from '../terraform/componentUses';
import { address } from '../terraform/references';
import { toRange } from '../toLsp';
import { componentFileDefinition } from './componentFileUses';
import { nameRange } from './stringRanges';
import { terraformComponentName } from './writtenName';
import { componentFor } from './recipeCheck';
import { recipeUses } from './recipeUses';
import { ResolvedComponent, WorkspaceView } from './types';
import { componentNamedAt } from './componentAt';

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
 */
export function workspaceReferences(analysis: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const view = analysis.workspace;
  if (!view) return [];
  const { document } = analysis;
  const atArn = componentAtArn(analysis, offset);
  const named = atArn ? undefined : componentNamedAt(analysis, view, offset);
  const component = atArn ?? named?.component;
  if (!component) return moduleReferenceLocations(analysis, view, offset, includeDeclaration);
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

/** The component resource of this file whose label holds the offset. */
function labelAt(analysis: Analysis, offset: number): { address: string; declaration: Location } | undefined {
  const found = componentResourceAt(analysis, offset);
  return found?.byLabel ? found : undefined;
}

/**
 * The component resource of this file whose label (`"x"` of `resource "aws_imagebuilder_component" "x"`)
 * or literal `name` holds the offset, with the label as its declaration.
 */
function componentResourceAt(analysis: Analysis, offset: number): { address: string; declaration: Location; byLabel: boolean } | undefined {
  const root = analysis.parsed.hcl && analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
  for (const resource of imagebuilderResources(root)) {
    const label = resource.property.labels?.[1];
    if (resource.type !== COMPONENT_TYPE || !label) continue;
    const range = nameRange(label);
    const name = terraformComponentName(resource.body);
    const byLabel = within(range, offset);
    if (byLabel || (name && within(name, offset))) return { address: address(resource), declaration: { uri: analysis.document.uri, range: toRange(analysis.document, range) }, byLabel };
  }
  return undefined;
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
