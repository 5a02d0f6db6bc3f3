import { getProperty } from '../../ast/navigate';
import { isOpaque, ObjectNode, PropertyNode, ValueNode } from '../../ast/types';
import { RuleContext } from './types';

/** A value that is there but cannot be known (an opaque value): a rule that needs it stays silent. */
export const UNKNOWN = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

/** An object's fields by meaning, spelled as its host spells them. */
export interface Fields {
  readonly object: ObjectNode;
  /** The property for `meaning`, whatever its value. */
  property(meaning: string): PropertyNode | undefined;
  /** Its value: undefined when absent (or valueless), UNKNOWN when opaque. */
  value(meaning: string): ValueNode | Unknown | undefined;
  /** Its string value: undefined when absent or not a string, UNKNOWN when opaque. */
  string(meaning: string): string | Unknown | undefined;
}

export function fieldsOf(object: ObjectNode, context: RuleContext): Fields {
  const property = (meaning: string) => getProperty(object, context.host.key(meaning));
  const value = (meaning: string): ValueNode | Unknown | undefined => {
    const node = property(meaning)?.valueNode;
    return node && isOpaque(node) ? UNKNOWN : node;
  };
  return {
    object,
    property,
    value,
    string(meaning) {
      const node = value(meaning);
      return node === UNKNOWN ? UNKNOWN : node?.type === 'string' ? node.value : undefined;
    },
  };
}
