import { Analysis } from '../analysis';
import { checkComponentParameters } from '../component/componentParameters';
import { toPlatform } from '../component/model/platform';
import { Problem } from '../validation/problem';
import { isManaged, versionMatches } from './componentArn';
import { componentFileProblems } from './componentFileUses';
import { fileName } from './fileName';
import { managedProblems } from './managedComponents';
import { ComponentUse } from './recipeTypes';
import { recipeUses } from './recipeUses';
import { ResolvedComponent, WorkspaceView } from './types';

/**
 * The cross-file problems of a file's recipes (a request's, or each recipe resource of a template or
 * Terraform file): each component ARN naming a workspace component is checked against what that
 * component declares (`undefined-parameter`, `missing-parameter`: the latter only when every passed name
 * is known) and, where both platforms are known, against the recipe's platform (`recipe-platform`). An
 * ARN no workspace component matches stays silent: the component may well exist in the account.
 */
export function recipeProblems(analysis: Analysis, view: WorkspaceView | undefined): Problem[] {
  const problems: Problem[] = componentFileProblems(analysis, view);
  for (const use of recipeUses(analysis)) {
    if (!use.arn) continue;
    if (isManaged(use.arn)) {
      problems.push(...managedProblems(use));
      continue;
    }
    const component = view ? componentFor(view, use) : undefined;
    if (!component) continue;
    const label = `component '${component.name}' (${fileName(component.documentUri)})`;
    const at = use.arnRange;
    if (component.parametersKnown) {
      const found = checkComponentParameters(component.parameters, use.parameters, { component: label, offset: at.offset, length: at.length });
      problems.push(...found.filter((p) => p.code !== 'missing-parameter' || use.passedKnown));
    }
    const platform = use.recipe.platform;
    if (platform && component.platform && toPlatform(component.platform) !== platform.platform) {
      problems.push({
        offset: at.offset,
        length: at.length,
        code: 'recipe-platform',
        message: `${label.charAt(0).toUpperCase()}${label.slice(1)} is a ${component.platform} component, but this recipe builds ${platform.platform} (${platform.why}): Image Builder refuses a component whose platform is not the recipe's.`,
      });
    }
  }
  return problems;
}

/** The workspace component an ARN names: by name, and version where it is not `x`; the newest first. */
export function componentFor(view: WorkspaceView, use: Pick<ComponentUse, 'arn'>): ResolvedComponent | undefined {
  const arn = use.arn;
  if (!arn || isManaged(arn) || arn.name === '') return undefined;
  const candidates = view.componentsNamed(arn.name).filter((c) => versionMatches(arn.version, c.version));
  if (candidates.length === 0) return undefined;
  return [...candidates].sort((a, b) => compareVersions(b.version, a.version))[0];
}

function compareVersions(a: string | undefined, b: string | undefined): number {
  const parts = (v: string | undefined) => (v ?? '').split('.').map((p) => Number.parseInt(p, 10) || 0);
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
