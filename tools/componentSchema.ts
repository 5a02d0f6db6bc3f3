/**
 * The AWSTOE component document as a JSON Schema (draft-07), built from the language facts, for
 * yaml-language-server and other tools. Plain data out; `exportComponentSchema.ts` writes it.
 * Scalars stand for strings (AWSTOE reads `permissions: 0755` or `value: 8080` as text).
 */
import {
  ACTIONS, ActionFact, COMPARISON_OPERATORS, CONSTANT_KEYS, DOCUMENT_KEYS, FOREACH_LIST_KEYS, FOR_LOOP_KEYS, IF_BRANCH_KEYS, InputFact,
  KeyFact, LOGICAL_OPERATORS, LOOP_KEYS, ON_FAILURE_VALUES, PARAMETER_KEYS, PHASE_KEYS, PHASE_NAMES, STEP_ACTIONS, STEP_KEYS,
  VARIABLE_NAME_PATTERN,
} from '../server/src/service/component/facts';

type Schema = Record<string, unknown>;
type Fact = KeyFact | InputFact;

const SCALAR: Schema = { type: ['string', 'number', 'boolean'] };

export function componentDocumentSchema(): Schema {
  const definitions: Record<string, Schema> = {
    parameter: object(PARAMETER_KEYS, 'The definition of a parameter.'),
    constant: object(CONSTANT_KEYS, 'The definition of a constant.'),
    phase: phaseSchema(),
    step: stepSchema(),
    loop: loopSchema(),
    condition: conditionSchema(true),
    operand: conditionSchema(false),
  };
  for (const action of ACTIONS) definitions[`inputs.${action.name}`] = inputsSchema(action);
  const keys = Object.fromEntries(DOCUMENT_KEYS.map((k) => [k.name, field(k)]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'AWSTOE component document',
    description: 'An EC2 Image Builder component: the phases and steps AWSTOE runs on an instance. Generated from the facts of imagebuilder-language-tools (npm run export-schema).',
    type: 'object',
    required: DOCUMENT_KEYS.filter((k) => k.required).map((k) => k.name),
    additionalProperties: false,
    properties: {
      ...keys,
      schemaVersion: { description: keys.schemaVersion.description, enum: [1, '1.0'], enumDescriptions: ['1.0 written bare (YAML reads it as the number 1).', '1.0 written as a string.'] },
      parameters: variables('parameter', keys.parameters.description as string),
      constants: variables('constant', keys.constants.description as string),
      phases: { description: keys.phases.description, type: 'array', minItems: 1, items: { $ref: '#/definitions/phase' } },
    },
    definitions,
  };
}

function variables(kind: 'parameter' | 'constant', description: string): Schema {
  return {
    description,
    type: 'array',
    items: {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      propertyNames: { pattern: VARIABLE_NAME_PATTERN.source },
      additionalProperties: { $ref: `#/definitions/${kind}` },
    },
  };
}

function phaseSchema(): Schema {
  const schema = object(PHASE_KEYS, 'A phase: a name and its steps.');
  const properties = schema.properties as Record<string, Schema>;
  properties.name = { ...properties.name, type: 'string', examples: PHASE_NAMES.map((p) => p.name) };
  properties.steps = { ...properties.steps, type: 'array', minItems: 1, items: { $ref: '#/definitions/step' } };
  return schema;
}

function stepSchema(): Schema {
  const schema = object(STEP_KEYS, 'A step: one action module with its inputs.');
  const properties = schema.properties as Record<string, Schema>;
  properties.action = { description: properties.action.description, enum: ACTIONS.map((a) => a.name), enumDescriptions: ACTIONS.map((a) => `${a.summary} (${a.platforms.join(', ')})`) };
  properties.onFailure = { ...properties.onFailure, enum: ON_FAILURE_VALUES };
  properties.timeoutSeconds = { description: properties.timeoutSeconds.description, type: 'integer', default: 7200, anyOf: [{ minimum: 1 }, { enum: [-1] }] };
  properties.loop = { description: properties.loop.description, $ref: '#/definitions/loop' };
  properties.if = { description: properties.if.description, $ref: '#/definitions/condition' };
  properties.inputs = { description: properties.inputs.description };
  schema.allOf = ACTIONS.map((a) => ({
    if: { properties: { action: { const: a.name } }, required: ['action'] },
    then: { properties: { inputs: { $ref: `#/definitions/inputs.${a.name}` } }, ...(a.inputsRequired ? { required: ['inputs'] } : {}) },
  }));
  return schema;
}

function inputsSchema(action: ActionFact): Schema {
  const description = `The inputs of ${action.name}: ${action.summary}`;
  if (action.operatorInputs) return { description, $ref: '#/definitions/operand' };
  const item = object(action.inputs, description);
  if (action.exactlyOneOf) item.oneOf = action.exactlyOneOf.flatMap((group) => group.map((name) => ({ required: [name] })));
  if (action.inputsShape === 'list') return { description, type: 'array', minItems: 1, items: item };
  return item;
}

function loopSchema(): Schema {
  const schema = object(LOOP_KEYS, 'A loop: a range of numbers (for) or a list (forEach).');
  const properties = schema.properties as Record<string, Schema>;
  properties.for = { ...object(FOR_LOOP_KEYS, properties.for.description as string) };
  properties.forEach = {
    description: properties.forEach.description,
    anyOf: [{ type: 'array', items: SCALAR }, object(FOREACH_LIST_KEYS, 'A string split on a delimiter.')],
  };
  schema.oneOf = [{ required: ['for'] }, { required: ['forEach'] }];
  return schema;
}

/** A condition: one operator with its companion key; `then` / `else` only at the top of a step's `if`. */
function conditionSchema(branches: boolean): Schema {
  const properties: Record<string, Schema> = {};
  for (const o of COMPARISON_OPERATORS) properties[o.name] = { description: o.summary, ...(o.operandType === 'number' ? { type: ['number', 'string'] } : SCALAR) };
  for (const o of LOGICAL_OPERATORS) {
    const operand = { $ref: '#/definitions/operand' };
    properties[o.name] = { description: o.summary, ...(o.operands === 'list' ? { type: 'array', minItems: o.minOperands, items: operand } : { anyOf: [operand, { type: 'array', minItems: 1, maxItems: 1, items: operand }] }) };
  }
  properties.value = { description: 'The value under test, compared with the value given to the operator.', ...SCALAR };
  properties.path = { description: 'The file whose hash is compared.', type: 'string' };
  if (branches) {
    for (const b of IF_BRANCH_KEYS) properties[b.name] = { description: b.description, enum: STEP_ACTIONS.map((s) => s.name), enumDescriptions: STEP_ACTIONS.map((s) => s.description) };
  }
  const operators = [...COMPARISON_OPERATORS, ...LOGICAL_OPERATORS].map((o) => o.name);
  return {
    description: branches ? 'The condition of a step, with optional then / else.' : 'A condition: one comparison or logical operator.',
    type: 'object',
    additionalProperties: false,
    properties,
    anyOf: operators.map((name) => ({ required: [name] })),
  };
}

/** A mapping whose keys are the facts. */
function object(facts: readonly Fact[], description: string): Schema {
  return {
    description,
    type: 'object',
    additionalProperties: false,
    required: facts.filter((f) => f.required).map((f) => f.name),
    properties: Object.fromEntries(facts.map((f) => [f.name, field(f)])),
  };
}

function field(fact: Fact): Schema {
  const schema: Schema = { description: fact.description, ...typeOf(fact) };
  if (fact.enum) {
    schema.enum = [...fact.enum];
    if (fact.enumDescriptions) schema.enumDescriptions = [...fact.enumDescriptions];
    if (fact.enumCaseInsensitive) delete schema.enum;
  }
  if (fact.default !== undefined) schema.default = fact.default;
  if (fact.minimum !== undefined) schema.minimum = fact.minimum;
  if (fact.maximum !== undefined) schema.maximum = fact.maximum;
  return schema;
}

function typeOf(fact: Fact): Schema {
  switch (fact.type) {
    case 'string': return fact.enum ? { type: 'string' } : SCALAR;
    case 'scalar': return SCALAR;
    case 'integer': return { type: 'integer' };
    case 'number': return { type: 'number' };
    case 'boolean': return { type: 'boolean' };
    case 'string-list': return { type: 'array', items: SCALAR };
    case 'list': return 'items' in fact && fact.items ? { type: 'array', items: object(fact.items, `An item of ${fact.name}.`) } : { type: 'array' };
    case 'map': return { type: 'object' };
    case 'string-map': return { type: 'object', additionalProperties: SCALAR };
    case 'string-or-list':
    case 'scalar-or-list': return { anyOf: [SCALAR, { type: 'array', items: SCALAR }] };
    default: return {};
  }
}
