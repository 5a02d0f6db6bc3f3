import {
  ACTIONS, ActionFact, CONSTANT_KEYS, DOCUMENT_KEYS, InputFact, KeyFact, LOOP_KEYS, ON_FAILURE_VALUES, PARAMETER_KEYS, PHASE_KEYS, STEP_KEYS, ValueType,
} from '../../server/src/service/component/facts';

/**
 * A JSON Schema (draft-07) of the AWSTOE component document, built from the action facts, for
 * yaml-language-server to use while `schemas/component-document.schema.json` is not exported yet.
 * It is what a careful hand-written schema would be: per-action `inputs` through `if`/`then`.
 */
export type Schema = Record<string, unknown>;

export function componentDocumentSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'AWSTOE component document',
    type: 'object',
    required: DOCUMENT_KEYS.filter((k) => k.required).map((k) => k.name),
    additionalProperties: false,
    properties: {
      ...keyProperties(DOCUMENT_KEYS.filter((k) => !['parameters', 'constants', 'phases', 'schemaVersion'].includes(k.name))),
      schemaVersion: { description: keyOf(DOCUMENT_KEYS, 'schemaVersion').description, type: ['string', 'number'], enum: ['1.0', 1] },
      parameters: { description: keyOf(DOCUMENT_KEYS, 'parameters').description, type: 'array', items: oneKeyMap('#/definitions/parameter') },
      constants: { description: keyOf(DOCUMENT_KEYS, 'constants').description, type: 'array', items: oneKeyMap('#/definitions/constant') },
      phases: { description: keyOf(DOCUMENT_KEYS, 'phases').description, type: 'array', minItems: 1, items: { $ref: '#/definitions/phase' } },
    },
    definitions: {
      parameter: objectOf(PARAMETER_KEYS),
      constant: objectOf(CONSTANT_KEYS),
      phase: {
        ...objectOf(PHASE_KEYS.filter((k) => k.name !== 'steps')),
        properties: {
          ...keyProperties(PHASE_KEYS.filter((k) => k.name !== 'steps')),
          steps: { description: keyOf(PHASE_KEYS, 'steps').description, type: 'array', items: { $ref: '#/definitions/step' } },
        },
        required: ['name', 'steps'],
      },
      step: {
        ...objectOf(STEP_KEYS.filter((k) => !['action', 'loop', 'onFailure'].includes(k.name))),
        properties: {
          ...keyProperties(STEP_KEYS.filter((k) => !['action', 'loop', 'onFailure'].includes(k.name))),
          action: {
            description: keyOf(STEP_KEYS, 'action').description,
            type: 'string',
            enum: ACTIONS.map((a) => a.name),
            enumDescriptions: ACTIONS.map((a) => a.summary),
          },
          onFailure: { description: keyOf(STEP_KEYS, 'onFailure').description, type: 'string', enum: [...ON_FAILURE_VALUES] },
          loop: objectOf(LOOP_KEYS),
        },
        required: ['name', 'action'],
        allOf: ACTIONS.map((action) => ({
          if: { properties: { action: { const: action.name } }, required: ['action'] },
          then: { properties: { inputs: inputsSchema(action) }, ...(action.inputsRequired ? { required: ['inputs'] } : {}) },
        })),
      },
    },
  };
}

function keyOf(keys: readonly KeyFact[], name: string): KeyFact {
  const key = keys.find((k) => k.name === name);
  if (!key) throw new Error(`component schema: no key '${name}' in the facts`);
  return key;
}

function oneKeyMap(ref: string): Schema {
  return { type: 'object', minProperties: 1, maxProperties: 1, additionalProperties: { $ref: ref } };
}

function objectOf(keys: readonly KeyFact[]): Schema {
  return { type: 'object', additionalProperties: false, properties: keyProperties(keys), required: keys.filter((k) => k.required).map((k) => k.name) };
}

function keyProperties(keys: readonly (KeyFact | InputFact)[]): Record<string, Schema> {
  const properties: Record<string, Schema> = {};
  for (const key of keys) {
    const enumPart = key.enum ? { enum: [...key.enum], ...(key.enumDescriptions ? { enumDescriptions: [...key.enumDescriptions] } : {}) } : {};
    const items = 'items' in key && key.items ? key.items : undefined;
    properties[key.name] = { description: key.description, ...typeSchema(key.type, items), ...enumPart };
  }
  return properties;
}

function typeSchema(type: ValueType, items: readonly InputFact[] | undefined): Schema {
  switch (type) {
    case 'string': return { type: 'string' };
    case 'integer': return { type: 'integer' };
    case 'number': return { type: 'number' };
    case 'boolean': return { type: 'boolean' };
    case 'string-list': return { type: 'array', items: { type: 'string' } };
    case 'list': return { type: 'array', items: items ? objectOfInputs(items) : {} };
    case 'map': return items ? objectOfInputs(items) : { type: 'object' };
    case 'string-map': return { type: 'object', additionalProperties: { type: 'string' } };
    case 'string-or-list': return { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
    case 'scalar': return { type: ['string', 'number', 'boolean'] };
    case 'scalar-or-list': return { anyOf: [{ type: ['string', 'number', 'boolean'] }, { type: 'array' }] };
    case 'expression': return { type: 'object' };
    default: return {};
  }
}

function objectOfInputs(inputs: readonly InputFact[]): Schema {
  return { type: 'object', additionalProperties: false, properties: keyProperties(inputs), required: inputs.filter((i) => i.required).map((i) => i.name) };
}

function inputsSchema(action: ActionFact): Schema {
  const description = `Inputs of ${action.name}: ${action.summary}`;
  if (action.operatorInputs) return { description, type: 'object' };
  const single = objectOfInputs(action.inputs);
  switch (action.inputsShape) {
    case 'map': return { description, ...single };
    case 'list': return { description, type: 'array', items: single };
    case 'map-or-list': return { description, anyOf: [single, { type: 'array', items: single }] };
    default: return { description };
  }
}
