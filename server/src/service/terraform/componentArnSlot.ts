import { Analysis } from '../analysis';
import { getProperty } from '../ast/navigate';
import { lineStart } from '../edits/propertyEdits';
import { ComponentArnSlot } from '../workspace/arnCompletion';
import { blockAt, TERRAFORM_RECIPE_TYPES } from './blocks';
import { TfResourceSchema } from './schemaTypes';

/** `    component_arn = "arn:aws:imageb` being typed: the open quote (if any) and the ARN's characters before the cursor. */
const ARN_LINE = /^[ \t]*component_arn[ \t]*=[ \t]*("?)([\w.:\-/]*)$/;

/**
 * The `component_arn` of a recipe's `component { … }` block being typed (a `dynamic "component"`'s `content`
 * too: `schemaOf` tells `blockAt` what a `dynamic` block stands for). In a string the ARN replaces its
 * contents only (the quotes stay); with no string yet, it is inserted as one. A string with a `${…}` before
 * the cursor is left alone (the ARN would drop it).
 */
export function terraformComponentArnAt(analysis: Analysis, offset: number, schemaOf: (type: string) => TfResourceSchema | undefined): ComponentArnSlot | undefined {
  const { text, root } = analysis.parsed;
  const line = ARN_LINE.exec(text.slice(lineStart(text, offset), offset));
  if (!line) return undefined;
  const position = blockAt(root?.type === 'object' ? root : undefined, offset, text, schemaOf);
  if (!position?.resource.body || !TERRAFORM_RECIPE_TYPES.has(position.resource.type) || position.path.join('.') !== 'component') return undefined;
  const [, quote, typed] = line;
  let end = offset;
  while (end < text.length && /[\w.:\-/]/.test(text[end])) end++;
  const write = quote ? (arn: string) => arn : (arn: string) => `"${arn}"`;
  return {
    replace: { offset: offset - typed.length, length: end - offset + typed.length },
    write,
    filter: (arn) => arn,
    parentImage: getProperty(position.resource.body, 'parent_image')?.valueNode,
  };
}
