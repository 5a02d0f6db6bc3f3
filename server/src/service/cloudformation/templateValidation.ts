import { Analysis, memoize } from '../analysis';
import { ObjectNode, ValueNode } from '../ast/types';
import { SchemaCatalog } from '../schema/catalog';
import { JsonSchema } from '../schema/types';
import { Problem } from '../validation/problem';
import { TemplateValidator } from './coercion';
import { intrinsicName } from './intrinsics';
import { opaqueViews } from './opaqueView';
import { schemaFileOf } from './resourceTypes';
import { templateModel } from './template';

/**
 * The `Properties` of each Image Builder resource against the generated schema of its `Type`, with the
 * request files' codes. Everything else of a template (other resources, resource attributes, `Parameters`,
 * `Outputs`) is cfn-lint's: nothing is reported there. One walk of the Image Builder resources' properties.
 */
export function validateTemplate(catalog: SchemaCatalog, analysis: Analysis): TemplateCheck {
  return memoize(analysis, 'cloudformation.validation', () => {
    const problems: Problem[] = [];
    const yaml = analysis.parsed.language === 'yaml';
    const validator = new TemplateValidator(catalog, problems, yaml);
    const roots: [string, ObjectNode][] = [];
    const readings: Array<{ type: string; schema: JsonSchema; view: ValueNode; without?: ValueNode }> = [];
    for (const resource of templateModel(analysis).imageBuilder) {
      const schema = catalog.root(schemaFileOf(resource.type));
      if (!schema) continue; // a type the pinned database does not have: cfn-lint says so
      const value = resource.properties?.valueNode;
      if (value && intrinsicName(value) !== undefined) continue;
      if (!value || value.type === 'null') {
        const required = schema.required ?? [];
        if (required.length === 0) continue;
        const anchor = resource.properties?.keyNode ?? resource.entry.keyNode;
        const list = required.map((k) => `'${k}'`).join(', ');
        problems.push({ offset: anchor.offset, length: anchor.length, code: 'missing-property', message: `${resource.type} needs Properties with ${list}.` });
        continue;
      }
      const { view, without } = opaqueViews(value);
      validator.validate(view, schema);
      if (view.type === 'object') roots.push([resource.type, view]);
      readings.push({ type: resource.type, schema, view, without });
    }
    const shapes = withRoots(validator.shapes, roots);
    if (!readings.some((r) => r.without)) return { problems, validator, shapes };
    // The second reading (properties that may be absent left out) of every resource, for the shape rules only.
    const other = new TemplateValidator(catalog, [], yaml);
    const otherRoots: [string, ObjectNode][] = [];
    for (const { type, schema, view, without } of readings) {
      const node = without ?? view;
      other.validate(node, schema);
      if (node.type === 'object') otherRoots.push([type, node]);
    }
    return { problems, validator, shapes, alternative: withRoots(other.shapes, otherRoots) };
  });
}

export interface TemplateCheck {
  readonly problems: Problem[];
  readonly validator: TemplateValidator;
  readonly shapes: Map<string, ObjectNode[]>;
  /** The shapes with every property that may be absent left out, when there is one (see `SchemaCheck`). */
  readonly alternative?: Map<string, ObjectNode[]>;
}

/** A resource's Properties is its type's root shape (the schema has no definition name for it). */
function withRoots(recorded: ReadonlyMap<string, ObjectNode[]>, roots: ReadonlyArray<[string, ObjectNode]>): Map<string, ObjectNode[]> {
  const shapes = new Map(recorded);
  for (const [type, node] of roots) shapes.set(type, [...(shapes.get(type) ?? []), node]);
  return shapes;
}
