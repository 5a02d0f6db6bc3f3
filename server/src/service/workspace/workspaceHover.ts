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
import { componentNamedAt, referencedComponentAt } from './componentAt';
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
      return component ? { markdown: componentMarkdown(view, component, resourceUses(analysis, local, component)), ...use.arnRange } : undefined;
    }
    const passed = use.parameters.find((p) => offset >= p.offset && offset <= p.offset + p.length);
    if (passed) {
      const component = componentFor(view, use);
      const declared = component?.parameters.find((p) => p.name === passed.name);
      if (!component || !declared) return undefined;
      return { markdown: parameterMarkdown(declared, `component \`${component.name}\` (${fileName(component.documentUri)})`), offset: passed.offset, length: passed.length };
    }
  }
  const named = referencedComponentAt(analysis, view, local, offset) ?? componentNamedAt(analysis, view, offset);
  return named ? { markdown: componentMarkdown(view, named.component, resourceUses(analysis, local, named.component)), ...named.range } : undefined;
}

/** How many of this file's references to a component resource (`local`) name the component, when this file declares it. */
function resourceUses(analysis: Analysis, local: readonly LocalComponentUse[], component: ResolvedComponent): number {
  const written = component.summary.nameRange;
  if (!written || component.summary.uri !== analysis.document.uri) return 0;
  const offset = analysis.document.offsetAt(written.start);
  return local.filter((u) => u.resourceName?.offset === offset).length;
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
export function componentMarkdown(view: WorkspaceView, component: ResolvedComponent, byResource = 0): string {
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
  const here = byResource > 0 ? `, and by ${byResource} reference${byResource === 1 ? '' : 's'} to its resource in this file` : '';
  lines.push('', `Used by ${uses} recipe reference${uses === 1 ? '' : 's'} by ARN in the workspace${here}.`);
  return lines.join('\n');
}

function within(range: OffsetRange, offset: number): boolean {
  return offset >= range.offset && offset <= range.offset + range.length;
}
