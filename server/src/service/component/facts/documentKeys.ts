/**
 * Keys of an AWSTOE component document and the forms AWSTOE understands inside `{{ ... }}`:
 * top-level keys, parameter and constant definitions, phases, steps, loops, built-in loop variables,
 * chaining references and the reserved variable prefixes.
 *
 * Source: the AWSTOE "component document framework", "variables", "looping constructs" and
 * "conditional constructs" pages. Descriptions are our own words.
 */
import { KeyFact, PhaseNameFact } from './types';

// ---------------------------------------------------------------------------------------------
// Top level
// ---------------------------------------------------------------------------------------------

export const DOCUMENT_KEYS: readonly KeyFact[] = [
  { name: 'name', type: 'string', required: false, description: 'A name for the document, for people and logs.' },
  {
    name: 'description',
    type: 'string',
    required: false,
    description: 'What the component does, for people and logs.',
  },
  {
    name: 'schemaVersion',
    type: 'string',
    required: true,
    enum: ['1.0'],
    enumDescriptions: ['The only component document schema version.'],
    acceptedScalarTypes: ['string', 'number'],
    description: 'Version of the document schema. Write `1.0`, bare (a YAML number) or quoted.',
    notes: 'A bare `1.0` is read as the number 1 by YAML parsers; AWSTOE accepts both spellings.',
  },
  {
    name: 'parameters',
    type: 'list',
    required: false,
    description:
      'Inputs the caller may set at run time. Each item is a one-key mapping: the parameter name, ' +
      'mapped to its definition (`type`, `default`, `description`).',
  },
  {
    name: 'constants',
    type: 'list',
    required: false,
    description:
      'Fixed named values. Each item is a one-key mapping: the constant name, mapped to its definition ' +
      '(`type`, `value`).',
  },
  {
    name: 'phases',
    type: 'list',
    required: true,
    description:
      'The phases of the component, each `{ name, steps }`. Phases run in the order written here, ' +
      'whatever order a caller asks for.',
  },
];

/**
 * Names of parameters and constants: 3 to 128 letters, digits, dashes or underscores, unique across
 * both sections, and written as a YAML string.
 */
export const VARIABLE_NAME_PATTERN = /^[A-Za-z0-9_-]{3,128}$/;

/** Keys of a parameter definition (`parameters: - <Name>: { ... }`). */
export const PARAMETER_KEYS: readonly KeyFact[] = [
  {
    name: 'type',
    type: 'string',
    required: true,
    enum: ['string'],
    enumDescriptions: ['A text value; the only parameter type.'],
    enumCaseInsensitive: true,
    description: 'Data type of the parameter.',
    notes: 'AWS-published samples write `String`; Image Builder accepts it, so letter case is not checked.',
  },
  {
    name: 'default',
    type: 'scalar',
    required: false,
    description:
      'Value used when the caller does not set the parameter. Without a default the caller must supply one.',
  },
  { name: 'description', type: 'string', required: false, description: 'What the parameter is for.' },
  {
    name: 'allowedValues',
    type: 'string-list',
    required: false,
    description: 'The only values the caller may give (the default, if any, must be one of them).',
    notes:
      'Not in the AWSTOE reference, but used by an AWS-published sample (the AL2023 attestable-image ' +
      'template) that Image Builder accepts; we accept it and check the default against it.',
  },
];

/** Keys of a constant definition (`constants: - <Name>: { ... }`). */
export const CONSTANT_KEYS: readonly KeyFact[] = [
  {
    name: 'type',
    type: 'string',
    required: true,
    enum: ['string'],
    enumDescriptions: ['A text value; the only constant type.'],
    enumCaseInsensitive: true,
    description: 'Data type of the constant.',
    notes: 'AWS-published samples write `String`; Image Builder accepts it, so letter case is not checked.',
  },
  { name: 'value', type: 'scalar', required: true, description: 'The value; it cannot be overridden at run time.' },
];

// ---------------------------------------------------------------------------------------------
// Phases
// ---------------------------------------------------------------------------------------------

export const PHASE_KEYS: readonly KeyFact[] = [
  {
    name: 'name',
    type: 'string',
    required: true,
    description: 'Name of the phase, unique in the document. Image Builder runs only the phase names it knows.',
  },
  { name: 'steps', type: 'list', required: true, description: 'The steps of the phase, run one after another.' },
];

/** Phase names that Image Builder runs, and the stage of the image build that runs each one. */
export const PHASE_NAMES: readonly PhaseNameFact[] = [
  {
    name: 'build',
    stage: 'build',
    description:
      'Changes the build instance (install software, configure the system). Runs in the build stage, ' +
      'before the image snapshot is taken.',
  },
  {
    name: 'validate',
    stage: 'build',
    description:
      'Checks the changes made by `build` on the same build instance. Runs in the build stage, after ' +
      'every component\'s build phase and before the snapshot.',
  },
  {
    name: 'test',
    stage: 'test',
    description:
      'Checks an instance started from the new image (or the new container image). Runs in the test ' +
      'stage, after the snapshot.',
  },
  {
    name: 'container-host-test',
    stage: 'test',
    description:
      'For container recipes: checks run on the instance that hosts the container rather than inside it. ' +
      'Runs in the test stage.',
  },
];

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

export const ON_FAILURE_VALUES: readonly string[] = ['Abort', 'Continue', 'Ignore'];

/** Default step timeout in seconds (two hours). */
export const DEFAULT_TIMEOUT_SECONDS = 7200;

export const STEP_KEYS: readonly KeyFact[] = [
  {
    name: 'name',
    type: 'string',
    required: true,
    description: 'Name of the step, unique within its phase; chaining references use it.',
  },
  {
    name: 'action',
    type: 'string',
    required: true,
    description: 'The action module that performs the step (case-sensitive, for example `ExecuteBash`).',
  },
  {
    name: 'inputs',
    type: 'any',
    required: false,
    description:
      'What the action module needs: a mapping or a list of mappings depending on the module. Chaining ' +
      'and variable expressions are resolved here.',
    acceptsExpressions: true,
    notes: 'Required by most modules; Reboot and UpdateOS may leave it out (see ActionFact.inputsRequired).',
  },
  {
    name: 'onFailure',
    type: 'string',
    required: false,
    default: 'Abort',
    enum: ON_FAILURE_VALUES,
    enumDescriptions: [
      'Fail the step once its attempts are used up and stop the run; phase and document end as Failed.',
      'Fail the step once its attempts are used up but run the remaining steps; phase and document end as Failed.',
      'Record the step as IgnoredFailure once its attempts are used up and run the remaining steps; ' +
        'phase and document end as SuccessWithIgnoredFailure.',
    ],
    description: 'What happens when the step still fails after `maxAttempts` attempts.',
  },
  {
    name: 'timeoutSeconds',
    type: 'integer',
    required: false,
    default: DEFAULT_TIMEOUT_SECONDS,
    minimum: 1,
    specialValues: [-1],
    description:
      'Seconds the step may run before it fails (or is retried). `-1` means no limit; 0 and other ' +
      'negative values are invalid. A loop shares one timeout across all its iterations.',
  },
  {
    name: 'maxAttempts',
    type: 'integer',
    required: false,
    default: 1,
    minimum: 1,
    description: 'How many times the step is tried before it counts as failed. Each retry reruns all loop iterations.',
  },
  {
    name: 'loop',
    type: 'map',
    required: false,
    description: 'Runs the step once per iteration of a `for` or `forEach` loop.',
  },
  {
    name: 'if',
    type: 'expression',
    required: false,
    description:
      'Condition deciding whether the step runs: one comparison or logical operator, optionally with ' +
      '`then` / `else` step actions. Evaluated once, even if the step restarts the instance.',
  },
];

// ---------------------------------------------------------------------------------------------
// Loops
// ---------------------------------------------------------------------------------------------

export const LOOP_KEYS: readonly KeyFact[] = [
  {
    name: 'name',
    type: 'string',
    required: false,
    description:
      'Name of the loop, unique among the loops of the phase. Lets the step refer to `{{ <name>.index }}` ' +
      'and `{{ <name>.value }}` besides `{{ loop.* }}`.',
  },
  {
    name: 'for',
    type: 'map',
    required: false,
    description: 'Iterates over integers from `start` to `end`, both included, stepping by `updateBy`.',
    notes: 'Give exactly one of `for` and `forEach`.',
  },
  {
    name: 'forEach',
    type: 'any',
    required: false,
    description:
      'Iterates over a list of strings, or over a `{ list, delimiter }` mapping whose string is split on ' +
      'the delimiter.',
    notes: 'Give exactly one of `for` and `forEach`.',
  },
];

export const FOR_LOOP_KEYS: readonly KeyFact[] = [
  { name: 'start', type: 'integer', required: true, description: 'First value. Expressions are not allowed.' },
  {
    name: 'end',
    type: 'integer',
    required: true,
    description: 'Last value, included. Expressions are not allowed.',
  },
  {
    name: 'updateBy',
    type: 'integer',
    required: true,
    description:
      'Added to the value after each iteration; positive or negative but never 0, and it must move ' +
      '`start` towards `end` (AWSTOE rejects endless loops). Expressions are not allowed.',
  },
];

/** Characters allowed as `forEach.delimiter` (exactly one of them). */
export const FOREACH_DELIMITERS: readonly string[] = ['.', ',', ';', ':', '\n', '\t', ' ', '-', '_'];

export const FOREACH_LIST_KEYS: readonly KeyFact[] = [
  {
    name: 'list',
    type: 'string',
    required: true,
    description:
      'A string of items joined by the delimiter; may be a chaining or variable expression. It is read ' +
      'once when the loop starts.',
    acceptsExpressions: true,
  },
  {
    name: 'delimiter',
    type: 'string',
    required: false,
    default: ',',
    enum: FOREACH_DELIMITERS,
    enumDescriptions: ['Dot.', 'Comma (the default).', 'Semicolon.', 'Colon.', 'Newline.', 'Tab.', 'Space.', 'Dash.', 'Underscore.'],
    description: 'The one character that separates items in `list`. Expressions are not allowed.',
  },
];
