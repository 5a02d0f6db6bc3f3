import { Analysis } from '../analysis';
import { nodeAt } from '../ast/navigate';
import { AstNode } from '../ast/types';
import { KindSupport } from '../kindSupport';
import { SchemaCatalog } from '../schema/catalog';
import { schemaSupport } from '../schemaSupport';
import { templateComponentUses } from './componentUses';
import { asIntrinsic } from './intrinsics';
import { templateParameterNameAt } from './parameterNameSlot';
import { templateHost } from './templateHost';
import { typeCompletion } from './typeCompletion';

/**
 * The `KindSupport` of CloudFormation templates with Image Builder resources: the schema support on the
 * template host (validation, shape rules, property and enum completion, hover), `Type:` completion, and
 * the recipes' references to the template's own components (`componentUses.ts`).
 * Inside an intrinsic (`Tenancy: !Ref |`, `{ "Fn::If": [...] }`) CloudFormation computes the value:
 * no property name or enum value is offered there.
 */
export function templateSupport(catalog: SchemaCatalog): KindSupport {
  const schema = schemaSupport(catalog, templateHost(catalog));
  return {
    ...schema,
    componentUses: templateComponentUses,
    parameterNameAt: templateParameterNameAt,
    complete(analysis, offset) {
      const types = typeCompletion(catalog, analysis, offset);
      if (types) return types;
      return insideIntrinsic(analysis, offset) ? undefined : schema.complete(analysis, offset);
    },
  };
}

/** Whether the cursor is in a value CloudFormation computes: a YAML tag just typed, or under an intrinsic node. */
function insideIntrinsic(analysis: Analysis, offset: number): boolean {
  const { text, root } = analysis.parsed;
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== ':' && offset - start < 200) start--;
  if (/^[ \t]*(?:-[ \t]+)*!/.test(text.slice(start, offset))) return true; // `Key: !Ref |`, `- !Sub |`
  for (let node: AstNode | undefined = nodeAt(root, offset); node; node = node.parent) {
    if (node.type !== 'property' && asIntrinsic(node) !== undefined) return true;
  }
  return false;
}
