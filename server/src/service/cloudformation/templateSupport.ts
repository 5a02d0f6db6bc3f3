import { KindSupport } from '../kindSupport';
import { SchemaCatalog } from '../schema/catalog';
import { schemaSupport } from '../schemaSupport';
import { templateHost } from './templateHost';
import { typeCompletion } from './typeCompletion';

/**
 * The `KindSupport` of CloudFormation templates with Image Builder resources: the schema support on the
 * template host (validation, shape rules, property and enum completion, hover), and `Type:` completion.
 */
export function templateSupport(catalog: SchemaCatalog): KindSupport {
  const schema = schemaSupport(catalog, templateHost(catalog));
  return {
    ...schema,
    complete(analysis, offset) {
      return typeCompletion(catalog, analysis, offset) ?? schema.complete(analysis, offset);
    },
  };
}
