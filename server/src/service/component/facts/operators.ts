/**
 * Operators of AWSTOE conditions: the comparison and logical operators used both in a step's `if`
 * and as the inputs of the `Assert` module, and the `then` / `else` step actions of `if`.
 *
 * Source: the "comparison operators", "logical operators" and "conditional constructs" pages of the
 * AWSTOE documentation. Descriptions are our own words.
 */
import { ComparisonOperatorFact, LogicalOperatorFact, StepActionFact } from './types';

/** Logical operators may be nested at most this many levels deep; deeper nesting fails validation. */
export const MAX_CONDITION_NESTING = 4;

function stringComparison(name: string, summary: string, description: string): ComparisonOperatorFact {
  return {
    kind: 'comparison',
    name,
    category: 'string',
    operandType: 'string',
    takesValue: true,
    companionKey: 'value',
    companionType: 'string',
    summary,
    description,
  };
}

function numberComparison(name: string, summary: string, relation: string): ComparisonOperatorFact {
  return {
    kind: 'comparison',
    name,
    category: 'number',
    operandType: 'number',
    takesValue: true,
    companionKey: 'value',
    companionType: 'number',
    summary,
    description:
      `True when the number in \`value\` ${relation} the number given to the operator. Both sides may ` +
      'be YAML integers or floats, or strings that look like numbers (`^[-+]?([0-9]+[.])?[0-9]+$`); a ' +
      '`value` string that cannot be read as a number makes the comparison false.',
  };
}

function hashComparison(name: string, algorithm: string): ComparisonOperatorFact {
  return {
    kind: 'comparison',
    name,
    category: 'file',
    operandType: 'hash',
    takesValue: true,
    companionKey: 'path',
    companionType: 'path',
    summary: `True when the ${algorithm} hash of the file at \`path\` equals the given hash.`,
    description:
      `Computes the ${algorithm} digest of the file named by the \`path\` key and compares it with the ` +
      'hexadecimal digest given to the operator.',
  };
}

/**
 * The comparison operators. Comparisons of two values take the reference value as the operator's own
 * value and the value under test in `value` (or the file in `path`), which may be a chaining
 * expression. String comparisons ignore letter case but keep leading and trailing spaces; numbers are
 * compared as arbitrary-precision floats.
 *
 * Direction of the ordering operators: the reference prose reads "operator value < `value`", but every
 * documented example evaluates "`value` < operator value" (`numberLessThan: 2` with `value: 1` is
 * true). We follow the examples, as they show what AWSTOE actually returns.
 */
export const COMPARISON_OPERATORS: readonly ComparisonOperatorFact[] = [
  // Strings
  {
    kind: 'comparison',
    name: 'stringIsEmpty',
    category: 'string',
    operandType: 'string',
    takesValue: false,
    summary: 'True when the given string has no characters at all.',
    description: 'Tests the operator value itself; a string of spaces is not empty.',
  },
  {
    kind: 'comparison',
    name: 'stringIsWhitespace',
    category: 'string',
    operandType: 'string',
    takesValue: false,
    summary: 'True when the given string consists only of spaces.',
    description: 'Tests the operator value itself; an empty string does not count as whitespace.',
  },
  stringComparison(
    'stringEquals',
    'True when `value` equals the given string, ignoring letter case.',
    'Compares the two strings without regard to letter case, like every string comparison; leading ' +
      'and trailing spaces are kept, so they make the strings differ.',
  ),
  stringComparison(
    'stringLessThan',
    'True when `value` sorts before the given string.',
    'Orders the strings without regard to letter case; digits sort before letters.',
  ),
  stringComparison(
    'stringLessThanEquals',
    'True when `value` sorts before or equal to the given string.',
    'Orders the strings without regard to letter case, so `a` and `A` are equal here.',
  ),
  stringComparison(
    'stringGreaterThan',
    'True when `value` sorts after the given string.',
    'Orders the strings without regard to letter case; letters sort after digits.',
  ),
  stringComparison(
    'stringGreaterThanEquals',
    'True when `value` sorts after or equal to the given string.',
    'Orders the strings without regard to letter case, so `a` and `A` are equal here.',
  ),
  {
    kind: 'comparison',
    name: 'patternMatches',
    category: 'string',
    operandType: 'regex',
    takesValue: true,
    companionKey: 'value',
    companionType: 'string',
    summary: 'True when `value` matches the given regular expression.',
    description:
      'The operator value is a regular expression in Go RE2 syntax (no look-around or back-references); ' +
      'it is matched against the string in `value`. Anchor it with `^` and `$` to match the whole string.',
  },
  // Numbers
  numberComparison('numberEquals', 'True when `value` equals the given number.', 'is equal to'),
  numberComparison('numberLessThan', 'True when `value` is less than the given number.', 'is less than'),
  numberComparison(
    'numberLessThanEquals',
    'True when `value` is less than or equal to the given number.',
    'is less than or equal to',
  ),
  numberComparison('numberGreaterThan', 'True when `value` is greater than the given number.', 'is greater than'),
  numberComparison(
    'numberGreaterThanEquals',
    'True when `value` is greater than or equal to the given number.',
    'is greater than or equal to',
  ),
  // Files
  {
    kind: 'comparison',
    name: 'binaryExists',
    category: 'file',
    operandType: 'binary-name',
    takesValue: false,
    summary: 'True when a program of the given name can be found on the search path.',
    description:
      'Looks the name up the way the shell would: `type <name>` on Linux and macOS, `where.exe /Q <name>` ' +
      'on Windows. Useful to pick the package manager present on the instance.',
  },
  {
    kind: 'comparison',
    name: 'fileExists',
    category: 'file',
    operandType: 'path',
    takesValue: false,
    summary: 'True when the given path exists and is a file.',
    description: 'Accepts an absolute or a relative path; a folder at that path makes the result false.',
  },
  {
    kind: 'comparison',
    name: 'folderExists',
    category: 'file',
    operandType: 'path',
    takesValue: false,
    summary: 'True when the given path exists and is a folder.',
    description: 'Accepts an absolute or a relative path; a file at that path makes the result false.',
  },
  hashComparison('fileMD5Equals', 'MD5'),
  hashComparison('fileSHA1Equals', 'SHA-1'),
  hashComparison('fileSHA256Equals', 'SHA-256'),
  hashComparison('fileSHA512Equals', 'SHA-512'),
];

/** The logical operators; they combine comparison operators and may nest `MAX_CONDITION_NESTING` deep. */
export const LOGICAL_OPERATORS: readonly LogicalOperatorFact[] = [
  {
    kind: 'logical',
    name: 'and',
    operands: 'list',
    minOperands: 2,
    summary: 'True when every condition in the list is true.',
    description:
      'Takes a sequence of conditions and evaluates them in order, stopping at the first false one.',
  },
  {
    kind: 'logical',
    name: 'or',
    operands: 'list',
    minOperands: 2,
    summary: 'True when at least one condition in the list is true.',
    description:
      'Takes a sequence of conditions and evaluates them in order, stopping at the first true one.',
  },
  {
    kind: 'logical',
    name: 'not',
    operands: 'single',
    minOperands: 1,
    summary: 'Negates a single condition.',
    description:
      'Takes exactly one condition, written either as a mapping or as a one-item sequence, and turns ' +
      'true into false and false into true.',
  },
];

/** Values of `then` and `else` in an `if` condition. */
export const STEP_ACTIONS: readonly StepActionFact[] = [
  { name: 'Abort', description: 'Mark the step as failed; `onFailure` then decides how the run goes on.' },
  { name: 'Execute', description: 'Run the step (what happens by default when the condition is true).' },
  {
    name: 'Skip',
    description:
      'Do not run the step (the default when the condition is false). A skipped step counts as successful.',
  },
];

/** Keys that may appear beside the operator in a condition mapping of an `if`. */
export const IF_BRANCH_KEYS: readonly { readonly name: 'then' | 'else'; readonly description: string }[] = [
  { name: 'then', description: 'Step action to take when the condition is true (default: Execute).' },
  { name: 'else', description: 'Step action to take when the condition is false (default: Skip).' },
];
