import { Analysis } from '../analysis';
import { SchemaCatalog } from '../schema/catalog';
import { RULE_SHAPES } from '../rules/request/shapes';
import { jsonYamlEdits, SPELLINGS } from '../rules/request/spellings';
import { SchemaHost } from '../schemaSupport';
import { requestRegions } from './requestRegions';

/** Schema shape names (definitions, or kind ids for request roots) → the rule shapes they are. */
const RULE_SHAPE_OF: ReadonlyMap<string, string> = new Map([
  ['Placement', RULE_SHAPES.placement],
  ['EbsInstanceBlockDeviceSpecification', RULE_SHAPES.ebsVolume],
  ['create-infrastructure-configuration', RULE_SHAPES.infrastructureConfiguration],
  ['update-infrastructure-configuration', RULE_SHAPES.infrastructureConfiguration],
  ['InfrastructureConfiguration', RULE_SHAPES.infrastructureConfiguration],
  ['InfrastructureConfigurationSummary', RULE_SHAPES.infrastructureConfiguration],
  ['create-component', RULE_SHAPES.componentSource],
  ['import-component', RULE_SHAPES.componentSource],
  ['create-container-recipe', RULE_SHAPES.dockerfileSource],
]);

/** Request and response files: the kind's bundled schema at the root, camelCase keys, JSON or YAML edits. */
export function requestHost(catalog: SchemaCatalog): SchemaHost {
  return {
    roots(analysis: Analysis) {
      const file = analysis.detection.kind?.schemaFile;
      const schema = file ? catalog.root(file) : undefined;
      return schema ? [{ path: [], schema }] : [];
    },
    ruleShapeOf: (name) => RULE_SHAPE_OF.get(name),
    ruleHost: (analysis) => ({ key: SPELLINGS.camelCase, edits: jsonYamlEdits(analysis.parsed.text, analysis.parsed.language === 'json') }),
    regions: requestRegions,
  };
}
