import { Location, Range, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { componentFileDefinition } from './componentFileUses';
import { componentFor } from './recipeCheck';
import { recipeUses } from './recipeUses';
import { ResolvedComponent, WorkspaceView } from './types';
import { componentNamedAt } from './workspaceHover';

/** Go to definition from a recipe's component ARN to the component's document (from a Terraform recipe's parameter names into a component file). */
export function workspaceDefinition(analysis: Analysis, offset: number): Location[] {
  const component = componentAtArn(analysis, offset);
  return component ? [definitionOf(component)] : componentFileDefinition(analysis, offset);
}

/**
 * Find references from a component's `name` (or from an ARN naming it) to every recipe reference in
 * the workspace; with the declaration, the component's name (or document) too.
 */
export function workspaceReferences(analysis: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const view = analysis.workspace;
  if (!view) return [];
  const component = componentAtArn(analysis, offset) ?? componentNamedAt(analysis, view, offset)?.component;
  if (!component) return [];
  const uses = view.usesOf(component).map((u) => ({ uri: u.uri, range: u.range }));
  return includeDeclaration ? [definitionOf(component), ...uses] : uses;
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
