import { Analysis } from '../analysis';
import { getValue, stringValue } from '../ast/navigate';
import { StringNode, ValueNode } from '../ast/types';
import { didYouMean } from '../util/didYouMean';
import { Problem } from '../validation/problem';
import { componentSymbols } from './model/symbols';

/** A parameter a component declares (`parameters: - Name: { type, default, description }`). */
export interface DeclaredParameter {
  readonly name: string;
  readonly type?: string;
  /** Whether the declaration gives a `default` (a parameter without one must be passed). */
  readonly hasDefault: boolean;
  /** The default as text, for hover. */
  readonly default?: string;
  readonly description?: string;
}

/** A declared parameter with its name's node in the component's document. */
export interface ParameterDeclaration extends DeclaredParameter {
  readonly keyNode: StringNode;
}

/** The parameters a component document declares, in order, from its symbol table. */
export function parameterDeclarations(analysis: Analysis): ParameterDeclaration[] {
  const result: ParameterDeclaration[] = [];
  for (const variable of componentSymbols(analysis).variables) {
    if (variable.kind !== 'parameter') continue;
    const definition = variable.definition;
    const defaultNode = definition ? getValue(definition, 'default') : undefined;
    result.push({
      name: variable.name,
      type: definition ? stringValue(definition, 'type') : undefined,
      hasDefault: defaultNode !== undefined,
      default: defaultNode ? scalarText(defaultNode) : undefined,
      description: definition ? stringValue(definition, 'description') : undefined,
      keyNode: variable.keyNode,
    });
  }
  return result;
}

/** Hover of a parameter a recipe passes: the declaration's type, default (or required) and description; `owner` names the component. */
export function parameterMarkdown(declared: DeclaredParameter, owner: string): string {
  const lines = [`**${declared.name}**${declared.type ? ` · \`${declared.type}\`` : ''} · ${declared.hasDefault ? `default \`${declared.default ?? ''}\`` : 'required (no default)'} — parameter of ${owner}`];
  if (declared.description) lines.push('', declared.description);
  return lines.join('\n');
}

function scalarText(node: ValueNode): string | undefined {
  switch (node.type) {
    case 'string': return node.value;
    case 'number': return node.source;
    case 'boolean': return String(node.value);
    case 'null': return 'null';
    default: return undefined;
  }
}

/** A parameter a recipe passes, where its name is written in the recipe's document. */
export interface PassedParameter {
  readonly name: string;
  /** The name's node (quotes included), where an `undefined-parameter` is reported. */
  readonly offset: number;
  readonly length: number;
  /** The name's text without quotes: what the "did you mean" fix replaces. */
  readonly nameOffset: number;
  readonly nameLength: number;
}

export interface ParameterCheck {
  /** How messages name the component, e.g. `component 'hello-world' (components/hello.yaml)`. */
  readonly component: string;
  /** Where a `missing-parameter` is reported (the component's reference in the recipe). */
  readonly offset: number;
  readonly length: number;
}

/**
 * The one comparison of what a component declares with what a recipe passes: every passed name the
 * component does not declare is `undefined-parameter` (with the closest declared name and a quick fix),
 * every declared name without a default that is not passed is `missing-parameter`. Pure: the caller
 * gives the declarations (from a workspace summary or a template's own component) and the passed names
 * with their offsets in the recipe's document. Names are compared exactly, as AWSTOE does.
 */
export function checkComponentParameters(declared: readonly DeclaredParameter[], passed: readonly PassedParameter[], check: ParameterCheck): Problem[] {
  const problems: Problem[] = [];
  const declaredNames = new Set(declared.map((d) => d.name));
  const passedNames = new Set(passed.map((p) => p.name));
  for (const parameter of passed) {
    if (declaredNames.has(parameter.name)) continue;
    const closest = didYouMean(parameter.name, [...declaredNames].filter((n) => !passedNames.has(n)));
    const known = declared.length === 0 ? 'it declares no parameters' : `it declares ${declared.map((d) => `'${d.name}'`).join(', ')}`;
    problems.push({
      offset: parameter.offset,
      length: parameter.length,
      code: 'undefined-parameter',
      message: `${capitalised(check.component)} has no parameter '${parameter.name}'${closest ? `: did you mean '${closest}'?` : ''} (${known}).`,
      fixes: closest ? [{ title: `Change to '${closest}'`, preferred: true, edits: [{ offset: parameter.nameOffset, length: parameter.nameLength, newText: closest }] }] : undefined,
    });
  }
  for (const parameter of declared) {
    if (parameter.hasDefault || passedNames.has(parameter.name)) continue;
    problems.push({
      offset: check.offset,
      length: check.length,
      code: 'missing-parameter',
      message: `${capitalised(check.component)} needs parameter '${parameter.name}'${parameter.type ? ` (${parameter.type})` : ''}: it has no default, so the build fails without it.`,
    });
  }
  return problems;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
