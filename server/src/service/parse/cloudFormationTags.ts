import type { CollectionTag, ScalarTag } from 'yaml';

/**
 * CloudFormation's YAML short forms (`!Ref`, `!Sub`, `!GetAtt`, …), the intrinsic functions, condition
 * functions and rule functions of the template reference. Each is known to eemeli/yaml as a custom tag in
 * its three forms (scalar, sequence, mapping), so a template parses with no warning; the value keeps its
 * plain YAML form and the AST node its `tag` (an intrinsic's value is unknown to the checks).
 */
export const CLOUDFORMATION_FUNCTIONS: readonly string[] = [
  'Ref', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'GetAZs',
  'Equals', 'And', 'Or', 'Not', 'Condition', 'Transform', 'ToJsonString', 'Length', 'ForEach',
  // rule functions (the `Rules` section)
  'Contains', 'EachMemberEquals', 'EachMemberIn', 'RefAll', 'ValueOf', 'ValueOfAll',
];

/** `!Name` → `Fn::Name` (`!Ref` and `!Condition` have no `Fn::` in their long forms). */
export function longFormOf(tag: string): string {
  const name = tag.startsWith('!') ? tag.slice(1) : tag;
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** The long forms of JSON and of YAML written without short forms: `{ "Ref": "X" }`, `{ "Fn::Sub": "…" }`. */
export const LONG_FORMS: ReadonlySet<string> = new Set(CLOUDFORMATION_FUNCTIONS.map(longFormOf));

export const CLOUDFORMATION_TAGS: ReadonlyArray<ScalarTag | CollectionTag> = CLOUDFORMATION_FUNCTIONS.flatMap((name): Array<ScalarTag | CollectionTag> => [
  { tag: `!${name}`, resolve: (source: string) => source },
  { tag: `!${name}`, collection: 'seq', resolve: (value) => value },
  { tag: `!${name}`, collection: 'map', resolve: (value) => value },
]);
