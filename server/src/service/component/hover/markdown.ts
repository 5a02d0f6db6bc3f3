import { ActionFact, OperatorFact, PhaseNameFact } from '../facts';
import { describeType } from '../describe';
import { FieldFact } from '../validate/fields';

/** Hover text for a key or an input: meaning, type, required, allowed values, default, limits, platforms. */
export function fieldMarkdown(fact: FieldFact, owner: string): string {
  const lines = [`**${fact.name}** · \`${describeType({ type: fact.type })}\` · ${fact.required ? 'required' : 'optional'} — ${owner}`, '', fact.description];
  if (fact.enum) {
    lines.push('', 'Allowed values:');
    fact.enum.forEach((value, i) => lines.push(`- \`${printable(value)}\`${fact.enumDescriptions?.[i] ? ` — ${fact.enumDescriptions[i]}` : ''}`));
  }
  if (fact.default !== undefined) lines.push('', `Default: \`${printable(String(fact.default))}\``);
  const limits = limitText(fact);
  if (limits) lines.push('', `Limits: ${limits}`);
  if ('platforms' in fact && fact.platforms) lines.push('', `Only on: ${fact.platforms.join(', ')}`);
  if (fact.acceptsExpressions) lines.push('', 'Accepts `{{ }}` expressions.');
  return lines.join('\n');
}

/** Hover text for an action module: platforms, what it does, its inputs and outputs. */
export function actionMarkdown(action: ActionFact): string {
  const lines = [`**${action.name}** — action module · ${action.platforms.join(', ')}`, '', action.summary, '', action.description];
  if (action.operatorInputs) {
    lines.push('', 'Inputs: one condition (a comparison or logical operator).');
  } else if (action.inputs.length > 0) {
    const shape = action.inputsShape === 'list' ? 'a list of items, each with' : 'one mapping of';
    lines.push('', `Inputs (${shape}):`);
    for (const input of action.inputs) lines.push(`- \`${input.name}\` · ${describeType(input)}${input.required ? ' · required' : ''}`);
  } else {
    lines.push('', 'Inputs: none needed.');
  }
  if (action.outputs.length > 0) lines.push('', `Outputs: ${action.outputs.map((o) => `\`${o.name}\``).join(', ')}`);
  const reboot = Object.entries(action.rebootExitCodes ?? {}).map(([p, code]) => `${String(code)} (${p})`);
  if (reboot.length > 0) lines.push('', `Exit code to restart the instance and rerun the step: ${reboot.join(', ')}`);
  return lines.join('\n');
}

export function operatorMarkdown(operator: OperatorFact): string {
  if (operator.kind === 'logical') {
    const takes = operator.operands === 'list' ? 'a list of conditions' : 'one condition';
    return [`**${operator.name}** — logical operator, takes ${takes}`, '', operator.summary, '', operator.description].join('\n');
  }
  const companion = operator.companionKey ? ` · compares with \`${operator.companionKey}\`` : '';
  return [`**${operator.name}** — ${operator.category} comparison${companion}`, '', operator.summary, '', operator.description].join('\n');
}

export function phaseMarkdown(phase: PhaseNameFact): string {
  return [`**${phase.name}** — phase, ${phase.stage} stage`, '', phase.description].join('\n');
}

/** An enum value of a key: its meaning and the other values. */
export function enumValueMarkdown(fact: FieldFact, value: string): string | undefined {
  const index = fact.enum?.findIndex((v) => v === value || (fact.enumCaseInsensitive && v.toLowerCase() === value.toLowerCase())) ?? -1;
  if (!fact.enum || index < 0) return undefined;
  const lines = [`**${printable(fact.enum[index])}** — a value of \`${fact.name}\``];
  const meaning = fact.enumDescriptions?.[index];
  if (meaning) lines.push('', meaning);
  const others = fact.enum.filter((_, i) => i !== index).map((v) => `\`${printable(v)}\``);
  if (others.length > 0) lines.push('', `Other values: ${others.join(', ')}`);
  return lines.join('\n');
}

function limitText(fact: FieldFact): string {
  const special = 'specialValues' in fact && fact.specialValues?.length ? ` (or ${fact.specialValues.join(', ')})` : '';
  if (fact.minimum !== undefined && fact.maximum !== undefined) return `${fact.minimum}–${fact.maximum}${special}`;
  if (fact.minimum !== undefined) return `at least ${fact.minimum}${special}`;
  if (fact.maximum !== undefined) return `at most ${fact.maximum}${special}`;
  return '';
}

function printable(value: string): string {
  return value.replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
