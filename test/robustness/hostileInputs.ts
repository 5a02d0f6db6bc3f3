/** Deeply nested documents, shared by hostile.test.ts and the measurements. */

export const DEEP = 10_000;

export const deepInputs: ReadonlyArray<[string, string, 'yaml' | 'json']> = [
  ['YAML flow sequences', '['.repeat(DEEP) + ']'.repeat(DEEP), 'yaml'],
  ['YAML flow mappings', '{a: '.repeat(DEEP) + '1' + '}'.repeat(DEEP), 'yaml'],
  ['YAML compact block sequences', '- '.repeat(DEEP) + 'x\n', 'yaml'],
  ['YAML block mappings on one line', 'a: '.repeat(DEEP) + 'x\n', 'yaml'],
  ['YAML explicit keys', '? - '.repeat(DEEP) + 'x\n', 'yaml'],
  ['YAML unclosed flow, one per line', '[\n'.repeat(DEEP), 'yaml'],
  ['JSON arrays', '['.repeat(DEEP) + ']'.repeat(DEEP), 'json'],
  ['JSON objects', '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP), 'json'],
  ['JSON arrays, mismatched closers', '['.repeat(DEEP) + '}'.repeat(DEEP), 'json'],
];
