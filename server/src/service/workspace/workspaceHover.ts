import { Analysis } from '../analysis';
import { getValue } from '../ast/navigate';
import { parameterMarkdown } from '../component/componentParameters';
import { OffsetHover } from '../features/hover';
import { OffsetRange } from '../kindSupport';
import { isManaged } from './componentArn';
import { componentFileHover } from './componentFileUses';
import { managedComponent, managedMarkdown } from './managedComponents';
import { componentFor, fileName } from './recipeCheck';
import { recipeUses } from './recipeUses';
import { NameSource, ResolvedComponent, WorkspaceView } from './types';

/** Hover from the workspace: on a recipe's component ARN or parameter name (a Terraform recipe's too, for a component file), and on a component's `name`. */
export function workspaceHover(analysis: Analysis, offset: number): OffsetHover | undefined {
  for (const use of recipeUses(analysis)) {
    if (within(use.arnRange, offset) && use.arn && isManaged(use.arn)) {
      const managed = managedComponent(use.arn.name);
      return managed ? { markdown: managedMarkdown(managed), ...use.arnRange } : undefined;
    }
  }
  const view = analysis.workspace;
  if (!view) return undefined;
  const fromFile = componentFileHover(analysis, offset);
  if (fromFile) return fromFile;
  for (const use of recipeUses(analysis)) {
    if (within(use.arnRange, offset)) {
      const component = componentFor(view, use);
      return component ? { markdown: componentMarkdown(view, component), ...use.arnRange } : undefined;
    }
    const passed = use.parameters.find((p) => offset >= p.offset && offset <= p.offset + p.length);
    if (passed) {
      const component = componentFor(view, use);
      const declared = component?.parameters.find((p) => p.name === passed.name);
      if (!component || !declared) return undefined;
      return { markdown: parameterMarkdown(declared, `component \`${component.name}\` (${fileName(component.documentUri)})`), offset: passed.offset, length: passed.length };
    }
  }
  const named = componentNamedAt(analysis, view, offset);
  return named ? { markdown: componentMarkdown(view, named.component), ...named.range } : undefined;
}

/**
 * The component whose name is under the cursor: a resource of this template or Terraform file (by where
 * its summary says the name is written), else the component this file's top-level `name` gives (a
 * component file's, a create-component request's).
 */
export function componentNamedAt(analysis: Analysis, view: WorkspaceView, offset: number): { component: ResolvedComponent; range: OffsetRange } | undefined {
  const { document } = analysis;
  for (const component of view.componentsDeclaredIn(document.uri)) {
    const written = component.summary.nameRange;
    const range = written ? { offset: document.offsetAt(written.start), length: document.offsetAt(written.end) - document.offsetAt(written.start) } : undefined;
    if (range && within(range, offset)) return { component, range };
  }
  const root = analysis.parsed.root;
  const name = root?.type === 'object' ? getValue(root, 'name') : undefined;
  if (name?.type !== 'string' || !within(name, offset)) return undefined;
  const component = view.componentsIn(document.uri)[0];
  return component ? { component, range: { offset: name.offset, length: name.length } } : undefined;
}

const SOURCES: Record<NameSource, string> = {
  request: 'the `name` of its create-component request',
  template: 'the `Name` of its CloudFormation resource',
  terraform: 'the `name` of its Terraform resource',
  document: "its document's `name`",
  file: 'its file name (no request, resource or document `name` gives it one)',
};

/** What the workspace knows of a component: how its name was found, version, platform, parameters, users. */
export function componentMarkdown(view: WorkspaceView, component: ResolvedComponent): string {
  const where = fileName(component.documentUri);
  const namedIn = component.summary.uri !== component.documentUri ? ` in ${fileName(component.summary.uri)}` : '';
  const facts = [component.version ? `version ${component.version}` : undefined, component.platform].filter(Boolean).join(' · ');
  const lines = [
    `**${component.name}** — workspace component, \`${where}\``,
    '',
    `Known by this name from ${SOURCES[component.nameSource]}${namedIn}; an ARN's \`component/<name>\` matches it (case-insensitively)${component.version ? ', with its version where the ARN\'s is not `x`' : ''}.`,
  ];
  if (facts) lines.push('', facts);
  if (component.description) lines.push('', component.description);
  if (!component.parametersKnown) lines.push('', 'Parameters: not known (the document is not in the workspace).');
  else if (component.parameters.length === 0) lines.push('', 'Parameters: none.');
  else {
    lines.push('', 'Parameters:');
    for (const p of component.parameters) {
      lines.push(`- \`${p.name}\`${p.type ? ` · ${p.type}` : ''} · ${p.hasDefault ? `default \`${p.default ?? ''}\`` : 'required'}${p.description ? ` — ${p.description}` : ''}`);
    }
  }
  const uses = view.usesOf(component).length;
  lines.push('', `Used by ${uses} recipe reference${uses === 1 ? '' : 's'} in the workspace.`);
  return lines.join('\n');
}

function within(range: OffsetRange, offset: number): boolean {
  return offset >= range.offset && offset <= range.offset + range.length;
}
