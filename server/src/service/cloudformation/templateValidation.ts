import { Analysis, memoize } from '../analysis';
import { ObjectNode } from '../ast/types';
import { SchemaCatalog } from '../schema/catalog';
import { Problem } from '../validation/problem';
import { TemplateValidator } from './coercion';
import { intrinsicName } from './intrinsics';
import { opaqueView } from './opaqueView';
import { schemaFileOf } from './resourceTypes';
import { templateModel } from './template';

/**
 * The `Properties` of each Image Builder resource against the generated schema of its `Type`, with the
 * request files' codes. Everything else of a template (other resources, resource attributes, `Parameters`,
 * `Outputs`) is cfn-lint's: nothing is reported there. One walk of the Image Builder resources' properties.
 */
export function validateTemplate(catalog: SchemaCatalog, analysis: Analysis): { problems: Problem[]; validator: TemplateValidator; shapes: Map<string, ObjectNode[]> } {
  return memoize(analysis, 'cloudformation.validation', () => {
    const problems: Problem[] = [];
    const validator = new TemplateValidator(catalog, problems, analysis.parsed.language === 'yaml');
    const roots: [string, ObjectNode][] = [];
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
      const view = opaqueView(value);
      validator.validate(view, schema);
      if (view.type === 'object') roots.push([resource.type, view]);
    }
    // A resource's Properties is its type's root shape (the schema has no definition name for it).
    const shapes = new Map(validator.shapes);
    for (const [type, node] of roots) shapes.set(type, [...(shapes.get(type) ?? []), node]);
    return { problems, validator, shapes };
  });
}
