import { Location } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { checkComponentParameters, parameterMarkdown } from '../component/componentParameters';
import { OffsetHover } from '../features/hover';
import { OffsetCompletionList } from '../kindSupport';
import { parameterNameCompletion, ParameterNameSlot } from '../component/parameterNameCompletion';
import { mayBeStandIn } from '../parse/hcl/templateMask';
import { componentFileRefs } from '../terraform/componentFiles';
import { componentBlockUses } from '../terraform/componentUses';
import { toRange } from '../toLsp';
import { Problem } from '../validation/problem';
import { fileName } from './recipeCheck';
import { ParameterSummary, ResolvedComponent, WorkspaceView } from './types';

/**
 * Terraform recipes whose component resource loads its document from a file (`data = file("c.yaml")`,
 * `templatefile("c.yaml.tpl", {…})`): the passed names are checked against that file's component as the
 * workspace knows it (`checkComponentParameters`, as for a template's own component), with hover and
 * definition into the file. Silent while the file is not in the workspace. In a `templatefile` document a
 * name the template mask made of a `${…}` (`__x_`) may be any name: no `undefined-parameter` there, and
 * that declaration is never missing.
 */
export function componentFileProblems(analysis: Analysis, view: WorkspaceView | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const { use, component, declared, known } of fileUses(analysis, view)) {
    const found = checkComponentParameters(declared, use.parameters, { component: label(use.component, component), offset: use.name.offset, length: use.name.length });
    problems.push(...found.filter((p) => (p.code === 'undefined-parameter' ? known : use.passedKnown)));
  }
  return problems;
}

export function componentFileHover(analysis: Analysis, offset: number): OffsetHover | undefined {
  for (const { use, component, declared } of fileUses(analysis, analysis.workspace)) {
    const passed = use.parameters.find((p) => within(p, offset));
    const declaration = passed ? declared.find((d) => d.name === passed.name) : undefined;
    if (passed && declaration) return { markdown: parameterMarkdown(declaration, label(use.component, component)), offset: passed.offset, length: passed.length };
  }
  return undefined;
}

/** From the reference to the component resource's name; from a passed name to its declaration in the file. */
export function componentFileDefinition(analysis: Analysis, offset: number): Location[] {
  for (const { use, component, declared } of fileUses(analysis, analysis.workspace)) {
    if (within(use.name, offset)) return [{ uri: analysis.document.uri, range: toRange(analysis.document, use.declaration) }];
    const passed = use.parameters.find((p) => within(p, offset));
    const declaration = passed ? declared.find((d) => d.name === passed.name) : undefined;
    if (declaration?.range) return [{ uri: component.documentUri, range: declaration.range }];
  }
  return [];
}

/** Completion of a passed name typed in a `component` block whose component's document is a file: what that file declares and the block does not pass yet. */
export function componentFileCompletion(analysis: Analysis, slot: ParameterNameSlot): OffsetCompletionList | undefined {
  const found = fileUses(analysis, analysis.workspace).find(({ use }) => within(use.entry, slot.offset));
  return found ? parameterNameCompletion(found.declared, found.use.parameters, label(found.use.component, found.component), slot) : undefined;
}

function fileUses(analysis: Analysis, view: WorkspaceView | undefined) {
  if (!view || !analysis.parsed.hcl) return [];
  const refs = componentFileRefs(analysis);
  if (refs.length === 0) return [];
  return componentBlockUses(analysis).flatMap(({ component: resource, use }) => {
    const ref = refs.find((r) => r.resource.property === resource.property);
    const component = ref ? view.componentsIn(ref.uri)[0] : undefined;
    if (!ref || !component?.parametersKnown) return [];
    const templated = ref.call === 'templatefile';
    const declared: ParameterSummary[] = component.parameters.filter((p) => !templated || !mayBeStandIn(p.name));
    return [{ use, component, declared, known: declared.length === component.parameters.length }];
  });
}

function label(resource: string, component: ResolvedComponent): string {
  return `${resource} (${fileName(component.documentUri)})`;
}

function within(range: { offset: number; length: number }, offset: number): boolean {
  return offset >= range.offset && offset <= range.offset + range.length;
}
