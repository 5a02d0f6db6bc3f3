import { Analysis, memoize } from './analysis';
import { nodeAtPath } from './ast/navigate';
import { ObjectNode } from './ast/types';
import { EmbeddedRegion } from './embedded/regions';
import { cursorContext } from './features/completion/cursorContext';
import { schemaCompletions } from './features/completion/schemaCompletion';
import { schemaHover } from './features/hover';
import { KindSupport } from './kindSupport';
import { runShapeRules } from './rules/request';
import { RuleHost } from './rules/request/types';
import { SchemaCatalog } from './schema/catalog';
import { locateIn, SchemaLocator, SchemaRoot } from './schema/locate';
import { Problem } from './validation/problem';
import { SchemaValidator } from './validation/schemaValidator';

/**
 * What a host of schema-described shapes says about a document (requests: `request/requestHost.ts`;
 * a CloudFormation template or Terraform file gives its own).
 */
export interface SchemaHost {
  /** Where which schema applies (one root for a request; one per resource for a template). */
  roots(analysis: Analysis): readonly SchemaRoot[];
  /** The rule shape (`rules/request/shapes.ts`) of a schema shape name, when a rule looks at it. */
  ruleShapeOf(schemaShape: string): string | undefined;
  /** The spelling and edit syntax the shape rules use in this document. */
  ruleHost(analysis: Analysis): RuleHost;
  /** The documents embedded in this one (see `KindSupport.regions`). */
  regions?(analysis: Analysis): readonly EmbeddedRegion[];
  /**
   * The host's own schema check, when it is not "each root's node against its schema" (templates:
   * intrinsics opaque, CloudFormation's string/number conversion). The shape rules then run on its shapes.
   */
  check?(analysis: Analysis): SchemaCheck;
}

/** Problems of a schema check and the objects it found, by schema shape name (for the shape rules). */
export interface SchemaCheck {
  readonly problems: readonly Problem[];
  readonly shapes: ReadonlyMap<string, readonly ObjectNode[]>;
}

/** A kind support from schemas: validation, completion and hover ask the one locator, then the shape rules run. */
export function schemaSupport(catalog: SchemaCatalog, host: SchemaHost): KindSupport {
  const roots = (analysis: Analysis) => memoize(analysis, 'schema.roots', () => host.roots(analysis));
  const locator = (analysis: Analysis): SchemaLocator => (path) => locateIn(catalog, roots(analysis), path);
  return {
    validate(analysis) {
      return memoize(analysis, 'schema.problems', () => {
        const { problems: checked, shapes } = host.check ? host.check(analysis) : rootCheck(catalog, analysis, roots(analysis));
        const problems = [...checked];
        runShapeRules(shapes, (name) => host.ruleShapeOf(name), { host: host.ruleHost(analysis), problems });
        return problems;
      });
    },
    complete(analysis, offset) {
      const context = cursorContext(analysis.parsed, offset);
      if (!context || roots(analysis).length === 0) return undefined;
      const items = schemaCompletions(catalog, locator(analysis), context, analysis.parsed.language === 'json', analysis.parsed.root);
      return { replace: context.replace, items };
    },
    hover(analysis, offset) {
      return roots(analysis).length === 0 ? undefined : schemaHover(catalog, locator(analysis), analysis.parsed, offset);
    },
    regions: host.regions ? (analysis) => host.regions!(analysis) : undefined,
  };
}

/** Each root's node against its schema (requests). */
function rootCheck(catalog: SchemaCatalog, analysis: Analysis, roots: readonly SchemaRoot[]): SchemaCheck {
  const problems: Problem[] = [];
  const validator = new SchemaValidator(catalog, problems, analysis.parsed.language !== 'json', analysis.parsed.text);
  for (const root of roots) {
    const node = nodeAtPath(analysis.parsed.root, root.path);
    if (node) validator.validate(node, root.schema);
  }
  return { problems, shapes: validator.shapes };
}
