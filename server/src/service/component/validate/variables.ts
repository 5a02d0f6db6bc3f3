import { getValue } from '../../ast/navigate';
import { ObjectNode, PropertyNode, StringNode } from '../../ast/types';
import { isTemplated } from '../../validation/formats';
import { CONSTANT_KEYS, PARAMETER_KEYS, VARIABLE_NAME_PATTERN } from '../facts';
import { checkFields, describeNodeType, isScalar } from './fields';
import { Reporter } from './reporter';

type Kind = 'parameter' | 'constant';

/** `parameters` and `constants`: one-key mappings, names unique across both, definitions checked. */
export function validateVariables(root: ObjectNode, r: Reporter): void {
  const seen = new Map<string, { node: StringNode; kind: Kind }>();
  for (const [section, kind] of [['parameters', 'parameter'], ['constants', 'constant']] as const) {
    const list = getValue(root, section);
    if (list?.type !== 'array') continue;
    for (const item of list.items) {
      if (item.type !== 'object' || item.flow && item.properties.length === 0) {
        r.add(item, 'invalid-type', `Each ${kind} is a one-key mapping: \`- <Name>:\` with its definition below; found ${describeNodeType(item)}.`);
        continue;
      }
      if (item.properties.length > 1 && item.properties.some((p) => p.keyNode.value === 'type')) {
        r.add(item, 'invalid-type', `Each ${kind} is a one-key mapping: \`- <Name>:\` with \`type\` and the rest indented below it.`);
        continue;
      }
      for (const property of item.properties) validateVariable(property, kind, seen, r);
    }
  }
}

function validateVariable(property: PropertyNode, kind: Kind, seen: Map<string, { node: StringNode; kind: Kind }>, r: Reporter): void {
  const keyNode = property.keyNode;
  const name = keyNode.value;
  if (!VARIABLE_NAME_PATTERN.test(name) && !isTemplated(name)) {
    r.add(keyNode, 'invalid-value', `'${name}' is not a valid ${kind} name: use 3 to 128 letters, digits, '-' or '_'.`);
  }
  const first = seen.get(name);
  if (first) {
    const message = first.kind === kind
      ? `${capital(kind)} '${name}' is already defined.`
      : `'${name}' is already defined as a ${first.kind}: a name can be a parameter or a constant, not both.`;
    r.add(keyNode, 'duplicate-name', message, { related: [{ offset: first.node.offset, length: first.node.length, message: 'first defined here' }] });
  } else {
    seen.set(name, { node: keyNode, kind });
  }
  const definition = property.valueNode;
  if (definition?.type !== 'object') {
    r.add(definition ?? keyNode, 'invalid-type', `${capital(kind)} '${name}' needs a definition mapping with 'type'${kind === 'constant' ? " and 'value'" : ''}.`);
    return;
  }
  checkFields(definition, kind === 'parameter' ? PARAMETER_KEYS : CONSTANT_KEYS, `a ${kind} definition`, r);
  if (kind === 'parameter') checkAllowedValues(definition, r);
}

/** A default outside `allowedValues` could never be accepted. */
function checkAllowedValues(definition: ObjectNode, r: Reporter): void {
  const allowed = getValue(definition, 'allowedValues');
  const fallback = getValue(definition, 'default');
  if (allowed?.type !== 'array' || !fallback || !isScalar(fallback)) return;
  const values = allowed.items.filter(isScalar).map((i) => String(i.value));
  const value = String(fallback.value);
  if (values.includes(value) || isTemplated(value)) return;
  r.add(fallback, 'invalid-value', `The default '${value}' is not one of the allowedValues (${values.map((v) => `'${v}'`).join(', ')}).`);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
