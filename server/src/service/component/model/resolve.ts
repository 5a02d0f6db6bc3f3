import { didYouMean } from '../../util/didYouMean';
import { IMAGE_BUILDER_ENVIRONMENT_VARIABLES, RESERVED_PREFIXES } from '../facts';
import { ParsedExpression, Segment } from './expressionParse';
import { resolveChain } from './resolveChain';
import { Link, ReferenceContext, Resolution } from './resolveTypes';
import { LoopSymbol } from './types';

/** Resolves a parsed expression where it is read. Never throws; `foreign` expressions resolve to nothing. */
export function resolveExpression(expression: ParsedExpression, context: ReferenceContext): Resolution {
  switch (expression.form) {
    case 'foreign':
      return { links: [] };
    case 'prefixed':
      return resolvePrefixed(expression);
    case 'path':
      return resolvePath(expression.segments, context);
  }
}

function resolvePrefixed(expression: Extract<ParsedExpression, { form: 'prefixed' }>): Resolution {
  const fact = RESERVED_PREFIXES.find((p) => p.prefix === expression.prefix);
  const length = expression.prefix.length;
  if (!fact) {
    const suggestion = didYouMean(expression.prefix, RESERVED_PREFIXES.map((p) => p.prefix)) ?? (expression.prefix === 'ssm:' ? 'aws:ssm:' : undefined);
    const known = RESERVED_PREFIXES.map((p) => `'${p.prefix}'`).join(', ');
    return {
      links: [],
      problem: {
        code: 'invalid-reference', offset: expression.prefixOffset, length,
        message: `'${expression.prefix}' is not a prefix component documents know (${known}).${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
        suggestion,
      },
    };
  }
  const keys = fact.keys ?? (fact.prefix === 'env:' ? IMAGE_BUILDER_ENVIRONMENT_VARIABLES : undefined);
  const keyFact = keys?.find((k) => k.name === expression.key);
  if (fact.keys && !keyFact) {
    const suggestion = didYouMean(expression.key, fact.keys.map((k) => k.name));
    return {
      links: [],
      problem: {
        code: 'invalid-reference', offset: expression.keyOffset, length: expression.key.length,
        message: `'${expression.key}' is not a ${fact.prefix} variable.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
        suggestion,
      },
    };
  }
  return { links: [], target: { kind: 'prefixed', fact, key: expression.key, keyDescription: keyFact?.description } };
}

function resolvePath(segments: readonly Segment[], context: ReferenceContext): Resolution {
  if (segments.length === 1) return resolveVariable(segments[0], context);
  if (segments.length === 2) return resolveLoopVariable(segments, context);
  return resolveChain(segments, context);
}

function resolveVariable(segment: Segment, context: ReferenceContext): Resolution {
  const name = segment.text;
  const definitions = context.symbols.variablesByName.get(name);
  const range = { offset: segment.offset, length: name.length };
  if (definitions && !segment.index) {
    return { target: { kind: 'variable', name, definitions }, links: [{ ...range, symbol: { kind: 'variable', name } }] };
  }
  if (name === 'loop') {
    return { links: [], problem: { code: 'invalid-reference', ...range, message: "'loop' alone is not a value: write loop.index or loop.value." } };
  }
  const suggestion = didYouMean(name, context.symbols.variablesByName.keys());
  return {
    links: [],
    problem: {
      code: 'undefined-reference', ...range, suggestion,
      message: `'${name}' is not a parameter or constant of this document.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
    },
  };
}

function resolveLoopVariable(segments: readonly Segment[], context: ReferenceContext): Resolution {
  const [first, property] = segments;
  const named = first.text !== 'loop';
  const loop = named ? findLoop(first.text, context) : context.step?.loop;
  const firstRange = { offset: first.offset, length: first.text.length };
  if (named && !loop) {
    if (context.symbols.phasesByName.has(first.text)) {
      return { links: [], problem: { code: 'invalid-reference', ...firstRange, length: property.offset + property.text.length - first.offset, message: `'${first.text}.${property.text}' is not a complete chaining reference: write ${first.text}.${property.text}.outputs.<name> or ${first.text}.${property.text}.inputs.<name>.` } };
    }
    return { links: [], problem: { code: 'undefined-reference', ...firstRange, message: `There is no loop named '${first.text}' in this phase.` } };
  }
  const links: Link[] = loop && named ? [{ ...firstRange, symbol: { kind: 'loop', loop } }] : [];
  const where = named ? `'${first.text}'` : 'loop';
  if (!loop || loop.step !== context.step || context.place !== 'inputs') {
    const message = named && loop
      ? `'${first.text}.${property.text}' can only be used in the inputs of step '${loop.step.name ?? '?'}', which declares the loop.`
      : `'loop.${property.text}' can only be used in the inputs of a step that has a loop.`;
    return { links, problem: { code: 'invalid-reference', offset: first.offset, length: property.offset + property.text.length - first.offset, message } };
  }
  if (property.text !== 'index' && property.text !== 'value') {
    const suggestion = didYouMean(property.text, ['index', 'value']);
    return { links, problem: { code: 'invalid-reference', offset: property.offset, length: property.text.length, suggestion, message: `A loop gives only ${where}.index and ${where}.value.${suggestion ? ` Did you mean '${suggestion}'?` : ''}` } };
  }
  return { links, target: { kind: 'loop', loop, property: property.text, named } };
}

/** The loop called `name` among the loops of the current phase (the current step's first). */
function findLoop(name: string, context: ReferenceContext): LoopSymbol | undefined {
  const step = context.step;
  if (!step) return undefined;
  if (step.loop?.name === name) return step.loop;
  return step.phase.loopsByName.get(name);
}
