import { KindSupport } from '../kindSupport';
import { SchemaCatalog } from '../schema/catalog';
import { typeCompletion } from './typeCompletion';
import { validateTemplate } from './templateValidation';

/** The `KindSupport` of CloudFormation templates with Image Builder resources. */
export function templateSupport(catalog: SchemaCatalog): KindSupport {
  return {
    validate(analysis) {
      return validateTemplate(catalog, analysis).problems;
    },
    complete(analysis, offset) {
      return typeCompletion(catalog, analysis, offset);
    },
    hover() {
      return undefined;
    },
  };
}
