import { Location, Range } from 'vscode-languageserver-types';
import { Analysis } from '../analysis';
import { getValue } from '../ast/navigate';
import { StringNode } from '../ast/types';
import { LocalComponentUse } from '../embedded/regions';
import { OffsetRange } from '../kindSupport';
import { imagebuilderResources } from '../terraform/blocks';
import { COMPONENT_TYPE, moduleReferences } from '../terraform/componentUses';
import { address } from '../terraform/references';
import { toRange } from '../toLsp';
import { nameRange } from './stringRanges';
import { ResolvedComponent, WorkspaceView } from './types';
import { terraformComponentName } from './writtenName';

/**
 * The workspace component a recipe's reference to a component resource names, when the offset is on the
 * reference: a template's `!Ref X` / `!GetAtt X.Arn` / `${X}` (long forms too) or Terraform's
 * `aws_imagebuilder_component.x.arn` to a resource of the same file (`local`: the host's
 * `KindSupport.componentUses`), or, in Terraform, to one another `.tf` file of the module declares
 * (`WorkspaceView.moduleComponent`). The resource is the workspace's component when it writes its name as
 * it is (its `nameRange`); a computed name is no workspace component: undefined then.
 */
export function referencedComponentAt(analysis: Analysis, view: WorkspaceView, local: readonly LocalComponentUse[], offset: number): { component: ResolvedComponent; range: OffsetRange; address?: string } | undefined {
  const use = local.find((u) => within(u.name, offset));
  if (use) {
    const named = use.resourceName ? componentNamedAt(analysis, view, use.resourceName.offset) : undefined;
    return named ? { component: named.component, range: use.name } : undefined;
  }
  if (!analysis.parsed.hcl) return undefined;
  const reference = moduleReferences(analysis).find((r) => within(r.use.name, offset));
  const declared = reference ? view.moduleComponent(analysis.document.uri, reference.address) : undefined;
  const nameRange = declared?.nameRange;
  const component = nameRange ? view.componentsDeclaredIn(declared.uri).find((c) => c.summary.nameRange && sameRange(c.summary.nameRange, nameRange)) : undefined;
  return component && reference ? { component, range: reference.use.name, address: reference.address } : undefined;
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

/**
 * The component resource of this file whose label (`"x"` of `resource "aws_imagebuilder_component" "x"`)
 * or literal `name` holds the offset, with the label as its declaration and its literal `name`.
 */
export function componentResourceAt(analysis: Analysis, offset: number): { address: string; declaration: Location; byLabel: boolean; name: StringNode | undefined } | undefined {
  const root = analysis.parsed.hcl && analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
  for (const resource of imagebuilderResources(root)) {
    const label = resource.property.labels?.[1];
    if (resource.type !== COMPONENT_TYPE || !label) continue;
    const range = nameRange(label);
    const name = terraformComponentName(resource.body);
    const byLabel = within(range, offset);
    if (byLabel || (name && within(name, offset))) return { address: address(resource), declaration: { uri: analysis.document.uri, range: toRange(analysis.document, range) }, byLabel, name };
  }
  return undefined;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function within(range: OffsetRange, offset: number): boolean {
  return offset >= range.offset && offset <= range.offset + range.length;
}
