import { Analysis } from '../../analysis';
import { getValue } from '../../ast/navigate';
import { StringNode, ValueNode } from '../../ast/types';
import { OffsetHover } from '../../features/hover';
import { parseExpression } from '../model/expressionParse';
import { RawExpression } from '../model/expressionScan';
import { resolveExpression } from '../model/resolve';
import { Target } from '../model/resolveTypes';
import { placeOf } from '../model/scope';
import { componentSymbols, stepAt } from '../model/symbols';

/** What a `{{ … }}` resolves to and where it is defined, or why it cannot be used there. */
export function expressionHover(analysis: Analysis, offset: number, raw: RawExpression): OffsetHover | undefined {
  const parsed = parseExpression(raw.text, raw.textOffset);
  if (parsed.form === 'foreign') return undefined;
  const symbols = componentSymbols(analysis);
  const step = stepAt(symbols, offset);
  const resolution = resolveExpression(parsed, { symbols, step, place: step ? placeOf(step, offset) : undefined });
  const title = `**\`{{ ${raw.text} }}\`**`;
  const lineOf = (node: { offset: number }) => analysis.document.positionAt(node.offset).line + 1;
  const body = resolution.target ? describeTarget(resolution.target, lineOf) : resolution.problem ? `Cannot be resolved here: ${resolution.problem.message}` : 'A chaining reference to a step whose action is unknown.';
  return { markdown: `${title} — ${body}`, offset: raw.offset, length: raw.end - raw.offset };
}

/** Hover on a name where it is defined: a parameter or constant key, or a step's name. */
export function namedHover(analysis: Analysis, node: StringNode): string | undefined {
  const symbols = componentSymbols(analysis);
  const lineOf = (n: { offset: number }) => analysis.document.positionAt(n.offset).line + 1;
  const definitions = symbols.variablesByName.get(node.value);
  if (definitions?.some((d) => d.keyNode === node)) {
    return `**${node.value}** — ${describeTarget({ kind: 'variable', name: node.value, definitions }, lineOf)}\n\nUse it as \`{{ ${node.value} }}\`.`;
  }
  const step = stepAt(symbols, node.offset);
  if (!step || step.nameNode?.offset !== node.offset || !step.name) return undefined;
  const lines = [`**${step.name}** — step ${step.index + 1} of phase ${step.phase.name ?? ''}${step.actionName ? ` · ${step.actionName}` : ''}`];
  const outputs = step.action?.outputs ?? [];
  if (outputs.length > 0) lines.push('', `Later steps read its output with \`{{ ${step.phase.name ?? ''}.${step.name}.outputs.${outputs[0].name} }}\`.`);
  return lines.join('\n');
}

function describeTarget(target: Target, lineOf: (node: { offset: number }) => number): string {
  switch (target.kind) {
    case 'variable': {
      const definition = target.definitions[0];
      const def = definition.definition;
      const valueKey = definition.kind === 'parameter' ? 'default' : 'value';
      const value = def ? scalarText(getValue(def, valueKey)) : undefined;
      const description = def ? scalarText(getValue(def, 'description')) : undefined;
      const lines = [`${definition.kind} (defined on line ${lineOf(definition.keyNode)})`];
      if (value !== undefined) lines.push('', `${definition.kind === 'parameter' ? 'Default' : 'Value'}: \`${value}\``);
      else if (definition.kind === 'parameter') lines.push('', 'No default: the caller must give a value.');
      if (description) lines.push('', description);
      return lines.join('\n');
    }
    case 'loop': {
      const what = target.property === 'index' ? 'the zero-based number of the current iteration' : 'the value of the current iteration';
      return `${what} of the loop${target.loop.name ? ` '${target.loop.name}'` : ''} of step '${target.loop.step.name ?? ''}' (line ${lineOf(target.loop.node.parent ?? target.loop.node)}).`;
    }
    case 'input': {
      const owner = `step '${target.step.name ?? ''}'${target.step.actionName ? ` (${target.step.actionName})` : ''} of phase ${target.step.phase.name ?? ''}, line ${lineOf(target.step.node)}`;
      const lines = [`input \`${target.name}\`${target.index !== undefined ? ` of item ${target.index}` : ''} of ${owner}.`];
      const value = inputValue(target);
      if (value !== undefined) lines.push('', `Value: \`${value}\``);
      if (target.input) lines.push('', target.input.description);
      return lines.join('\n');
    }
    case 'output':
      return `output \`${target.output.name}\` of step '${target.step.name ?? ''}' (${target.step.actionName ?? ''}) of phase ${target.step.phase.name ?? ''}, line ${lineOf(target.step.node)}.\n\n${target.output.description}`;
    case 'prefixed':
      return `resolved by AWSTOE when the step runs (\`${target.fact.prefix}\`).\n\n${target.keyDescription ?? target.fact.description}`;
  }
}

function inputValue(target: Extract<Target, { kind: 'input' }>): string | undefined {
  const inputs = target.step.inputs;
  const item = target.index === undefined ? inputs : inputs?.type === 'array' ? inputs.items[target.index] : undefined;
  return item?.type === 'object' ? scalarText(getValue(item, target.name)) : undefined;
}

function scalarText(node: ValueNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return node.value.length > 80 ? `${node.value.slice(0, 77)}…` : node.value;
  if (node.type === 'number') return node.source;
  if (node.type === 'boolean') return String(node.value);
  return undefined;
}
