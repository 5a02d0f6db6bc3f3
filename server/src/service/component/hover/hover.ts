import { Analysis } from '../../analysis';
import { nodeAt, pathOf } from '../../ast/navigate';
import { AstNode, PropertyNode } from '../../ast/types';
import { OffsetHover } from '../../features/hover';
import { ActionFact, PHASE_NAMES, getAction } from '../facts';
import { keyEntry } from '../keys';
import { expressionAround } from '../model/expressionScan';
import { Container, containerAt } from '../roles';
import { expressionHover, namedHover } from './expressionHover';
import { actionMarkdown, enumValueMarkdown, fieldMarkdown, operatorMarkdown, phaseMarkdown } from './markdown';

/** Hover on every key, action, input, operator, enum value and expression. O(depth · log width + line). */
export function hoverComponent(analysis: Analysis, offset: number): OffsetHover | undefined {
  const { parsed } = analysis;
  const expression = expressionAround(parsed.text, offset);
  if (expression) return expressionHover(analysis, offset, expression);
  const node = nodeAt(parsed.root, offset);
  const property = node?.parent?.type === 'property' ? node.parent : undefined;
  if (!node || !property || property.parent?.type !== 'object') return undefined;
  const named = node.type === 'string' ? namedHover(analysis, node) : undefined;
  if (named) return { markdown: named, offset: node.offset, length: node.length };
  const container = containerAt(parsed.root, pathOf(property.parent));
  if (!container) return undefined;
  const markdown = property.keyNode === node ? keyMarkdown(container, property) : valueMarkdown(container, property, node);
  return markdown ? { markdown, offset: node.offset, length: node.length } : undefined;
}

function keyMarkdown(container: Container, property: PropertyNode): string | undefined {
  const key = property.keyNode.value;
  const entry = keyEntry(container, key);
  if (entry?.kind === 'operator') return operatorMarkdown(entry.operator);
  if (entry?.kind !== 'field') return undefined;
  const text = fieldMarkdown(entry.fact, entry.owner);
  return container.kind === 'step' && key === 'inputs' && container.action ? `${text}\n\n${inputsLine(container.action)}` : text;
}

/** What the chosen action takes as inputs, in one line. */
function inputsLine(action: ActionFact): string {
  if (action.operatorInputs) return `${action.name} takes one condition as its inputs.`;
  if (action.inputs.length === 0) return `${action.name} takes no inputs.`;
  const names = action.inputs.map((i) => `\`${i.name}\`${i.required ? ' (required)' : ''}`).join(', ');
  return `${action.name} takes ${action.inputsShape === 'list' ? 'a list of items, each with' : 'one mapping with'} ${names}.`;
}

function valueMarkdown(container: Container, property: PropertyNode, node: AstNode): string | undefined {
  if (node.type !== 'string' && node.type !== 'number' && node.type !== 'boolean') return undefined;
  const key = property.keyNode.value;
  const value = node.type === 'number' ? node.source : String(node.value);
  if (container.kind === 'step' && key === 'action') {
    const action = getAction(value);
    return action ? actionMarkdown(action) : undefined;
  }
  if (container.kind === 'phase' && key === 'name') {
    const phase = PHASE_NAMES.find((p) => p.name === value);
    return phase ? phaseMarkdown(phase) : undefined;
  }
  const entry = keyEntry(container, key);
  return entry?.kind === 'field' ? enumValueMarkdown(entry.fact, value) : undefined;
}
