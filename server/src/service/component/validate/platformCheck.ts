import { Fix } from '../../validation/problem';
import { getAction, Platform } from '../facts';
import { commentPlatformRange, PlatformInfo, PlatformSource } from '../model/platform';
import { StepSymbol } from '../model/types';
import { replaceFix, Reporter } from './reporter';

/** Actions (and inputs) the document's platform cannot run, and Windows-only actions mixed with Linux/macOS ones. */
export function validatePlatform(info: PlatformInfo, steps: readonly StepSymbol[], r: Reporter): void {
  const platform = info.platform;
  if (platform && info.source && info.source !== 'inferred') {
    for (const step of steps) checkAction(step, platform, info.source, info.sourceText ?? 'the actions it uses', r);
  } else if (info.windowsOnly.length > 0 && info.unixOnly.length > 0) {
    reportMixed(info, r);
  }
  if (platform) for (const step of steps) checkInputs(step, platform, r);
}

/** The action that does the same on the other family: a shell script's counterpart. */
const COUNTERPARTS: Readonly<Record<string, string>> = { ExecuteBash: 'ExecutePowerShell', ExecutePowerShell: 'ExecuteBash' };

function checkAction(step: StepSymbol, platform: Platform, source: PlatformSource, sourceText: string, r: Reporter): void {
  const action = step.action;
  const node = step.actionNode;
  if (!action || !node || action.platforms.includes(platform)) return;
  const fixes: Fix[] = [];
  const counterpart = COUNTERPARTS[action.name];
  if (counterpart && getAction(counterpart)?.platforms.includes(platform)) fixes.push({ ...replaceFix(node, counterpart), preferred: false });
  const comment = source === 'comment' ? commentPlatformRange(r.text) : undefined;
  if (comment) {
    const to = action.platforms[0];
    fixes.push({ title: `Change the platform comment to ${to}`, edits: [{ ...comment, newText: to }] });
  }
  r.add(node, 'action-platform', `${action.name} does not run on ${platform} (it runs on ${action.platforms.join(', ')}); this document is for ${platform}, from ${sourceText}.`, fixes.length ? { fixes } : {});
}

/** Reported on the less used family, naming one action of the other. */
function reportMixed(info: PlatformInfo, r: Reporter): void {
  const windowsFewer = info.windowsOnly.length <= info.unixOnly.length;
  const minority = windowsFewer ? info.windowsOnly : info.unixOnly;
  const other = (windowsFewer ? info.unixOnly : info.windowsOnly)[0].action!;
  for (const step of minority) {
    const action = step.action!;
    if (!step.actionNode) continue;
    const counterpart = COUNTERPARTS[action.name];
    const fixes = counterpart && getAction(counterpart)?.platforms.some((p) => other.platforms.includes(p)) ? [{ ...replaceFix(step.actionNode, counterpart), preferred: false }] : undefined;
    r.add(step.actionNode, 'action-platform', `${action.name} runs only on ${action.platforms.join(', ')}, but this document also uses ${other.name} (${other.platforms.join(', ')}): a component runs on one platform.`, { fixes });
  }
}

/** Inputs that only some platforms accept (owner, group and permissions are refused on Windows). */
function checkInputs(step: StepSymbol, platform: Platform, r: Reporter): void {
  const action = step.action;
  const inputs = step.inputs;
  if (!action || !inputs || !action.inputs.some((i) => i.platforms)) return;
  const items = inputs.type === 'array' ? inputs.items : [inputs];
  for (const item of items) {
    if (item.type !== 'object') continue;
    for (const property of item.properties) {
      const input = action.inputs.find((i) => i.name === property.keyNode.value);
      if (!input?.platforms || input.platforms.includes(platform)) continue;
      r.add(property.keyNode, 'action-platform', `'${input.name}' of ${action.name} only works on ${input.platforms.join(', ')}; on ${platform} the step fails.`);
    }
  }
}
