import { Analysis, memoize } from '../../analysis';
import { forEachDuplicateKey } from '../../ast/keys';
import { ObjectNode, PropertyNode, ValueNode, endOf } from '../../ast/types';
import { RawExpression, scanExpressions } from './expressionScan';
import { componentSymbols } from './symbols';
import { ComponentSymbols, ExpressionPlace, ExpressionRecord, StepSymbol } from './types';

/** What one walk over the whole document finds: expressions (by step), duplicate keys, unquoted `{{`. */
export interface DocumentIndex {
  /** Every `{{ … }}` in the inputs, loops and conditions of steps, in document order. */
  readonly expressions: readonly ExpressionRecord[];
  readonly duplicateKeys: ReadonlyArray<{ readonly property: PropertyNode; readonly first: PropertyNode }>;
  /** Plain values starting with `{{`, which YAML reads as a flow mapping. */
  readonly unquoted: readonly ObjectNode[];
}

const PLACES = new Set<string>(['inputs', 'loop', 'if']);

/** The index of the document (memoised per version): one linear walk. */
export function documentIndex(analysis: Analysis): DocumentIndex {
  return memoize(analysis, 'component.index', () => buildIndex(analysis.parsed.text, analysis.parsed.root, componentSymbols(analysis)));
}

/** A flow mapping that is really an unquoted `{{ … }}` value. */
export function isUnquotedExpression(text: string, node: ValueNode): boolean {
  return node.type === 'object' && node.flow && text.startsWith('{{', node.offset);
}

function buildIndex(text: string, root: ValueNode | undefined, symbols: ComponentSymbols): DocumentIndex {
  const index = { expressions: [] as ExpressionRecord[], duplicateKeys: [] as Array<{ property: PropertyNode; first: PropertyNode }>, unquoted: [] as ObjectNode[] };
  // The callbacks are made once, not per node: they were a good part of what an edit allocated.
  let currentStep: StepSymbol | undefined;
  let currentPlace: ExpressionPlace | undefined;
  const add = (e: RawExpression) => index.expressions.push({ offset: e.offset, end: e.end, text: e.text, textOffset: e.textOffset, step: currentStep, place: currentPlace });
  const record = (from: number, to: number, step: StepSymbol | undefined, place: ExpressionPlace | undefined) => {
    currentStep = step;
    currentPlace = place;
    scanExpressions(text, from, to, add);
  };
  const duplicate = (property: PropertyNode, first: PropertyNode) => index.duplicateKeys.push({ property, first });
  const walk = (node: ValueNode, step: StepSymbol | undefined, place: ExpressionPlace | undefined): void => {
    if (node.type === 'object') {
      if (isUnquotedExpression(text, node)) {
        index.unquoted.push(node as ObjectNode);
        if (place) record(node.offset, endOf(node), step, place);
        return;
      }
      forEachDuplicateKey(node, duplicate);
      const ownStep = place ? undefined : symbols.stepByNode.get(node);
      for (const property of node.properties) {
        if (!property.valueNode) continue;
        const key = property.keyNode.value;
        if (ownStep) walk(property.valueNode, ownStep, PLACES.has(key) ? (key as ExpressionPlace) : undefined);
        else walk(property.valueNode, step, place);
      }
    } else if (node.type === 'array') {
      for (const item of node.items) walk(item, step, place);
    } else if (node.type === 'string' && place) {
      record(node.offset, endOf(node), step, place);
    }
  };
  if (root) walk(root, undefined, undefined);
  return index;
}
