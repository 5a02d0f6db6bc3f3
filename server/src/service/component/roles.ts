import { getValue, nodeAtPath } from '../ast/navigate';
import { JsonPath, ObjectNode, ValueNode } from '../ast/types';
import { ActionFact, InputFact, getAction } from './facts';

/**
 * What a mapping of a component document is, from its path: the one locator completion and hover
 * share (the component counterpart of `schema/locate.ts`). O(depth) over the path.
 */
export type Container =
  | { readonly kind: 'document' }
  | { readonly kind: 'variable'; readonly section: 'parameter' | 'constant' }
  | { readonly kind: 'phase' }
  | { readonly kind: 'step'; readonly action: ActionFact | undefined }
  /** The inputs mapping of a map module, or one item of a list module. */
  | { readonly kind: 'inputs'; readonly action: ActionFact }
  /** Directly under `inputs:` of a list module, before any item. */
  | { readonly kind: 'input-list'; readonly action: ActionFact }
  /** One item of a list input with known keys (ExecuteDocument `parameters`). */
  | { readonly kind: 'input-items'; readonly action: ActionFact; readonly input: InputFact }
  | { readonly kind: 'condition'; readonly branches: boolean; readonly node: ObjectNode | undefined }
  | { readonly kind: 'loop' }
  | { readonly kind: 'for' }
  | { readonly kind: 'forEach' };

export function containerAt(root: ValueNode | undefined, path: JsonPath): Container | undefined {
  const [head, index, third] = path;
  if (path.length === 0) return { kind: 'document' };
  if ((head === 'parameters' || head === 'constants') && path.length === 3 && typeof index === 'number') {
    return { kind: 'variable', section: head === 'parameters' ? 'parameter' : 'constant' };
  }
  if (head !== 'phases' || typeof index !== 'number') return undefined;
  if (path.length === 2) return { kind: 'phase' };
  if (third !== 'steps' || typeof path[3] !== 'number') return undefined;
  const stepPath = path.slice(0, 4);
  const stepNode = nodeAtPath(root, stepPath);
  const actionNode = stepNode?.type === 'object' ? getValue(stepNode, 'action') : undefined;
  const action = actionNode?.type === 'string' ? getAction(actionNode.value) : undefined;
  if (path.length === 4) return { kind: 'step', action };
  return inStep(root, path, path.slice(4), action);
}

function inStep(root: ValueNode | undefined, path: JsonPath, rest: JsonPath, action: ActionFact | undefined): Container | undefined {
  const [key, ...more] = rest;
  if (key === 'loop') {
    if (more.length === 0) return { kind: 'loop' };
    if (more.length === 1 && (more[0] === 'for' || more[0] === 'forEach')) return { kind: more[0] };
    return undefined;
  }
  if (key === 'if') return conditionAt(root, path, more, true);
  if (key !== 'inputs' || !action) return undefined;
  if (action.operatorInputs) return conditionAt(root, path, more, false);
  const list = action.inputsShape === 'list';
  if (more.length === 0) return list ? { kind: 'input-list', action } : { kind: 'inputs', action };
  const afterItem = list && typeof more[0] === 'number' ? more.slice(1) : more;
  if (afterItem.length === 0) return { kind: 'inputs', action };
  const input = action.inputs.find((i) => i.name === afterItem[0]);
  if (input?.items && afterItem.length === 2 && typeof afterItem[1] === 'number') return { kind: 'input-items', action, input };
  return undefined;
}

/** A condition, or a condition inside `and` / `or` (list items) or `not` (a mapping or a one-item list). */
function conditionAt(root: ValueNode | undefined, path: JsonPath, rest: JsonPath, top: boolean): Container | undefined {
  let branches = top;
  for (let i = 0; i < rest.length; i++) {
    const segment = rest[i];
    if (segment === 'and' || segment === 'or') {
      if (typeof rest[i + 1] !== 'number') return undefined;
      i++;
    } else if (segment === 'not') {
      if (typeof rest[i + 1] === 'number') i++;
    } else {
      return undefined;
    }
    branches = false;
  }
  const node = nodeAtPath(root, path);
  return { kind: 'condition', branches, node: node?.type === 'object' ? node : undefined };
}
