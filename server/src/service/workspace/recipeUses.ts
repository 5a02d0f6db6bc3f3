import { Analysis, memoize } from '../analysis';
import { CLOUDFORMATION_TEMPLATE, TERRAFORM } from '../kinds/kinds';
import { ComponentUse, Recipe } from './recipeTypes';
import { RECIPE_KINDS, requestRecipes } from './requestRecipes';
import { templateRecipes } from './templateRecipes';
import { terraformRecipes } from './terraformRecipes';

/**
 * The recipes of a file, by its host's reader: a recipe request has one, a template or Terraform file
 * one per recipe resource. Memoised per version.
 */
export function recipes(analysis: Analysis): readonly Recipe[] {
  return memoize(analysis, 'workspace.recipes', () => {
    const kind = analysis.detection.kind?.id;
    if (!kind || analysis.parsed.root?.type !== 'object') return [];
    if (RECIPE_KINDS.has(kind)) return requestRecipes(analysis);
    if (kind === CLOUDFORMATION_TEMPLATE) return templateRecipes(analysis);
    if (kind === TERRAFORM) return terraformRecipes(analysis);
    return [];
  });
}

/** Every component entry of the file's recipes, in document order, each with its recipe. */
export function recipeUses(analysis: Analysis): ReadonlyArray<ComponentUse & { readonly recipe: Recipe }> {
  return memoize(analysis, 'workspace.recipeUses', () => recipes(analysis).flatMap((recipe) => recipe.uses.map((use) => ({ ...use, recipe }))));
}
