import { Analysis } from '../analysis';
import { parameterMarkdown } from '../component/componentParameters';
import { OffsetHover } from '../features/hover';
import { OffsetRange } from '../kindSupport';
import { LocalComponentUse } from '../embedded/regions';
import { isManaged } from './componentArn';
import { componentFileHover } from './componentFileUses';
import { managedComponent, managedMarkdown } from './managedComponents';
import { fileName } from './fileName';
import { componentFor } from './recipeCheck';
import { recipeUses } from './recipeUses';
import { componentNamedAt, componentResourceAt, referencedComponentAt } from './componentAt';
import { NameSource, ResolvedComponent, WorkspaceView } from './types';

/**
 * Hover from the workspace: on a recipe's component ARN or parameter name (a Terraform recipe's too, for a
 * component file), on a reference to a component resource of the file or module (`local`: the host's
 * `componentUses`; `referencedComponent.ts`), and on a component's `name`.
 */
export function workspaceHover(analysis: Analysis, offset: number, local: readonly LocalComponentUse[] = []): OffsetHover | undefined {
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
      return component ? { markdown: componentMarkdown(view, component, resourceUses(analysis, view, local, component)), ...use.arnRange } : undefined;
    }
    const passed = use.parameters.find((p) => offset >= p.offset && offset <= p.offset + p.length);
    if (passed) {
      const component = componentFor(view, use);
      const declared = component?.parameters.find((p) => p.name === passed.name);
      if (!component || !declared) return undefined;
      return { markdown: parameterMarkdown(declared, `component \`${component.name}\` (${fileName(component.documentUri)})`), offset: passed.offset, length: passed.length };
    }
  }
  const referenced = referencedComponentAt(analysis, view, local, offset);
  const named = referenced ?? componentNamedAt(analysis, view, offset);
  return named ? { markdown: componentMarkdown(view, named.component, resourceUses(analysis, view, local, named.component, referenced?.address)), ...named.range } : undefined;
}

/** How many references to a component's resource there are in this file, and in the other .tf files of its Terraform module. */
export interface ResourceUses {
  readonly here: number;
  readonly elsewhere: number;
}

/**
 * The references to a component's resource: those of this file (`local`) when it declares the resource, and
 * for a Terraform resource (its `address`, from the reference hovered or the declaration in this file) the
 * module's (`WorkspaceView.moduleUsesOf`), this file's counted once.
 */
function resourceUses(analysis: Analysis, view: WorkspaceView, local: readonly LocalComponentUse[], component: ResolvedComponent, address?: string): ResourceUses {
  const { document } = analysis;
  const written = component.summary.nameRange;
  const declaredHere = written !== undefined && component.summary.uri === document.uri;
  const nameOffset = declaredHere ? document.offsetAt(written.start) : undefined;
  const here = nameOffset === undefined ? 0 : local.filter((u) => u.resourceName?.offset === nameOffset).length;
  const resource = address ?? (nameOffset !== undefined && analysis.parsed.hcl ? componentResourceAt(analysis, nameOffset)?.address : undefined);
  if (!resource) return { here, elsewhere: 0 };
  const inModule = view.moduleUsesOf(component.summary.uri, resource);
  const elsewhere = inModule.filter((l) => l.uri !== document.uri).length;
  return { here: declaredHere ? here : inModule.length - elsewhere, elsewhere };
}

const SOURCES: Record<NameSource, string> = {
  request: 'the `name` of its create-component request',
  template: 'the `Name` of its CloudFormation resource',
  terraform: 'the `name` of its Terraform resource',
  document: "its document's `name`",
  file: 'its file name (no request, resource or document `name` gives it one)',
};

/**
 * What the workspace knows of a component: how its name was found, version, platform, parameters, users
 * (by ARN in the workspace, and `byResource`: the references to its resource in the hovered file).
 */
export function componentMarkdown(view: WorkspaceView, component: ResolvedComponent, byResource: ResourceUses = { here: 0, elsewhere: 0 }): string {
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
  const references = (n: number) => `${n} reference${n === 1 ? '' : 's'}`;
  const { here: inFile, elsewhere } = byResource;
  const parts = [
    inFile > 0 ? `${references(inFile)} to its resource in this file` : undefined,
    elsewhere > 0 ? `${references(elsewhere)} ${inFile > 0 ? '' : 'to its resource '}in the module's other files` : undefined,
  ].filter((part) => part !== undefined);
  const here = parts.length > 0 ? `, and by ${parts.join(' and ')}` : '';
  lines.push('', `Used by ${uses} recipe reference${uses === 1 ? '' : 's'} by ARN in the workspace${here}.`);
  return lines.join('\n');
}

function within(range: OffsetRange, offset: number): boolean {
  return offset >= range.offset && offset <= range.offset + range.length;
}
