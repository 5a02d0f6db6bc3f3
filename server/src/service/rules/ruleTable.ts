/** Every diagnostic the service reports: stable codes, default severities, what each means. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** The files a rule about request members runs on: request files, CloudFormation templates, Terraform. */
export type RuleHost = 'request' | 'template' | 'terraform';

export interface RuleInfo {
  readonly code: string;
  readonly severity: Severity;
  /**
   * Where it is reported: `all` (any Image Builder file), `component` (component documents, files or
   * embedded in a host), or the hosts it runs on (test/seams/ruleHosts.test.ts checks them against the
   * hosts' cases).
   */
  readonly appliesTo: 'all' | 'component' | readonly RuleHost[];
  readonly description: string;
  /** A short example of what triggers it (shown in README's table). */
  readonly example: string;
  /**
   * What its quick fixes are (README's "Quick fixes" table): `preferred` — one safe fix, marked preferred
   * for the editor and applied by `imagebuilder-lint --fix`; `offered` — fixes to choose from (or a guess
   * that may be wrong), offered in the editor and never applied by `--fix`. No value: no quick fix.
   */
  readonly fix?: 'preferred' | 'offered';
}

export const RULES: readonly RuleInfo[] = [
  { code: 'syntax', severity: 'error', appliesTo: 'all', description: 'The text is not valid YAML or JSON.', example: '`"name": "x",}`' },
  { code: 'duplicate-key', severity: 'error', appliesTo: 'all', description: 'The same key appears twice in one mapping; only one value would be used.', example: '`name` given twice' },
  { code: 'unknown-property', severity: 'error', appliesTo: 'all', description: 'A key the shape does not have (with "did you mean" when one is close).', example: '`"instanceType": […]` → did you mean `instanceTypes`?', fix: 'preferred' },
  { code: 'missing-property', severity: 'error', appliesTo: 'all', description: 'A required key is absent (`clientToken` never counts: the SDK fills it in).', example: 'no `instanceProfileName`', fix: 'offered' },
  { code: 'invalid-type', severity: 'error', appliesTo: 'all', description: 'A value of the wrong type (YAML numbers and booleans that should be quoted strings included).', example: '`"volumeSize": "100"`', fix: 'preferred' },
  { code: 'invalid-value', severity: 'error', appliesTo: 'all', description: 'A value outside the allowed set; lists the allowed values and suggests the closest.', example: '`"platform": "MacOS"` → `macOS`', fix: 'preferred' },
  { code: 'out-of-range', severity: 'error', appliesTo: 'all', description: 'A number, length or item count outside its limits.', example: '`"httpPutResponseHopLimit": 65`' },
  { code: 'invalid-format', severity: 'error', appliesTo: 'all', description: 'A string that does not have the required shape (semantic version, S3 URL, ARN, name pattern).', example: '`"semanticVersion": "1.0"`' },
  { code: 'exclusive-properties', severity: 'error', appliesTo: 'all', description: 'Two keys that cannot be given together.', example: '`data` and `uri` both set; `for` and `forEach` in one loop', fix: 'offered' },
  { code: 'placement-target-conflict', severity: 'error', appliesTo: ['request', 'template', 'terraform'], description: '`hostId` and `hostResourceGroupArn` both set: give one placement target at most.', example: 'both in `placement`', fix: 'offered' },
  { code: 'placement-target-needs-host', severity: 'error', appliesTo: ['request', 'template', 'terraform'], description: '`hostId` or `hostResourceGroupArn` set while `tenancy` is not `host`.', example: '`"tenancy": "dedicated", "hostId": "h-0abc"`', fix: 'offered' },
  { code: 'mac-needs-host', severity: 'error', appliesTo: ['request', 'template', 'terraform'], description: 'A Mac instance type (`mac1.metal`, `mac2.metal`, …) without `tenancy: host`: Mac instances run only on Dedicated Hosts. In Terraform also an infrastructure configuration that a pipeline or image of the same file joins to a macOS recipe (a `platform = "macOS"` component or a macOS parent image).', example: '`"instanceTypes": ["mac2.metal"]` with no placement', fix: 'preferred' },
  { code: 'ebs-throughput-needs-gp3', severity: 'error', appliesTo: ['request', 'template', 'terraform'], description: '`throughput` is only for gp3 volumes.', example: '`"volumeType": "gp2", "throughput": 250`' },
  { code: 'ebs-iops-mismatch', severity: 'error', appliesTo: ['request', 'template', 'terraform'], description: '`iops` on a volume type that takes none, io1/io2 without `iops`, or `iops` outside the type\'s range.', example: '`"volumeType": "io2"` with no `iops`', fix: 'offered' },
  { code: 'unknown-action', severity: 'error', appliesTo: 'component', description: 'A step `action` that is not one of the 30 AWSTOE action modules (names are case-sensitive); suggests the closest.', example: '`action: ExecuteBsh` → did you mean `ExecuteBash`?', fix: 'preferred' },
  { code: 'unknown-phase', severity: 'warning', appliesTo: 'component', description: 'A phase name Image Builder does not run (build, validate, test, container-host-test); AWSTOE run by hand may still run it.', example: '`- name: biuld`', fix: 'offered' },
  { code: 'duplicate-name', severity: 'error', appliesTo: 'component', description: 'Two steps of one phase, two phases, two loops of one phase, or a parameter and a constant with the same name.', example: 'two steps named `Download` in `build`' },
  { code: 'undefined-reference', severity: 'error', appliesTo: 'component', description: 'A `{{ }}` expression naming a parameter, constant, phase, step or loop that does not exist; suggests the closest.', example: '`{{ build.Dowload.outputs.stdout }}`', fix: 'preferred' },
  { code: 'invalid-reference', severity: 'error', appliesTo: 'component', description: 'A `{{ }}` expression that exists but cannot be used there: a later step, build-stage output read in the test stage, a loop variable outside its step, an output or input the module does not have.', example: '`{{ loop.value }}` in a step without a loop' },
  { code: 'unquoted-expression', severity: 'error', appliesTo: 'component', description: 'A plain value starting with `{{`, which YAML reads as a mapping; the quick fix quotes it. (`- echo {{ X }}` is fine.)', example: '`path: {{ build.Download.inputs[0].destination }}`', fix: 'preferred' },
  { code: 'action-platform', severity: 'error', appliesTo: 'component', description: "An action (or input) the component's platform cannot run, or Windows-only and Linux/macOS-only actions in one document.", example: '`ExecutePowerShell` in a Linux component', fix: 'offered' },
  { code: 'undefined-parameter', severity: 'error', appliesTo: ['request', 'template', 'terraform'], description: 'A recipe passes a parameter that the component it names does not declare; suggests the closest.', example: '`Parameters: [{ Name: Verison }]` for a component with `Version`' },
  { code: 'missing-parameter', severity: 'error', appliesTo: ['request', 'template', 'terraform'], description: 'A recipe does not pass a parameter that the component declares without a default.', example: 'no `Version` for a component whose `Version` has no default' },
  { code: 'recipe-platform', severity: 'error', appliesTo: ['request'], description: "A recipe names a workspace component whose platform is not the recipe's: the component's is declared (its request's `platform`, a `# imagebuilder-platform:` comment) or follows from its actions, and the recipe's from a container recipe's `platformOverride` or an AWS-managed parent image named for its OS. Image Builder refuses such a recipe; an AMI ID parent image proves nothing and stays silent.", example: 'a Windows component in a recipe whose parent image is `amazon-linux-2023-x86`' },
  { code: 'component-file-missing', severity: 'error', appliesTo: ['terraform'], description: 'A Terraform `aws_imagebuilder_component` whose `data = file("…")` or `templatefile("…", {…})` names a file that does not exist (relative to the .tf file\'s folder; checked by the editor\'s server and the CLI, for `file:` documents).', example: '`data = file("component.yml")` with no such file' },
  { code: 'schema-key-rejected', severity: 'warning', appliesTo: ['request'], description: 'A `$schema` key in a request file: the AWS CLI rejects it (`Unknown parameter in input: "$schema"`); the quick fix removes it. Kinds come from the content, file names and `imagebuilder.fileKinds`.', example: '`"$schema": "create-infrastructure-configuration.request.schema.json"`', fix: 'preferred' },
  { code: 'schema-ignored', severity: 'information', appliesTo: 'all', description: 'A `$schema` that names no bundled schema; it is ignored and nothing is fetched.', example: '`"$schema": "https://example.com/x.json"`' },
  { code: 'file-too-large', severity: 'information', appliesTo: 'all', description: 'The file is over the size limit: only syntax is checked, heavy features are off.', example: 'a 20 MB file' },
  { code: 'too-many-problems', severity: 'information', appliesTo: 'all', description: 'More than 1,000 problems in one file: the first 1,000 in document order are shown, then this one says how many more there are.', example: '200,000 stray `]`' },
];

const BY_CODE = new Map<string, RuleInfo>(RULES.map((rule) => [rule.code, rule]));

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

export function allRules(): RuleInfo[] {
  return [...BY_CODE.values()];
}
