import { didYouMean } from '../util/didYouMean';
import { Problem } from '../validation/problem';
import { ManagedComponent, MANAGED_COMPONENTS, MANAGED_COMPONENTS_DATE } from './managedComponents.data';
import { ComponentUse } from './recipeTypes';

const BY_NAME = new Map(MANAGED_COMPONENTS.map((c) => [c.name.toLowerCase(), c]));

/**
 * Name prefixes for which the bundled list is complete: families AWS publishes as a closed set (the
 * STIG levels, the two platforms of the CLI, CloudWatch agent and hello-world components). An unknown
 * name with one of these prefixes is a typo; any other unknown managed name may simply be newer than
 * the list, so it stays silent.
 */
export const COMPLETE_PREFIXES: readonly string[] = ['stig-build-', 'aws-cli-version-2-', 'amazon-cloudwatch-agent-', 'hello-world-'];

export function managedComponent(name: string): ManagedComponent | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** `invalid-value` for an AWS-managed component name the list does not have, where it is complete for that prefix. */
export function managedProblems(use: ComponentUse): Problem[] {
  const arn = use.arn;
  if (!arn || arn.name === '' || managedComponent(arn.name)) return [];
  const lower = arn.name.toLowerCase();
  const prefix = COMPLETE_PREFIXES.find((p) => lower.startsWith(p));
  if (!prefix) return [];
  const family = MANAGED_COMPONENTS.filter((c) => c.name.startsWith(prefix)).map((c) => c.name);
  const closest = didYouMean(arn.name, family);
  return [{
    offset: use.arnRange.offset,
    length: use.arnRange.length,
    code: 'invalid-value',
    message: `'${arn.name}' is not an AWS-managed component${closest ? `: did you mean '${closest}'?` : ''} (the ${prefix}… components are ${family.map((n) => `'${n}'`).join(', ')}; list of ${MANAGED_COMPONENTS_DATE}).`,
    fixes: closest && use.nameAt !== undefined ? [{ title: `Change to '${closest}'`, preferred: true, edits: [{ offset: use.nameAt, length: arn.name.length, newText: closest }] }] : undefined,
  }];
}

export function managedMarkdown(component: ManagedComponent): string {
  const lines = [`**${component.name}** — AWS-managed component${component.platform ? ` · ${component.platform}` : ''}`];
  if (component.description) lines.push('', component.description);
  if (component.lastListed) lines.push('', `Not in AWS's list of ${MANAGED_COMPONENTS_DATE} (last listed ${component.lastListed}): it may be retired.`);
  lines.push('', `From the bundled list of AWS-managed components of ${MANAGED_COMPONENTS_DATE}.`);
  return lines.join('\n');
}
