import { Analysis } from '../analysis';
import { getValue } from '../ast/navigate';
import { checkComponentParameters } from '../component/componentParameters';
import { toPlatform } from '../component/model/platform';
import { Problem } from '../validation/problem';
import { isManaged, versionMatches } from './componentArn';
import { componentFileProblems } from './componentFileUses';
import { managedProblems } from './managedComponents';
import { ComponentUse, recipeUses } from './recipeUses';
import { ResolvedComponent, WorkspaceView } from './types';

/**
 * The cross-file problems of a recipe: each `componentArn` naming a workspace component is checked
 * against what that component declares (`undefined-parameter`, `missing-parameter`) and, where both
 * platforms are known, against the recipe's platform (`recipe-platform`). An ARN no workspace
 * component matches stays silent: the component may well exist in the account.
 */
export function recipeProblems(analysis: Analysis, view: WorkspaceView | undefined): Problem[] {
  const uses = recipeUses(analysis);
  if (uses.length === 0) return componentFileProblems(analysis, view);
  const problems: Problem[] = [];
  const platform = recipePlatform(analysis);
  for (const use of uses) {
    if (!use.arn) continue;
    if (isManaged(use.arn)) {
      problems.push(...managedProblems(analysis, use));
      continue;
    }
    const component = view ? componentFor(view, use) : undefined;
    if (!component) continue;
    const label = `component '${component.name}' (${fileName(component.documentUri)})`;
    if (component.parametersKnown) {
      problems.push(...checkComponentParameters(component.parameters, use.parameters, { component: label, offset: use.arnNode.offset, length: use.arnNode.length }));
    }
    if (platform && component.platform && toPlatform(component.platform) !== platform.platform) {
      problems.push({
        offset: use.arnNode.offset,
        length: use.arnNode.length,
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

/**
 * The platform a recipe builds, where the file shows it: a container recipe's `platformOverride`, or a
 * parent image that is an AWS-managed Image Builder image whose name says its operating system
 * (`windows-server-…`, `amazon-linux-…`, `ubuntu-…`, `red-hat-…`, `macos-…`). An AMI ID or a
 * container image name shows nothing.
 */
export function recipePlatform(analysis: Analysis): { platform: string; why: string } | undefined {
  const root = analysis.parsed.root;
  if (root?.type !== 'object') return undefined;
  const override = getValue(root, 'platformOverride');
  if (override?.type === 'string' && toPlatform(override.value)) return { platform: toPlatform(override.value)!, why: '`platformOverride`' };
  const parent = getValue(root, 'parentImage');
  return parent?.type === 'string' ? parentImagePlatform(parent.value) : undefined;
}

/** The platform of a parent image that is an AWS-managed Image Builder image whose name says it (Terraform's `parent_image` too). */
export function parentImagePlatform(parentImage: string): { platform: string; why: string } | undefined {
  const match = /^arn:[^:]*:imagebuilder:[^:]*:aws:image\/([^/]+)/.exec(parentImage);
  if (!match) return undefined;
  const image = match[1].toLowerCase();
  const why = `its parent image \`${match[1]}\``;
  if (image.startsWith('windows-')) return { platform: 'Windows', why };
  if (image.startsWith('macos-')) return { platform: 'macOS', why };
  if (/^(amazon-linux|ubuntu|red-hat|rhel|suse|centos|debian|rocky)/.test(image)) return { platform: 'Linux', why };
  return undefined;
}

function compareVersions(a: string | undefined, b: string | undefined): number {
  const parts = (v: string | undefined) => (v ?? '').split('.').map((p) => Number.parseInt(p, 10) || 0);
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export function fileName(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
