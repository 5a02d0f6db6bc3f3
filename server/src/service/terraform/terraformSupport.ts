import { memoize } from '../analysis';
import { KindSupport } from '../kindSupport';
import { Problem } from '../validation/problem';
import schemaFile from '../../../../schemas/terraform/aws-imagebuilder.json';
import { componentFileCompletion } from '../workspace/componentFileUses';
import { componentFileAt, componentFileProblems } from './componentFiles';
import { terraformComponentUses } from './componentUses';
import { terraformComponentArnAt } from './componentArnSlot';
import { terraformCompletion } from './complete';
import { dataRegions } from './dataRegions';
import { terraformHover } from './hover';
import { macPlatformProblems } from './macPlatform';
import { terraformParameterNameAt } from './parameterNameSlot';
import { terraformShapeRules } from './rules';
import { TfSchemaFile } from './schemaTypes';
import { TerraformValidator } from './validateBlocks';

const SCHEMAS = schemaFile as unknown as TfSchemaFile;

/**
 * The `KindSupport` for Terraform files with `aws_imagebuilder_*` resources: their arguments and blocks
 * checked against the generated schema (`schemas/terraform/`), then the shape rules (placement, Mac
 * hosts, EBS, data/uri; `rules.ts`) with HCL quick fixes; completion and hover from the schema; the
 * component documents written in `data` are embedded regions (`dataRegions.ts`).
 */
export function terraformSupport(): KindSupport {
  return {
    validate: (analysis) => memoize(analysis, 'terraform.problems', () => {
      const problems: Problem[] = [];
      const root = analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
      const validator = new TerraformValidator(SCHEMAS, problems);
      validator.validate(root);
      terraformShapeRules(analysis.parsed.text, validator.shapes, validator.dynamicBodies, problems);
      macPlatformProblems(root, analysis.parsed.text, problems);
      componentFileProblems(analysis, problems);
      return problems;
    }),
    complete: (analysis, offset) => {
      // A parameter name of a component whose document is a file (the workspace knows it); the file's own ones are `withRegions`'.
      const slot = terraformParameterNameAt(analysis, offset);
      const fromFile = slot ? componentFileCompletion(analysis, slot) : undefined;
      return fromFile ?? terraformCompletion(analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined, analysis.parsed.text, offset, SCHEMAS);
    },
    fileDefinition: (analysis, offset) => componentFileAt(analysis, offset)?.uri,
    hover: (analysis, offset) => terraformHover(analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined, analysis.parsed.text, offset, SCHEMAS),
    // The component documents in `data` (heredocs, quoted strings): served as files by `withRegions`.
    regions: dataRegions,
    // A recipe's `component` blocks naming a component resource of this file: its parameters checked against that `data`.
    componentUses: terraformComponentUses,
    parameterNameAt: terraformParameterNameAt,
    // `component_arn = "…"` being typed: completed from the workspace's and the AWS-managed components (`arnCompletion`).
    componentArnAt: (analysis, offset) => terraformComponentArnAt(analysis, offset, (type) => SCHEMAS.resources[type]),
  };
}
