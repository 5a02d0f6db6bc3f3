import { Analysis } from '../analysis';
import { ParameterNameSlot } from '../component/parameterNameCompletion';
import { blockAt, TERRAFORM_RECIPE_TYPES } from './blocks';

/** `    name = "Gre` being typed: the open quote (if any) and the name's characters before the cursor. */
const NAME_LINE = /^[ \t]*name[ \t]*=[ \t]*("?)([\w.:\-/]*)$/;

/**
 * The `name` of a recipe's `component { parameter { name = "…" } }` being typed: the slot its completion
 * fills, the whole string replaced (quotes included), a name inserted as an HCL string.
 */
export function terraformParameterNameAt(analysis: Analysis, offset: number): ParameterNameSlot | undefined {
  const { text, root } = analysis.parsed;
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  const line = NAME_LINE.exec(text.slice(start, offset));
  if (!line) return undefined;
  const position = blockAt(root?.type === 'object' ? root : undefined, offset, text, () => undefined);
  if (!position || !TERRAFORM_RECIPE_TYPES.has(position.resource.type) || position.path.join('.') !== 'component.parameter') return undefined;
  const [, quote, typed] = line;
  let end = offset;
  while (end < text.length && /[\w.:\-/]/.test(text[end])) end++;
  if (quote && text[end] === '"') end++;
  const from = offset - typed.length - quote.length;
  return { offset, replace: { offset: from, length: end - from }, write: (name) => JSON.stringify(name), filter: (name) => `${quote}${name}` };
}
