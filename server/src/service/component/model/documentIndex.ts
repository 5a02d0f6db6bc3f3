import { Analysis, memoize } from '../../analysis';
import { ObjectNode, PropertyNode, ValueNode, endOf } from '../../ast/types';
import { scanExpressions } from './expressionScan';
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
  const record = (from: number, to: number, step: StepSymbol | undefined, place: ExpressionPlace | undefined) => {
    scanExpressions(text, from, to, (e) => index.expressions.push({ ...e, step, place }));
  };
  const walk = (node: ValueNode, step: StepSymbol | undefined, place: ExpressionPlace | undefined): void => {
    if (node.type === 'object') {
      if (isUnquotedExpression(text, node)) {
        index.unquoted.push(node as ObjectNode);
        if (place) record(node.offset, endOf(node), step, place);
        return;
      }
      checkDuplicates(node, index.duplicateKeys);
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

function checkDuplicates(node: ObjectNode, out: Array<{ property: PropertyNode; first: PropertyNode }>): void {
  if (node.properties.length < 2) return;
  const seen = new Map<string, PropertyNode>();
  for (const property of node.properties) {
    const key = property.keyNode.value;
    const first = seen.get(key);
    if (first) out.push({ property, first });
    else seen.set(key, property);
  }
}
