/**
 * The forms AWSTOE understands inside `{{ ... }}`: built-in loop variables, chaining references and
 * the reserved prefixes. Source: the AWSTOE "variables" and "looping constructs" pages; descriptions
 * are our own words.
 */
import { ReservedPrefixFact, VariableFact } from './types';

// ---------------------------------------------------------------------------------------------
// Variables and references inside {{ ... }}
// ---------------------------------------------------------------------------------------------

/**
 * Built-in loop variables and chaining references. A value that starts with `{{` must be quoted (YAML
 * would read a mapping); inside other text (`- echo {{ Name }}`) a plain scalar is fine;
 * spaces just inside the braces are ignored.
 */
export const BUILT_IN_VARIABLES: readonly VariableFact[] = [
  {
    form: 'loop.index',
    description: 'Zero-based position of the current iteration.',
    scope: 'The inputs of a step that has a loop.',
  },
  {
    form: 'loop.value',
    description: 'Value of the current iteration: the integer of a `for` loop or the item of a `forEach` loop.',
    scope: 'The inputs of a step that has a loop.',
  },
  {
    form: '<loopName>.index',
    description: 'Zero-based position of the current iteration of the loop with that `name`.',
    scope: 'The inputs of the step that declares the named loop.',
  },
  {
    form: '<loopName>.value',
    description: 'Value of the current iteration of the loop with that `name`.',
    scope: 'The inputs of the step that declares the named loop.',
  },
  {
    form: '<ParameterOrConstantName>',
    description: 'The value of a parameter or constant of the document (case-sensitive).',
    scope: 'Step inputs and loop inputs.',
  },
];

export const CHAINING_FORMS: readonly VariableFact[] = [
  {
    form: '<phase>.<step>.inputs.<input>',
    description: 'An input of an earlier step whose inputs are a mapping.',
    scope: 'Step inputs, loop `forEach` values and conditions.',
  },
  {
    form: '<phase>.<step>.inputs[<index>].<input>',
    description: 'An input of item `<index>` (zero-based) of an earlier step whose inputs are a list.',
    scope: 'Step inputs, loop `forEach` values and conditions.',
  },
  {
    form: '<phase>.<step>.outputs.<output>',
    description: 'An output of an earlier step, for example `stdout` or `content`.',
    scope: 'Step inputs, loop `forEach` values and conditions.',
  },
  {
    form: '<phase>.<step>.outputs[<index>].<output>',
    description: 'An output of an earlier step, selected by zero-based index.',
    scope: 'Step inputs, loop `forEach` values and conditions.',
  },
];

/** Context variables (`{{ context:<key> }}`). */
const CONTEXT_KEYS: readonly { readonly name: string; readonly description: string }[] = [
  { name: 'executionId', description: 'ID of the current AWSTOE run.' },
  { name: 'accountId', description: 'AWS account the instance runs in.' },
  { name: 'region', description: 'AWS Region the instance runs in.' },
  { name: 'osPlatform', description: 'Operating-system platform, such as `linux` or `windows`.' },
  { name: 'osName', description: 'Operating-system name (from /etc/os-release on Linux).' },
  { name: 'osVersion', description: 'Operating-system version on Linux; empty on Windows and macOS.' },
  { name: 'date', description: 'Current UTC date, YYYY-MM-DD.' },
  { name: 'dateTime', description: 'Current UTC date and time in RFC 3339 form.' },
  { name: 'uuid', description: 'A fresh random version-4 UUID.' },
  { name: 'hostname', description: 'Host name of the instance.' },
  { name: 'phase', description: 'Name of the phase being run.' },
  { name: 'step', description: 'Name of the step being run.' },
];

/** Environment variables that Image Builder sets on build and test instances (`{{ env:<NAME> }}`). */
export const IMAGE_BUILDER_ENVIRONMENT_VARIABLES: readonly { readonly name: string; readonly description: string }[] = [
  { name: 'IMAGE_WORKFLOW_EXECUTION_ID', description: 'ID of the workflow execution of this image build.' },
  { name: 'IMAGE_STEP_EXECUTION_ID', description: 'ID of the workflow step execution running the component.' },
  { name: 'IMAGE_BUILD_VERSION_ARN', description: 'ARN of the image build version being created.' },
  { name: 'IMAGE_PIPELINE_ARN', description: 'ARN of the pipeline; empty when the build has no pipeline.' },
  {
    name: 'IMAGE_PHASE',
    description: 'Image build stage: BUILDING or TESTING (not a component phase name).',
  },
  { name: 'IMAGE_VERSION', description: 'Semantic version of the image, such as 2.1.1.' },
  { name: 'IMAGE_BUILD_VERSION', description: 'Build number of the image version, such as 1.' },
];

/**
 * Prefixes inside `{{ ... }}` that AWSTOE resolves itself rather than from the document. There is no
 * `imagebuilder:` prefix in AWSTOE documents.
 */
export const RESERVED_PREFIXES: readonly ReservedPrefixFact[] = [
  {
    prefix: 'aws:ssm:',
    description:
      'Value of a Systems Manager Parameter Store parameter, by name (`{{ aws:ssm:/my/param }}`). String, ' +
      'StringList and SecureString parameters are supported; Secrets Manager secrets through ' +
      '`/aws/reference/secretsmanager/...`. `aws:ssm:resolve(<parameter>)` builds the name from a document ' +
      'parameter at run time. The instance role needs `ssm:GetParameter`.',
  },
  {
    prefix: 'aws:imds:',
    description:
      'Instance metadata, by path below `meta-data/` (`{{ aws:imds:instance-id }}`). The `iam/` and ' +
      '`identity-credentials/` paths are refused.',
  },
  {
    prefix: 'env:',
    description:
      'An environment variable of the instance, by exact name (`{{ env:PATH }}`). Image Builder sets a few ' +
      'of its own (see IMAGE_BUILDER_ENVIRONMENT_VARIABLES).',
  },
  {
    prefix: 'context:',
    description: 'Facts about the current run and instance (`{{ context:region }}`).',
    keys: CONTEXT_KEYS,
  },
];
