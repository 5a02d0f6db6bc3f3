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
  /**
   * The shapes of a second reading of the document, when it has one: a template with every property
   * that may be absent left out (`!If [C, x, !Ref AWS::NoValue]`). A shape rule's problem is kept only
   * when this reading has it too (same code and range): it must hold whether or not those are given.
   */
  readonly alternative?: ReadonlyMap<string, readonly ObjectNode[]>;
}

/** A kind support from schemas: validation, completion and hover ask the one locator, then the shape rules run. */
export function schemaSupport(catalog: SchemaCatalog, host: SchemaHost): KindSupport {
  const roots = (analysis: Analysis) => memoize(analysis, 'schema.roots', () => host.roots(analysis));
  const locator = (analysis: Analysis): SchemaLocator => (path) => locateIn(catalog, roots(analysis), path);
  return {
    validate(analysis) {
      return memoize(analysis, 'schema.problems', () => {
        const { problems: checked, shapes, alternative } = host.check ? host.check(analysis) : rootCheck(catalog, analysis, roots(analysis));
        const ruleHost = host.ruleHost(analysis);
        const found: Problem[] = [];
        runShapeRules(shapes, (name) => host.ruleShapeOf(name), { host: ruleHost, problems: found });
        if (!alternative) return [...checked, ...found];
        const other: Problem[] = [];
        runShapeRules(alternative, (name) => host.ruleShapeOf(name), { host: ruleHost, problems: other });
        const held = new Set(other.map(problemKey));
        return [...checked, ...found.filter((p) => held.has(problemKey(p)))];
      });
    },
    complete(analysis, offset) {
      const context = cursorContext(analysis.parsed, offset);
      if (!context || roots(analysis).length === 0) return undefined;
      const json = analysis.parsed.language === 'json';
      const items = schemaCompletions(catalog, locator(analysis), context, json, analysis.parsed.root, host.ruleHost(analysis).key);
      return { replace: context.replace, items };
    },
    hover(analysis, offset) {
      return roots(analysis).length === 0 ? undefined : schemaHover(catalog, locator(analysis), analysis.parsed, offset);
    },
    regions: host.regions ? (analysis) => host.regions!(analysis) : undefined,
  };
}

function problemKey(problem: Problem): string {
  return `${problem.code}@${problem.offset}+${problem.length}`;
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
