/** One case per operator: a valid condition (YAML lines under `if:`, indented 10) and the first line of its hover. */
export interface OperatorCase {
  readonly operator: string;
  readonly condition: string;
  readonly hover: string;
}

const string = (operator: string, operand = 'abc'): OperatorCase => ({
  operator,
  condition: `          ${operator}: ${operand}\n          value: '{{ build.First.outputs.stdout }}'\n`,
  hover: `**${operator}** — string comparison · compares with \`value\``,
});
const number = (operator: string): OperatorCase => ({
  operator,
  condition: `          ${operator}: 2\n          value: '1.5'\n`,
  hover: `**${operator}** — number comparison · compares with \`value\``,
});
const hash = (operator: string): OperatorCase => ({
  operator,
  condition: `          ${operator}: 0123abcd\n          path: /tmp/file\n`,
  hover: `**${operator}** — file comparison · compares with \`path\``,
});

export const OPERATOR_CASES: readonly OperatorCase[] = [
  { operator: 'stringIsEmpty', condition: "          stringIsEmpty: ''\n", hover: '**stringIsEmpty** — string comparison' },
  { operator: 'stringIsWhitespace', condition: "          stringIsWhitespace: '  '\n", hover: '**stringIsWhitespace** — string comparison' },
  string('stringEquals'),
  string('stringLessThan'),
  string('stringLessThanEquals'),
  string('stringGreaterThan'),
  string('stringGreaterThanEquals'),
  string('patternMatches', "'^[a-z]+$'"),
  number('numberEquals'),
  number('numberLessThan'),
  number('numberLessThanEquals'),
  number('numberGreaterThan'),
  number('numberGreaterThanEquals'),
  { operator: 'binaryExists', condition: '          binaryExists: unzip\n', hover: '**binaryExists** — file comparison' },
  { operator: 'fileExists', condition: '          fileExists: /etc/hosts\n', hover: '**fileExists** — file comparison' },
  { operator: 'folderExists', condition: '          folderExists: /etc\n', hover: '**folderExists** — file comparison' },
  hash('fileMD5Equals'),
  hash('fileSHA1Equals'),
  hash('fileSHA256Equals'),
  hash('fileSHA512Equals'),
  { operator: 'and', condition: '          and:\n            - fileExists: /a\n            - not:\n                binaryExists: unzip\n', hover: '**and** — logical operator, takes a list of conditions' },
  { operator: 'or', condition: '          or:\n            - fileExists: /a\n            - folderExists: /b\n', hover: '**or** — logical operator, takes a list of conditions' },
  { operator: 'not', condition: '          not:\n            - fileExists: /a\n', hover: '**not** — logical operator, takes one condition' },
];
