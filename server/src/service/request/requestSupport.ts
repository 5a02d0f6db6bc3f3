import { Analysis, memoize } from '../analysis';
import { cursorContext } from '../features/completion/cursorContext';
import { schemaCompletions } from '../features/completion/schemaCompletion';
import { schemaHover } from '../features/hover';
import { KindSupport } from '../kindSupport';
import { runShapeRules } from '../rules/request';
import { SchemaCatalog } from '../schema/catalog';
import { JsonSchema } from '../schema/types';
import { Problem } from '../validation/problem';
import { SchemaValidator } from '../validation/schemaValidator';

/** Request and response files: everything comes from the kind's bundled schema plus the shape rules. */
export function requestSupport(catalog: SchemaCatalog): KindSupport {
  const rootSchema = (analysis: Analysis): JsonSchema | undefined => {
    const file = analysis.detection.kind?.schemaFile;
    return file ? catalog.root(file) : undefined;
  };
  return {
    validate(analysis) {
      return memoize(analysis, 'request.problems', () => {
        const schema = rootSchema(analysis);
        const root = analysis.parsed.root;
        if (!schema || !root || !analysis.detection.kind) return [];
        const problems: Problem[] = [];
        const json = analysis.parsed.language === 'json';
        const validator = new SchemaValidator(catalog, problems, !json, analysis.parsed.text);
        validator.validate(root, schema);
        runShapeRules(validator.shapes, { text: analysis.parsed.text, json, kind: analysis.detection.kind, problems });
        return problems;
      });
    },
    complete(analysis, offset) {
      const schema = rootSchema(analysis);
      const context = cursorContext(analysis.parsed, offset);
      if (!schema || !context) return undefined;
      const items = schemaCompletions(catalog, schema, context, analysis.parsed.language === 'json', analysis.parsed.root);
      return { replace: context.replace, items };
    },
    hover(analysis, offset) {
      const schema = rootSchema(analysis);
      return schema ? schemaHover(catalog, schema, analysis.parsed, offset) : undefined;
    },
  };
}
