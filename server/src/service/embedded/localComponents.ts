import { AstNode, isOpaque } from '../ast/types';
import { checkComponentParameters, parameterDeclarations, parameterMarkdown, ParameterDeclaration } from '../component/componentParameters';
import { OffsetHover } from '../features/hover';
import { OffsetCompletionList, OffsetRange } from '../kindSupport';
import { parameterNameCompletion, ParameterNameSlot } from '../component/parameterNameCompletion';
import { Problem } from '../validation/problem';
import { Embedded } from './embeddedSupport';
import { toHostRange } from './offsetMap';
import { LocalComponentUse } from './regions';

/**
 * A host's recipes and its own component regions (a template's `!Ref X` to a Component resource whose
 * `Data` is inline; Terraform's `aws_imagebuilder_component.x.arn`): the passed names are checked against
 * the region's document with the workspace check's comparison (`checkComponentParameters`, same codes),
 * hover and definition on a passed name show and find its declaration, and find-references from the
 * component resource lists its uses. What the host cannot know stays silent: an `undefined-parameter`
 * needs every declared name known, a `missing-parameter` every passed one.
 */
export function localUseProblems(uses: readonly LocalComponentUse[], embedded: readonly Embedded[]): Problem[] {
  const problems: Problem[] = [];
  for (const use of uses) {
    const target = regionNamed(embedded, use.region);
    if (!target) continue;
    const declared = declarationsOf(target);
    const found = checkComponentParameters(declared.list, use.parameters, { component: use.component, offset: use.name.offset, length: use.name.length });
    problems.push(...found.filter((p) => (p.code === 'undefined-parameter' ? declared.known : use.passedKnown)));
  }
  return problems;
}

/** Hover on a passed parameter's name: the component's declaration of it. */
export function localUseHover(uses: readonly LocalComponentUse[], embedded: readonly Embedded[], offset: number): OffsetHover | undefined {
  for (const use of uses) {
    const passed = use.parameters.find((p) => within(p, offset));
    const target = passed ? regionNamed(embedded, use.region) : undefined;
    const declared = target ? declarationsOf(target).list.find((d) => d.name === passed!.name) : undefined;
    if (declared) return { markdown: parameterMarkdown(declared, use.component), offset: passed!.offset, length: passed!.length };
  }
  return undefined;
}

/** Completion of a passed name typed in a use's entry: what the component's document declares and the entry does not pass yet. */
export function localUseCompletion(uses: readonly LocalComponentUse[], embedded: readonly Embedded[], slot: ParameterNameSlot): OffsetCompletionList | undefined {
  const use = uses.find((u) => within(u.entry, slot.offset));
  const target = use ? regionNamed(embedded, use.region) : undefined;
  return use && target ? parameterNameCompletion(declarationsOf(target).list, use.parameters, use.component, slot) : undefined;
}

/** Go to definition from the component's name in a reference (its resource) or from a passed name (its declaration in the document). */
export function localUseDefinition(uses: readonly LocalComponentUse[], embedded: readonly Embedded[], offset: number): OffsetRange[] {
  for (const use of uses) {
    const target = regionNamed(embedded, use.region);
    if (!target) continue;
    if (within(use.name, offset)) return [use.declaration];
    const passed = use.parameters.find((p) => within(p, offset));
    const declared = passed ? declarationsOf(target).list.find((d) => d.name === passed.name) : undefined;
    if (declared) return [declared.host];
  }
  return [];
}

/**
 * Find references from a component resource's name where it is declared (a template's logical id, the
 * label of a Terraform resource), from its literal `Name`/`name` value, or from a reference to it (`!Ref X`,
 * `aws_imagebuilder_component.x.arn`): every recipe entry of the host naming it, with the declaration first
 * when asked: the `Name` value when asked from it (the workspace's declaration of the component: the facade
 * lists it once), else the logical id or label. The uses are the ones definition follows (`use.name` →
 * `use.declaration`), whatever holds the component's document.
 */
export function localUseReferences(uses: readonly LocalComponentUse[], offset: number, includeDeclaration: boolean): OffsetRange[] {
  const from = uses.find((u) => within(u.name, offset) || within(u.declaration, offset) || (u.resourceName !== undefined && within(u.resourceName, offset)));
  if (!from) return [];
  const references = uses.filter((u) => u.declaration.offset === from.declaration.offset).map((u) => u.name);
  const declaration = from.resourceName && within(from.resourceName, offset) ? from.resourceName : from.declaration;
  return includeDeclaration ? [declaration, ...references] : references;
}

export interface Declarations {
  readonly list: ReadonlyArray<ParameterDeclaration & { readonly host: OffsetRange }>;
  /** Whether every declared name is known (none is a `${…}` stand-in, an intrinsic, or in a broken document). */
  readonly known: boolean;
}

/** The declarations whose names are written as they are (a `${…}`-named one, or one in a `${…}` item, is left out). */
export function declarationsOf(embedded: Embedded): Declarations {
  const { analysis, region } = embedded;
  // A name is opaque when it is a tag or unknown node, or holds a `${…}` stand-in; a value may hold one (`default: ${X}`).
  const opaque = (node: AstNode) => isOpaque(node) || (region.opaque?.some((r) => overlaps(r, toHostRange(region.map, node))) ?? false);
  const list = parameterDeclarations(analysis)
    .filter((d) => !opaque(d.keyNode) && !(d.keyNode.parent?.parent && isOpaque(d.keyNode.parent.parent)))
    .map((d) => ({ ...d, host: toHostRange(region.map, d.keyNode) }));
  return { list, known: namesKnown(embedded, opaque) };
}

function namesKnown(embedded: Embedded, opaque: (node: AstNode) => boolean): boolean {
  const root = embedded.analysis.parsed.root;
  if (root?.type !== 'object' || root.tag || embedded.analysis.parsed.syntaxErrors.length > 0) return false;
  for (const property of root.properties) {
    if (opaque(property.keyNode)) return false; // it may be `parameters`
    if (property.keyNode.value !== 'parameters') continue;
    const list = property.valueNode;
    if (list?.type !== 'array' || isOpaque(list)) return false;
    for (const item of list.items) {
      if (item.type !== 'object' || isOpaque(item) || item.properties.some((p) => opaque(p.keyNode))) return false;
    }
  }
  return true;
}

function regionNamed(embedded: readonly Embedded[], name: string): Embedded | undefined {
  return embedded.find((e) => e.region.name === name);
}

function within(range: OffsetRange, offset: number): boolean {
  return offset >= range.offset && offset <= range.offset + range.length;
}

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}
