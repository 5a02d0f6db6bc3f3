import { Location } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { checkComponentParameters, parameterMarkdown } from '../component/componentParameters';
import { OffsetHover } from '../features/hover';
import { OffsetCompletionList } from '../kindSupport';
import { parameterNameCompletion, ParameterNameSlot } from '../component/parameterNameCompletion';
import { componentFileRefs } from '../terraform/componentFiles';
import { LocalComponentUse } from '../embedded/regions';
import { componentBlockUses, moduleReferences } from '../terraform/componentUses';
import { toRange } from '../toLsp';
import { Problem } from '../validation/problem';
import { fileName } from './fileName';
import { loadedParameters } from './moduleIndex';
import { ParameterSummary, WorkspaceView } from './types';

/**
 * Terraform recipes whose component's document the workspace knows, not this file: a component resource
 * of this file loading its document from a file (`data = file("c.yaml")`, `templatefile("c.yaml.tpl",
 * {…})`), or a component resource another .tf file of the folder declares (the module:
 * `WorkspaceView.moduleComponent`; a name declared in this file wins, one declared nowhere in the module
 * stays silent: it may come from elsewhere, and `terraform validate` reports it if not). The passed names
 * are checked against the declarations (`checkComponentParameters`, as for a component of this file),
 * with hover and definition into the declaring file. In a `templatefile` document a name the template
 * mask made of a `${…}` (`__x_`) may be any name: no `undefined-parameter` there, and that declaration is
 * never missing (`loadedParameters`).
 */
export function componentFileProblems(analysis: Analysis, view: WorkspaceView | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const { use, label, declared, known, checked } of fileUses(analysis, view)) {
    if (!checked) continue;
    const found = checkComponentParameters(declared, use.parameters, { component: label, offset: use.name.offset, length: use.name.length });
    problems.push(...found.filter((p) => (p.code === 'undefined-parameter' ? known : use.passedKnown)));
  }
  return problems;
}

export function componentFileHover(analysis: Analysis, offset: number): OffsetHover | undefined {
  for (const { use, label, declared } of fileUses(analysis, analysis.workspace)) {
    const passed = use.parameters.find((p) => within(p, offset));
    const declaration = passed ? declared.find((d) => d.name === passed.name) : undefined;
    if (passed && declaration) return { markdown: parameterMarkdown(declaration, label), offset: passed.offset, length: passed.length };
  }
  return undefined;
}

/** From the reference to the component resource's name; from a passed name to its declaration in the file. */
export function componentFileDefinition(analysis: Analysis, offset: number): Location[] {
  for (const { use, resource, documentUri, declared } of fileUses(analysis, analysis.workspace)) {
    if (within(use.name, offset)) return [resource];
    const passed = use.parameters.find((p) => within(p, offset));
    const declaration = passed ? declared.find((d) => d.name === passed.name) : undefined;
    if (declaration?.range) return [{ uri: documentUri, range: declaration.range }];
  }
  return [];
}

/** Completion of a passed name typed in a `component` block whose component's document is a file: what that file declares and the block does not pass yet. */
export function componentFileCompletion(analysis: Analysis, slot: ParameterNameSlot): OffsetCompletionList | undefined {
  const found = fileUses(analysis, analysis.workspace).find(({ use, checked }) => checked && within(use.entry, slot.offset));
  return found ? parameterNameCompletion(found.declared, found.use.parameters, found.label, slot) : undefined;
}

/** A use whose component the workspace knows: how messages name it, its declarations and where they are. */
interface KnownUse {
  readonly use: Pick<LocalComponentUse, 'name' | 'entry' | 'parameters' | 'passedKnown'>;
  readonly label: string;
  /** The component resource's label, where definition from the reference goes. */
  readonly resource: Location;
  readonly documentUri: string;
  readonly declared: readonly ParameterSummary[];
  /** Whether every declared name is known (else no `undefined-parameter`). */
  readonly known: boolean;
  /** Whether the parameters are known at all (else only definition of the resource). */
  readonly checked: boolean;
}

function fileUses(analysis: Analysis, view: WorkspaceView | undefined): KnownUse[] {
  if (!view || !analysis.parsed.hcl) return [];
  return [...loadingUses(analysis, view), ...moduleUses(analysis, view)];
}

/** The uses of this file's component resources whose `data` loads a file. */
function loadingUses(analysis: Analysis, view: WorkspaceView): KnownUse[] {
  const refs = componentFileRefs(analysis);
  if (refs.length === 0) return [];
  return componentBlockUses(analysis).flatMap(({ component: resource, use }) => {
    const ref = refs.find((r) => r.resource.property === resource.property);
    if (!ref) return [];
    const loaded = loadedParameters(view.componentsIn(ref.uri)[0], ref.call === 'templatefile');
    if (!loaded.parametersKnown) return [];
    const declaration = { uri: analysis.document.uri, range: toRange(analysis.document, use.declaration) };
    return [{ use, label: label(use.component, ref.uri), resource: declaration, documentUri: ref.uri, declared: loaded.parameters, known: loaded.namesKnown, checked: true }];
  });
}

/** The uses of component resources another file of the module declares. */
function moduleUses(analysis: Analysis, view: WorkspaceView): KnownUse[] {
  return moduleReferences(analysis).flatMap(({ address, use }) => {
    const component = view.moduleComponent(analysis.document.uri, address);
    if (!component) return [];
    return [{
      use,
      label: label(`component resource '${address}'`, component.documentUri),
      resource: { uri: component.uri, range: component.labelRange },
      documentUri: component.documentUri,
      declared: component.parameters,
      known: component.namesKnown,
      checked: component.parametersKnown,
    }];
  });
}

function label(resource: string, documentUri: string): string {
  return `${resource} (${fileName(documentUri)})`;
}

function within(range: { offset: number; length: number }, offset: number): boolean {
  return offset >= range.offset && offset <= range.offset + range.length;
}
