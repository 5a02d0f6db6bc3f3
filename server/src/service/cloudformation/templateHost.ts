import { Analysis } from '../analysis';
import { RULE_SHAPES } from '../rules/request/shapes';
import { jsonYamlEdits, SPELLINGS } from '../rules/request/spellings';
import { SchemaCatalog } from '../schema/catalog';
import { SchemaRoot } from '../schema/locate';
import { SchemaHost } from '../schemaSupport';
import { dataRegions } from './dataRegions';
import { schemaFileOf } from './resourceTypes';
import { templateModel } from './template';
import { validateTemplate } from './templateValidation';

/** CloudFormation schema shape names (definitions; resource types for a resource's Properties) → rule shapes. */
const RULE_SHAPE_OF: ReadonlyMap<string, string> = new Map([
  ['Placement', RULE_SHAPES.placement],
  ['EbsInstanceBlockDeviceSpecification', RULE_SHAPES.ebsVolume],
  ['AWS::ImageBuilder::InfrastructureConfiguration', RULE_SHAPES.infrastructureConfiguration],
  ['AWS::ImageBuilder::Component', RULE_SHAPES.componentSource],
  ['AWS::ImageBuilder::ContainerRecipe', RULE_SHAPES.dockerfileSource],
]);

/**
 * Templates on the seams: one schema root per Image Builder resource (its `Properties`, the generated
 * schema of its `Type`), PascalCase keys, JSON or YAML edits. The check is the template's own
 * (`templateValidation.ts`: intrinsics opaque, CloudFormation's conversions, missing Properties).
 */
export function templateHost(catalog: SchemaCatalog): SchemaHost {
  return {
    roots(analysis: Analysis) {
      const roots: SchemaRoot[] = [];
      for (const resource of templateModel(analysis).imageBuilder) {
        const schema = catalog.root(schemaFileOf(resource.type));
        if (schema) roots.push({ path: ['Resources', resource.logicalId, 'Properties'], schema });
      }
      return roots;
    },
    ruleShapeOf: (name) => RULE_SHAPE_OF.get(name),
    ruleHost: (analysis) => ({ key: SPELLINGS.PascalCase, edits: jsonYamlEdits(analysis.parsed.text, analysis.parsed.language === 'json') }),
    check: (analysis) => validateTemplate(catalog, analysis),
    regions: dataRegions,
  };
}
