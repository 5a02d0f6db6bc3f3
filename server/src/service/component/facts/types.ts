/**
 * Types of the AWSTOE component-document "language facts": plain data that describes the action
 * modules, the operators of `if` conditions and the `Assert` module, and the keys of a component
 * document. The language service (completion, hover, diagnostics) reads these facts; it never
 * hard-codes a module or a key of its own.
 *
 * All descriptions are written in our own words. Facts that the public documentation does not state
 * plainly carry a `notes` entry saying how the value was decided.
 */

/** Operating systems on which AWSTOE runs a component. */
export type Platform = 'Linux' | 'Windows' | 'macOS';

export const ALL_PLATFORMS: readonly Platform[] = ['Linux', 'Windows', 'macOS'];

/**
 * The YAML shape of a step's `inputs` for a module.
 * - `map`: one mapping of input names to values (ExecuteBash: `{ commands: [...] }`).
 * - `list`: a sequence of mappings, each one a separate operation (S3Download, CreateFile, ...).
 * - `none`: the module takes no inputs at all.
 * - `map-or-list`: either form is accepted.
 */
export type InputsShape = 'map' | 'list' | 'none' | 'map-or-list';

/**
 * The value type of an input, a document key or an output.
 * - `string-list`: a YAML sequence of strings.
 * - `list`: a YAML sequence whose items are described by `items`.
 * - `map`: a mapping whose keys are described by `items` (or free-form when `items` is absent).
 * - `string-map`: a mapping of free-form string keys to string values.
 * - `string-or-list`: a string or a sequence of strings.
 * - `scalar`: a string, a number or a boolean.
 * - `scalar-or-list`: a scalar or a sequence of scalars.
 * - `expression`: a condition (comparison or logical operator), see operators.ts.
 * - `any`: not constrained.
 */
export type ValueType =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'string-list'
  | 'list'
  | 'map'
  | 'string-map'
  | 'string-or-list'
  | 'scalar'
  | 'scalar-or-list'
  | 'expression'
  | 'any';

/** What an input and a document key have alike: a named, typed value with its constraints. */
export interface ValueFact {
  readonly name: string;
  readonly type: ValueType;
  readonly required: boolean;
  /** A few sentences, in our own words. */
  readonly description: string;
  /** Allowed values, when the set is closed. */
  readonly enum?: readonly string[];
  /** Meaning of each `enum` value; same length and order as `enum`. */
  readonly enumDescriptions?: readonly string[];
  /** `enum` values are matched without regard to letter case. */
  readonly enumCaseInsensitive?: boolean;
  /** The value AWSTOE uses when the value is left out. */
  readonly default?: string | number | boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** One named input of an action module (one key under `inputs`, or under one item of it). */
export interface InputFact extends ValueFact {
  /** The input is only accepted on these platforms (absent: every platform of the module). */
  readonly platforms?: readonly Platform[];
  /** For `list` and `map` inputs whose items or keys are known (ExecuteDocument `parameters`). */
  readonly items?: readonly InputFact[];
  /** Chaining and variable expressions (`{{ ... }}`) are accepted in the value. */
  readonly acceptsExpressions?: boolean;
  /** Anything else worth saying (platform caveats, how an uncertain fact was decided). */
  readonly notes?: string;
}

/** One field of a module's output, reachable as `{{ phase.step.outputs.<name> }}`. */
export interface OutputFact {
  readonly name: string;
  readonly type: ValueType;
  readonly description: string;
}

/** Which part of the action-module reference a module belongs to. */
export type ActionCategory = 'general-execution' | 'download-upload' | 'file-system' | 'software-installation' | 'system';

/** Exit codes a script or binary returns to ask AWSTOE to restart the instance and resume the step. */
export interface RebootExitCodes {
  readonly Linux?: number;
  readonly Windows?: number;
  readonly macOS?: number;
}

/** One AWSTOE action module (the value of a step's `action`). */
export interface ActionFact {
  /** Exact, case-sensitive name as written after `action:`. */
  readonly name: string;
  readonly category: ActionCategory;
  /** One line, in our own words. */
  readonly summary: string;
  /** A few sentences, in our own words. */
  readonly description: string;
  readonly platforms: readonly Platform[];
  readonly inputsShape: InputsShape;
  /** A step with this action must have `inputs` (false: the step may leave `inputs` out). */
  readonly inputsRequired: boolean;
  /**
   * Named inputs. For `list` modules these are the keys of each item; for `map` modules the keys of
   * the mapping. Empty for `Assert`, whose inputs are an operator expression (`operatorInputs`).
   */
  readonly inputs: readonly InputFact[];
  /** The inputs are one comparison or logical operator expression, not named inputs (Assert). */
  readonly operatorInputs?: boolean;
  /** Groups of inputs of which exactly one must be given (ExecutePowerShell: commands or file). */
  readonly exactlyOneOf?: readonly (readonly string[])[];
  readonly outputs: readonly OutputFact[];
  /** Exit codes that make AWSTOE restart the instance and run the same step again. */
  readonly rebootExitCodes?: RebootExitCodes;
  /** Installer exit codes that count as success (InstallMSI, UninstallMSI). */
  readonly successExitCodes?: readonly number[];
  /** Step settings the module fixes; a different value in the step is an error (ExecuteDocument). */
  readonly fixedStepSettings?: { readonly timeoutSeconds?: number; readonly maxAttempts?: number };
  /** `timeoutSeconds` has no effect on this module (Reboot). */
  readonly ignoresTimeout?: boolean;
  /** Anchor of the module in the AWSTOE action-module reference page. */
  readonly docAnchor: string;
  readonly notes?: string;
}

/** What a comparison operator works on. */
export type OperandType = 'string' | 'number' | 'regex' | 'binary-name' | 'path' | 'hash';

export type ComparisonCategory = 'string' | 'number' | 'file';

/**
 * A comparison operator: the key of a condition mapping, e.g. `stringEquals: 'a'` plus `value: 'b'`,
 * or `fileSHA256Equals: '<hash>'` plus `path: '/x'`.
 */
export interface ComparisonOperatorFact {
  readonly kind: 'comparison';
  readonly name: string;
  readonly category: ComparisonCategory;
  /** What the operator key's own value is. */
  readonly operandType: OperandType;
  /** The operator needs a second key beside it (`value` or `path`). */
  readonly takesValue: boolean;
  /** The name of that second key, when `takesValue`. */
  readonly companionKey?: 'value' | 'path';
  /** What the second key holds, when `takesValue`. */
  readonly companionType?: OperandType;
  readonly summary: string;
  readonly description: string;
}

/** A logical operator (`and`, `or`, `not`) that combines conditions. */
export interface LogicalOperatorFact {
  readonly kind: 'logical';
  readonly name: 'and' | 'or' | 'not';
  /** `list`: a sequence of conditions; `single`: one condition (a mapping, or a one-item sequence). */
  readonly operands: 'list' | 'single';
  readonly minOperands: number;
  readonly summary: string;
  readonly description: string;
}

export type OperatorFact = ComparisonOperatorFact | LogicalOperatorFact;

/** A value of `then` / `else` in an `if` condition. */
export interface StepActionFact {
  readonly name: 'Abort' | 'Execute' | 'Skip';
  readonly description: string;
}

/** A key of the component document (top level, parameter, constant, phase, step, loop ...). */
export interface KeyFact extends ValueFact {
  /** Values outside the `minimum`/`maximum` range that are still accepted (timeoutSeconds: -1). */
  readonly specialValues?: readonly number[];
  /** Accepted YAML scalar types when more than one is allowed (schemaVersion: 1.0 or "1.0"). */
  readonly acceptedScalarTypes?: readonly ('string' | 'number')[];
  /** Chaining and variable expressions (`{{ ... }}`) are accepted in the value. */
  readonly acceptsExpressions?: boolean;
  readonly notes?: string;
}

/** When Image Builder runs a phase of a component. */
export type ImageBuilderStage = 'build' | 'test';

/** A phase name that Image Builder knows. */
export interface PhaseNameFact {
  readonly name: string;
  /** The Image Builder stage that runs the phase. */
  readonly stage: ImageBuilderStage;
  readonly description: string;
}

/** A variable or reference form usable inside `{{ ... }}`. */
export interface VariableFact {
  /** The form as written inside the braces, with placeholders in angle brackets. */
  readonly form: string;
  readonly description: string;
  /** Where the form may be used. */
  readonly scope: string;
}

/** A reserved prefix inside `{{ ... }}` that AWSTOE resolves itself (`aws:ssm:`, `env:` ...). */
export interface ReservedPrefixFact {
  readonly prefix: string;
  readonly description: string;
  /** Known keys after the prefix, when the set is closed (context variables). */
  readonly keys?: readonly { readonly name: string; readonly description: string }[];
}
