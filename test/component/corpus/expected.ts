/**
 * The reviewed diagnostics of the real-world corpus: every source not listed here must get no
 * diagnostic at all; every listed one exactly these (`<line> <code>`, 1-based lines, in order).
 * Each entry says why the file is really wrong.
 */
export interface ExpectedFinding {
  readonly why: string;
  readonly diagnostics: readonly string[];
}

export const CORPUS_EXPECTED: Readonly<Record<string, ExpectedFinding>> = {
  'component-yaml/EmmanuelTsouris__ec2-image-builder-components__install-vscode.yml': {
    why: 'PowerShell scripts pasted under `commands:` without a list dash or a block scalar: `commands` is a string, and one script is not even YAML.',
    diagnostics: ['14 invalid-type', '17 syntax', '17 syntax', '17 syntax', '17 unknown-property', '39 invalid-type', '47 invalid-type'],
  },
  'component-yaml/JamesWoolfenden__terraform-aws-imagebuilder__example__examplea__component.yaml': {
    why: '`phases` written as one mapping instead of a list of phases (and `steps` likewise).',
    diagnostics: ['2 invalid-type'],
  },
  'component-yaml/aws-samples__amazon-ec2-image-builder-samples__Components__Linux__inspec-recipe-execution-linux__inspec-test-linux-component.yml': {
    why: '`force` belongs to DeleteFolder; DeleteFile only takes `path`.',
    diagnostics: ['77 unknown-property'],
  },
  'component-yaml/aws-samples__amazon-ec2-image-builder-samples__Components__Windows__chef-recipe-execution-windows__component.yml': {
    why: "A stray double quote after a single-quoted path (`...stdout}}'\"`) breaks the YAML.",
    diagnostics: ['50 syntax'],
  },
  'component-yaml/aws__aws-parallelcluster__cli__src__pcluster__resources__imagebuilder__custom_script.yaml': {
    why: 'Chaining to steps ScriptUrlScheme and ScriptUrl that the document does not have (ParallelCluster adds them when it fills the template in).',
    diagnostics: ['33 undefined-reference', '34 undefined-reference', '35 undefined-reference', '36 undefined-reference'],
  },
  'component-yaml/toadslop__aws_imagebuilder_component__test__reboot.yaml': {
    why: 'Two steps named RebootStep in one phase; `delaySeconds:` with no value.',
    diagnostics: ['14 duplicate-name', '19 invalid-type'],
  },
  'component-yaml/toadslop__aws_imagebuilder_component__test__set-file-encoding.yaml': {
    why: 'Two steps named SettingFileEncodingProperty in one phase.',
    diagnostics: ['13 duplicate-name'],
  },
  'component-yaml/toadslop__aws_imagebuilder_component__test__set-registry.yaml': {
    why: 'List values for DWORD registry values (only MULTI_SZ and BINARY take lists).',
    diagnostics: ['23 invalid-type', '30 invalid-type'],
  },
  'component-yaml/toadslop__aws_imagebuilder_component__test__test.yaml': {
    why: "A parser's test file: `Source` is both a parameter and a constant, two loops named `string` in one phase, a nine-character delimiter, and a reference to a `validate` phase that does not exist.",
    diagnostics: ['10 duplicate-name', '101 duplicate-name', '104 invalid-value', '126 undefined-reference'],
  },
};
