/** Action modules: general execution; the sources of the facts are named in ../actions.ts. */
import { ActionFact, ALL_PLATFORMS } from '../types';
import { STDOUT_OUTPUT, UNIX, WINDOWS } from './shared';

export const EXECUTION_ACTIONS: readonly ActionFact[] = [
  {
    name: 'Assert',
    category: 'general-execution',
    summary: 'Passes or fails the step on the result of one comparison or logical expression.',
    description:
      'Evaluates the condition given as the step inputs. The step succeeds when the expression is ' +
      'true and fails otherwise; `onFailure` then decides what happens next. The inputs are a single ' +
      'comparison operator with its `value`/`path` key, or one logical operator (`and`, `or`, `not`) ' +
      'wrapping several comparisons; chaining expressions are allowed in the compared values.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'map',
    inputsRequired: true,
    inputs: [],
    operatorInputs: true,
    outputs: [],
    docAnchor: 'action-modules-assertion',
  },
  {
    name: 'ExecuteBash',
    category: 'general-execution',
    summary: 'Runs inline Bash commands as one script.',
    description:
      'Writes the `commands` list into a temporary shell script and runs it with bash; the exit code ' +
      'of the script is the result of the step. Exit code 194 asks AWSTOE to restart the instance ' +
      'and run the same step again afterwards, so scripts that use it must be safe to re-run.',
    platforms: UNIX,
    inputsShape: 'map',
    inputsRequired: true,
    inputs: [
      {
        name: 'commands',
        type: 'string-list',
        required: true,
        description:
          'Bash commands to run, one list item each; a block scalar (`- |`) can hold a whole multi-line ' +
          'script. Items run in order in the same shell.',
        acceptsExpressions: true,
      },
    ],
    outputs: [STDOUT_OUTPUT],
    rebootExitCodes: { Linux: 194, macOS: 194 },
    docAnchor: 'action-modules-executebash',
  },
  {
    name: 'ExecuteBinary',
    category: 'general-execution',
    summary: 'Runs an executable file with a list of command-line arguments.',
    description:
      'Starts the program at `path` with the given `arguments` and uses its exit code as the step ' +
      'result. Exit code 194 (Linux, macOS) or 3010 (Windows) makes AWSTOE restart the instance and ' +
      'run the step again after the restart.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'map',
    inputsRequired: true,
    inputs: [
      {
        name: 'path',
        type: 'string',
        required: true,
        description: 'Path of the executable to start.',
        acceptsExpressions: true,
      },
      {
        name: 'arguments',
        type: 'string-list',
        required: false,
        description: 'Command-line arguments, one list item each, passed without shell interpretation.',
        acceptsExpressions: true,
      },
    ],
    outputs: [{ ...STDOUT_OUTPUT, description: 'What the program wrote to standard output.' }],
    rebootExitCodes: { Linux: 194, Windows: 3010, macOS: 194 },
    docAnchor: 'action-modules-executebinary',
  },
  {
    name: 'ExecuteDocument',
    category: 'general-execution',
    summary: 'Runs another component document from this one (nested execution).',
    description:
      'Loads the component document named by `document` (a local file, an S3 URI or an Image Builder ' +
      'component ARN), validates it when the step runs, and executes the chosen phases with the given ' +
      'parameters. Nesting is limited to three levels below the top document, and a document that ' +
      'would run itself or one of its callers is rejected. The step always runs once with no timeout.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'map',
    inputsRequired: true,
    inputs: [
      {
        name: 'document',
        type: 'string',
        required: true,
        description:
          'The document to run: a path to a local YAML file, an `s3://` URI, or the ARN of an ' +
          'Image Builder component (including AWS-managed ones).',
        acceptsExpressions: true,
      },
      {
        name: 'document-s3-bucket-owner',
        type: 'string',
        required: false,
        description:
          'Account ID expected to own the S3 bucket of `document`; recommended whenever `document` is ' +
          'an S3 URI.',
      },
      {
        name: 'phases',
        type: 'string',
        required: false,
        description:
          'Comma-separated names of the phases to run in the nested document (for example ' +
          '`build,validate`). All phases run when it is left out.',
      },
      {
        name: 'parameters',
        type: 'list',
        required: false,
        description: 'Parameter values handed to the nested document, one `{ name, value }` item each.',
        items: [
          {
            name: 'name',
            type: 'string',
            required: true,
            description: 'Name of a parameter declared by the nested document.',
          },
          {
            name: 'value',
            type: 'string',
            required: true,
            description: 'Value for that parameter.',
            acceptsExpressions: true,
          },
        ],
      },
    ],
    outputs: [
      { name: 'executedStepCount', type: 'integer', description: 'Number of steps the nested run executed.' },
      { name: 'executionId', type: 'string', description: 'Execution ID of the nested run.' },
      { name: 'failedStepCount', type: 'integer', description: 'Number of steps that failed in the nested run.' },
      { name: 'failureMessage', type: 'string', description: 'Why the nested run failed, if it did.' },
      {
        name: 'ignoredFailedStepCount',
        type: 'integer',
        description: 'Number of failed steps whose failure was ignored (`onFailure: Ignore`).',
      },
      { name: 'logUrl', type: 'string', description: 'Where the logs of the nested run were uploaded, if anywhere.' },
      { name: 'status', type: 'string', description: 'Overall status of the nested run (for example `success`).' },
    ],
    fixedStepSettings: { timeoutSeconds: -1, maxAttempts: 1 },
    docAnchor: 'action-modules-executedocument',
    notes:
      'The outputs are a run summary; the per-step details of the nested run appear only in ' +
      'detailedoutput.json.',
  },
  {
    name: 'ExecutePowerShell',
    category: 'general-execution',
    summary: 'Runs inline PowerShell commands or a .ps1 script file.',
    description:
      'Either writes the `commands` list into a temporary script, or runs an existing script given by ' +
      '`file` (through `-File`), with Windows PowerShell; the script exit code is the step result. ' +
      'Exit code 3010 asks AWSTOE to restart the instance and run the same step again afterwards.',
    platforms: WINDOWS,
    inputsShape: 'map',
    inputsRequired: true,
    inputs: [
      {
        name: 'commands',
        type: 'string-list',
        required: false,
        description:
          'PowerShell statements to run, one list item each; a block scalar can hold a multi-line script. ' +
          'Give either `commands` or `file`.',
        acceptsExpressions: true,
      },
      {
        name: 'file',
        type: 'string',
        required: false,
        description: 'Path of a `.ps1` script to run instead of inline commands. Give either `commands` or `file`.',
        acceptsExpressions: true,
      },
    ],
    exactlyOneOf: [['commands', 'file']],
    outputs: [STDOUT_OUTPUT],
    rebootExitCodes: { Windows: 3010 },
    docAnchor: 'action-modules-executepowershell',
  },

];
