/**
 * The table of AWSTOE action modules: every value a step's `action` may take, with the shape and
 * keys of its `inputs` and the fields of its `outputs`.
 *
 * Source of the facts: the AWSTOE action-module reference of the EC2 Image Builder user guide
 * (names, inputs, defaults, platforms in the headings of its current edition), cross-checked
 * against the `ComponentAction` enum of the AWS CDK Image Builder module (the same 30 names) and
 * against the real-world corpus (see test/component/facts.test.ts). Descriptions are our own words.
 */
import { ALL_PLATFORMS, ActionFact, InputFact, Platform } from './types';

const UNIX: readonly Platform[] = ['Linux', 'macOS'];
const WINDOWS: readonly Platform[] = ['Windows'];

// ---------------------------------------------------------------------------------------------
// Inputs shared by several modules
// ---------------------------------------------------------------------------------------------

const ENCODINGS: readonly string[] = [
  'utf8', 'utf-8',
  'utf16', 'utf-16', 'utf16-LE', 'utf-16-LE', 'utf16-BE', 'utf-16-BE',
  'utf32', 'utf-32', 'utf32-LE', 'utf-32-LE', 'utf32-BE', 'utf-32-BE',
];

const ENCODING_DESCRIPTIONS: readonly string[] = [
  'UTF-8 (the default).', 'UTF-8 (the default).',
  'UTF-16, little-endian unless stated.', 'UTF-16, little-endian unless stated.',
  'UTF-16 little-endian.', 'UTF-16 little-endian.', 'UTF-16 big-endian.', 'UTF-16 big-endian.',
  'UTF-32, little-endian unless stated.', 'UTF-32, little-endian unless stated.',
  'UTF-32 little-endian.', 'UTF-32 little-endian.', 'UTF-32 big-endian.', 'UTF-32 big-endian.',
];

function encodingInput(description: string): InputFact {
  return {
    name: 'encoding',
    type: 'string',
    required: false,
    description,
    enum: ENCODINGS,
    enumDescriptions: ENCODING_DESCRIPTIONS,
    enumCaseInsensitive: true,
    default: 'utf8',
  };
}

function pathInput(what: 'file' | 'folder', description?: string): InputFact {
  return {
    name: 'path',
    type: 'string',
    required: true,
    description: description ?? `Absolute or relative path of the ${what}.`,
    acceptsExpressions: true,
  };
}

function sourceDestinationInputs(what: 'file' | 'folder', verb: string): InputFact[] {
  return [
    {
      name: 'source',
      type: 'string',
      required: true,
      description:
        `Path of the ${what} to ${verb}. A \`*\` wildcard is allowed in the last path segment only; ` +
        `every ${what} that matches is ${verb === 'copy' ? 'copied' : 'moved'}.`,
      acceptsExpressions: true,
    },
    {
      name: 'destination',
      type: 'string',
      required: true,
      description:
        `Where the ${what} goes. End the value with a path separator (\`/\` or \`\\\`) to keep the ` +
        `source name inside that folder (required with a wildcard source); otherwise the last segment ` +
        `is the new name. Missing parent folders are created.`,
      acceptsExpressions: true,
    },
    {
      name: 'overwrite',
      type: 'boolean',
      required: false,
      default: true,
      description:
        `Replace a ${what} of the same name at the destination. With \`false\` the step fails ` +
        `instead of replacing it.`,
    },
  ];
}

const OWNER_PLATFORMS_NOTE = 'Rejected on Windows: AWSTOE fails the step if it is set there.';

function ownerInputs(what: 'file' | 'folder', permissionsDefault: string): InputFact[] {
  return [
    {
      name: 'owner',
      type: 'string',
      required: false,
      description: `User name or numeric user ID that will own the new ${what}.`,
      platforms: UNIX,
      notes: OWNER_PLATFORMS_NOTE,
    },
    {
      name: 'group',
      type: 'string',
      required: false,
      description: `Group name or numeric group ID that will own the new ${what}.`,
      platforms: UNIX,
      notes: OWNER_PLATFORMS_NOTE,
    },
    {
      name: 'permissions',
      type: 'string',
      required: false,
      default: permissionsDefault,
      description:
        `Mode of the new ${what} in octal notation (for example \`0755\`). Write it as a string; ` +
        `the result is still subject to the process umask.`,
      platforms: UNIX,
      notes: OWNER_PLATFORMS_NOTE,
    },
  ];
}

const MSI_REBOOT_VALUES: readonly string[] = ['Allow', 'Force', 'Skip'];
const MSI_REBOOT_DESCRIPTIONS: readonly string[] = [
  'Restart only when the installer reports that a restart is needed (the default).',
  'Always restart the instance after the module succeeds.',
  'Never restart, even when the installer asks for it.',
];

function msiInputs(verb: 'install' | 'uninstall'): InputFact[] {
  return [
    {
      name: 'path',
      type: 'string',
      required: true,
      description:
        `Location of the MSI package to ${verb}: a local path, an S3 URI (\`s3://bucket/key\`) or an ` +
        `HTTP(S) URL. AWSTOE quotes the value when it builds the msiexec command line.`,
      acceptsExpressions: true,
    },
    {
      name: 'reboot',
      type: 'string',
      required: false,
      default: 'Allow',
      enum: MSI_REBOOT_VALUES,
      enumDescriptions: MSI_REBOOT_DESCRIPTIONS,
      description: 'What to do about restarting the instance once the package operation succeeds.',
    },
    {
      name: 'logOptions',
      type: 'string',
      required: false,
      default: '*VX',
      description:
        'Logging flags handed to msiexec after `/L` (any of `i w e a r u c m o p v x + ! *`). ' +
        'Only used when `logFile` is set.',
    },
    {
      name: 'logFile',
      type: 'string',
      required: false,
      description:
        'Absolute or relative path of the installer log. Missing folders are created. Without it no ' +
        'MSI log is kept.',
      acceptsExpressions: true,
    },
    {
      name: 'properties',
      type: 'string-map',
      required: false,
      description:
        'Public MSI properties passed on the command line as `KEY=value` pairs (for example ' +
        '`TARGETDIR`). Values that contain double quotes need YAML quoting. Properties that control ' +
        'logging and restarts are reserved and cannot be set here.',
    },
    {
      name: 'ignoreAuthenticodeSignatureErrors',
      type: 'boolean',
      required: false,
      default: false,
      description:
        'Carry on even when the Authenticode signature check of the package (Get-AuthenticodeSignature) ' +
        'reports an error.',
    },
    {
      name: 'allowUnsignedInstaller',
      type: 'boolean',
      required: false,
      default: false,
      description: 'Accept a package that carries no Authenticode signature at all.',
    },
  ];
}

const MSI_OUTPUTS = [
  { name: 'logFile', type: 'string', description: 'Path of the MSI log file, when one was requested.' },
  { name: 'msiExitCode', type: 'integer', description: 'Exit code returned by msiexec.' },
  { name: 'stdout', type: 'string', description: 'Standard output of the msiexec run.' },
] as const;

const STDOUT_OUTPUT = {
  name: 'stdout',
  type: 'string',
  description: 'Everything the commands wrote to standard output (joined with newlines across loop iterations).',
} as const;

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

export const ACTIONS: readonly ActionFact[] = [
  // ----- General execution ---------------------------------------------------------------------
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

  // ----- File download and upload --------------------------------------------------------------
  {
    name: 'S3Download',
    category: 'download-upload',
    summary: 'Downloads one S3 object, or every object under a key prefix, to the instance.',
    description:
      'Each list item copies `source` from Amazon S3 to the local `destination`. A source ending in ' +
      '`/*` downloads everything under that prefix (up to 1000 objects) into a folder. The parent ' +
      'folders of the destination must already exist, and a partial prefix download is not rolled back. ' +
      'The instance profile needs `s3:GetObject` (and `s3:ListBucket` for prefixes).',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      {
        name: 'source',
        type: 'string',
        required: true,
        description: 'S3 URI of one object (`s3://bucket/key`) or of a key prefix ending in `/*`.',
        acceptsExpressions: true,
      },
      {
        name: 'destination',
        type: 'string',
        required: true,
        description:
          'Local path to write to. For a single object give the full file name; for a prefix give a ' +
          'folder. Its parent folders must exist.',
        acceptsExpressions: true,
      },
      {
        name: 'expectedBucketOwner',
        type: 'string',
        required: false,
        description: 'Account ID that must own the source bucket; the download fails otherwise. Recommended.',
      },
      {
        name: 'overwrite',
        type: 'boolean',
        required: false,
        default: true,
        description: 'Replace existing local files. With `false` an existing file makes the step fail.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-s3download',
  },
  {
    name: 'S3Upload',
    category: 'download-upload',
    summary: 'Uploads a local file, or files matching a wildcard, to Amazon S3.',
    description:
      'Each list item copies the local `source` to the S3 `destination`. A `*` wildcard in the source ' +
      'uploads every matching file under the destination key prefix; with `recurse: true` whole folders ' +
      'are uploaded. Files already uploaded stay in S3 if a later one fails. The instance profile needs ' +
      '`s3:PutObject` on the target.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      {
        name: 'source',
        type: 'string',
        required: true,
        description: 'Local file or folder to upload; a `*` wildcard is allowed.',
        acceptsExpressions: true,
      },
      {
        name: 'destination',
        type: 'string',
        required: true,
        description: 'S3 URI of the target object, or of a key prefix ending in `/` for several files.',
        acceptsExpressions: true,
      },
      {
        name: 'recurse',
        type: 'boolean',
        required: false,
        default: false,
        description: 'Also upload the contents of sub-folders.',
        notes:
          'The reference table lists the type as String while its examples write `recurse: true`; we ' +
          'treat it as a boolean (YAML `true`/`false`).',
      },
      {
        name: 'expectedBucketOwner',
        type: 'string',
        required: false,
        description: 'Account ID that must own the destination bucket; the upload fails otherwise. Recommended.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-s3upload',
  },
  {
    name: 'WebDownload',
    category: 'download-upload',
    summary: 'Downloads files over HTTP or HTTPS, with optional checksum verification.',
    description:
      'Each list item fetches the URL in `source` into the local `destination`, following redirects. ' +
      'Any final status other than 200 is an error. Each download is retried with backoff up to five ' +
      'times on its own, independently of the step `maxAttempts`. Giving both `checksum` and ' +
      '`algorithm` verifies the file after download.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      {
        name: 'source',
        type: 'string',
        required: true,
        description: 'HTTP or HTTPS URL to download (HTTPS recommended).',
        acceptsExpressions: true,
      },
      {
        name: 'destination',
        type: 'string',
        required: true,
        description:
          'Local file path, or a folder path ending in `/` to keep the remote file name. Missing folders ' +
          'are created.',
        acceptsExpressions: true,
      },
      {
        name: 'overwrite',
        type: 'boolean',
        required: false,
        default: true,
        description:
          'Replace an existing local file. With a checksum, an existing file whose hash already matches ' +
          'is kept and not downloaded again. With `false` an existing file makes the step fail.',
      },
      {
        name: 'checksum',
        type: 'string',
        required: false,
        description: 'Expected hash of the downloaded file, computed with `algorithm`. Needs `algorithm`.',
        acceptsExpressions: true,
      },
      {
        name: 'algorithm',
        type: 'string',
        required: false,
        enum: ['MD5', 'SHA1', 'SHA256', 'SHA512'],
        enumDescriptions: ['MD5 digest.', 'SHA-1 digest.', 'SHA-256 digest.', 'SHA-512 digest.'],
        description: 'Hash algorithm of `checksum`. Needs `checksum`.',
        acceptsExpressions: true,
      },
      {
        name: 'ignoreCertificateErrors',
        type: 'boolean',
        required: false,
        default: false,
        description: 'Skip TLS certificate validation. Avoid outside of testing.',
      },
    ],
    outputs: [
      {
        name: 'destination',
        type: 'string',
        description: 'Local paths of the downloaded files, one per line, in input order.',
      },
    ],
    docAnchor: 'action-modules-webdownload',
  },

  // ----- File system operations ----------------------------------------------------------------
  {
    name: 'AppendFile',
    category: 'file-system',
    summary: 'Appends text to the end of an existing file.',
    description:
      'Adds `content` after what the file already holds, writing it in the given `encoding` (UTF-8 by ' +
      'default). The file must already exist and be writable.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('file', 'Path of the file to append to; it must exist.'),
      {
        name: 'content',
        type: 'string',
        required: false,
        default: '',
        description: 'Text to append. Leaving it out appends nothing.',
        acceptsExpressions: true,
      },
      encodingInput('Character encoding of the appended text (case does not matter).'),
    ],
    outputs: [],
    docAnchor: 'action-modules-appendfile',
  },
  {
    name: 'CopyFile',
    category: 'file-system',
    summary: 'Copies files to another location.',
    description:
      'Copies `source` to `destination`, creating missing destination folders. An existing file of the ' +
      'same name is replaced unless `overwrite` is false, like `cp`.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: sourceDestinationInputs('file', 'copy'),
    outputs: [],
    docAnchor: 'action-modules-copyfile',
  },
  {
    name: 'CopyFolder',
    category: 'file-system',
    summary: 'Copies folders and their contents to another location.',
    description:
      'Copies the folder `source` to `destination`, creating missing destination folders. An existing ' +
      'folder of the same name is replaced unless `overwrite` is false.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: sourceDestinationInputs('folder', 'copy'),
    outputs: [],
    docAnchor: 'action-modules-copyfolder',
  },
  {
    name: 'CreateFile',
    category: 'file-system',
    summary: 'Creates a file, optionally with content, owner and permissions.',
    description:
      'Writes a file at `path` with the given `content` and `encoding`, creating missing parent folders. ' +
      'An existing file is truncated and rewritten unless `overwrite` is false. An item with only ' +
      '`path` creates an empty file. `owner`, `group` and `permissions` work on Linux and macOS only.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('file', 'Path of the file to create.'),
      {
        name: 'content',
        type: 'string',
        required: false,
        description: 'Text to write into the file.',
        acceptsExpressions: true,
      },
      encodingInput('Character encoding of the written text (case does not matter).'),
      ...ownerInputs('file', '0666'),
      {
        name: 'overwrite',
        type: 'boolean',
        required: false,
        default: true,
        description: 'Replace an existing file. With `false` an existing file makes the step fail.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-createfile',
  },
  {
    name: 'CreateFolder',
    category: 'file-system',
    summary: 'Creates a folder, optionally with owner and permissions.',
    description:
      'Creates the folder at `path` together with any missing parents. `owner`, `group` and ' +
      '`permissions` work on Linux and macOS only.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('folder', 'Path of the folder to create.'),
      ...ownerInputs('folder', '0777'),
      {
        name: 'overwrite',
        type: 'boolean',
        required: false,
        default: true,
        description: 'Replace an existing folder. With `false` an existing folder makes the step fail.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-createfolder',
  },
  {
    name: 'CreateSymlink',
    category: 'file-system',
    summary: 'Creates a symbolic link that points to a target file.',
    description:
      'Makes `path` a symbolic link to `target`; relative paths are turned into absolute ones and ' +
      'missing parent folders are created. An existing link of the same name is an error unless ' +
      '`force` is true; a regular file in the way is always an error.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('file', 'Path of the link to create.'),
      {
        name: 'target',
        type: 'string',
        required: true,
        description: 'The file the link points to; it must exist.',
        acceptsExpressions: true,
      },
      {
        name: 'force',
        type: 'boolean',
        required: false,
        default: false,
        description: 'Replace a link that already exists at `path`.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-createsymlink',
    notes:
      'Older editions of the reference said Windows was not supported; the current edition lists ' +
      'Linux, Windows and macOS, which we follow.',
  },
  {
    name: 'DeleteFile',
    category: 'file-system',
    summary: 'Deletes a file, or the files in one folder that match a wildcard.',
    description:
      'Removes the file at `path`. A `*` in the file name deletes every matching file in that folder ' +
      '(not in sub-folders).',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [pathInput('file', 'Path of the file to delete; a `*` wildcard is allowed in the file name.')],
    outputs: [],
    docAnchor: 'action-modules-deletefile',
  },
  {
    name: 'DeleteFolder',
    category: 'file-system',
    summary: 'Deletes a folder.',
    description:
      'Removes the folder at `path`. A folder that still has contents is only removed when `force` is ' +
      'true; otherwise the step fails.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('folder', 'Path of the folder to delete.'),
      {
        name: 'force',
        type: 'boolean',
        required: false,
        default: false,
        description: 'Delete the folder even when it is not empty, with everything in it.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-deletefolder',
  },
  {
    name: 'ListFiles',
    category: 'file-system',
    summary: 'Lists the files in a folder, optionally filtered and recursive.',
    description:
      'Returns the files found in the folder at `path`, optionally only those whose names match ' +
      '`fileNamePattern`, and optionally descending into sub-folders. The folder must exist.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('folder', 'Folder whose files are listed.'),
      {
        name: 'fileNamePattern',
        type: 'string',
        required: false,
        description: 'Only list files whose names match this pattern; `*` is a wildcard.',
      },
      {
        name: 'recursive',
        type: 'boolean',
        required: false,
        default: false,
        description: 'Also list the files of sub-folders.',
      },
    ],
    outputs: [{ name: 'files', type: 'string', description: 'The paths found, separated by commas.' }],
    docAnchor: 'action-modules-listfiles',
  },
  {
    name: 'MoveFile',
    category: 'file-system',
    summary: 'Moves or renames files.',
    description:
      'Moves `source` to `destination`, creating missing destination folders. An existing file of the ' +
      'same name is replaced unless `overwrite` is false, like `mv`.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: sourceDestinationInputs('file', 'move'),
    outputs: [],
    docAnchor: 'action-modules-movefile',
  },
  {
    name: 'MoveFolder',
    category: 'file-system',
    summary: 'Moves or renames folders.',
    description:
      'Moves the folder `source` to `destination`, creating missing destination folders. An existing ' +
      'folder of the same name is replaced unless `overwrite` is false.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: sourceDestinationInputs('folder', 'move'),
    outputs: [],
    docAnchor: 'action-modules-movefolder',
  },
  {
    name: 'ReadFile',
    category: 'file-system',
    summary: 'Reads a text file so later steps can use its content.',
    description:
      'Reads the whole text file at `path` (following a symbolic link to its target) and exposes it ' +
      'as the `content` output for chaining. It does not parse structured formats. The content is ' +
      'only written to console.log when `printFileContent` is true.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('file', 'Path of the text file to read; it must exist.'),
      encodingInput('Character encoding of the file (case does not matter).'),
      {
        name: 'printFileContent',
        type: 'boolean',
        required: false,
        default: false,
        description: 'Also write the file content to console.log.',
      },
    ],
    outputs: [{ name: 'content', type: 'string', description: 'The text read from the file.' }],
    docAnchor: 'action-modules-readfile',
  },
  {
    name: 'SetFileEncoding',
    category: 'file-system',
    summary: 'Re-encodes an existing UTF-8 file in another encoding.',
    description:
      'Converts the text of the existing file at `path` from UTF-8 to the given `encoding`. UTF-16 and ' +
      'UTF-32 are little-endian unless the value says otherwise.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('file', 'Path of the file to convert; it must exist.'),
      encodingInput('Target encoding (case does not matter).'),
    ],
    outputs: [],
    docAnchor: 'action-modules-setfileencoding',
  },
  {
    name: 'SetFileOwner',
    category: 'file-system',
    summary: 'Changes the owning user and group of an existing file.',
    description:
      'Sets the owner (and optionally the group) of the file at `path`; for a symbolic link the target ' +
      'file is changed. Without `group`, the group becomes the primary group of the new owner.',
    platforms: UNIX,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('file', 'Path of the file; it must exist.'),
      { name: 'owner', type: 'string', required: true, description: 'User name of the new owner.' },
      {
        name: 'group',
        type: 'string',
        required: false,
        description: 'Group name of the new group owner. Defaults to the primary group of `owner`.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-setfileowner',
  },
  {
    name: 'SetFolderOwner',
    category: 'file-system',
    summary: 'Changes the owning user and group of a folder, recursively by default.',
    description:
      'Sets the owner (and optionally the group) of the folder at `path` and, unless `recursive` is ' +
      'false, of everything inside it. Without `group`, the group becomes the primary group of the new owner.',
    platforms: UNIX,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('folder', 'Path of the folder; it must exist.'),
      { name: 'owner', type: 'string', required: true, description: 'User name of the new owner.' },
      {
        name: 'group',
        type: 'string',
        required: false,
        description: 'Group name of the new group owner. Defaults to the primary group of `owner`.',
      },
      {
        name: 'recursive',
        type: 'boolean',
        required: false,
        default: true,
        description: 'Apply the change to the folder contents too. Set `false` to change only the folder.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-setfolderowner',
  },
  {
    name: 'SetFilePermissions',
    category: 'file-system',
    summary: 'Changes the permission bits of an existing file.',
    description: 'Sets the mode of the file at `path` to `permissions`, given as an octal string.',
    platforms: UNIX,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('file', 'Path of the file; it must exist.'),
      {
        name: 'permissions',
        type: 'string',
        required: true,
        description: 'New mode in octal notation, for example `0644` or `755`. Write it as a string.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-setfilepermissions',
  },
  {
    name: 'SetFolderPermissions',
    category: 'file-system',
    summary: 'Changes the permission bits of a folder, recursively by default.',
    description:
      'Sets the mode of the folder at `path`, and unless `recursive` is false of every file and ' +
      'sub-folder in it, to `permissions` (an octal string).',
    platforms: UNIX,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      pathInput('folder', 'Path of the folder; it must exist.'),
      {
        name: 'permissions',
        type: 'string',
        required: true,
        description: 'New mode in octal notation, for example `0755`. Write it as a string.',
      },
      {
        name: 'recursive',
        type: 'boolean',
        required: false,
        default: true,
        description: 'Apply the change to the folder contents too. Set `false` to change only the folder.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-setfolderpermissions',
  },

  // ----- Software installation -----------------------------------------------------------------
  {
    name: 'InstallMSI',
    category: 'software-installation',
    summary: 'Installs a Windows application from an MSI package.',
    description:
      'Builds and runs an msiexec install command for the package at `path` (local, S3 or web). ' +
      'Exit codes 0, 1614, 1641 and 3010 count as success; `reboot` decides whether the instance is ' +
      'restarted afterwards. The Authenticode signature of the package is checked unless told otherwise.',
    platforms: WINDOWS,
    inputsShape: 'map',
    inputsRequired: true,
    inputs: msiInputs('install'),
    outputs: MSI_OUTPUTS,
    successExitCodes: [0, 1614, 1641, 3010],
    docAnchor: 'action-modules-install-msi',
  },
  {
    name: 'UninstallMSI',
    category: 'software-installation',
    summary: 'Removes a Windows application using its MSI package.',
    description:
      'Builds and runs an msiexec uninstall command for the package at `path` (local, S3 or web). ' +
      'Exit codes 0, 1605, 1614, 1641 and 3010 count as success, so removing a product that is not ' +
      'installed is not an error; `reboot` decides whether the instance is restarted afterwards.',
    platforms: WINDOWS,
    inputsShape: 'map',
    inputsRequired: true,
    inputs: msiInputs('uninstall'),
    outputs: MSI_OUTPUTS,
    successExitCodes: [0, 1605, 1614, 1641, 3010],
    docAnchor: 'action-modules-uninstall-msi',
  },

  // ----- System actions ------------------------------------------------------------------------
  {
    name: 'Reboot',
    category: 'system',
    summary: 'Restarts the instance, then resumes the document after the restart.',
    description:
      'Restarts the instance, optionally after `delaySeconds`. Under the Systems Manager agent AWSTOE ' +
      'hands the restart to the agent; run standalone it saves its state and registers itself to ' +
      'resume after boot (a scheduled task on Windows, a cron @reboot entry on Linux). The step ' +
      'timeout does not apply, and the number of restarts is capped by the agent retry limit.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'map',
    inputsRequired: false,
    inputs: [
      {
        name: 'delaySeconds',
        type: 'integer',
        required: false,
        default: 0,
        minimum: 0,
        description: 'Seconds to wait before restarting. 0 restarts at once.',
      },
    ],
    outputs: [],
    ignoresTimeout: true,
    docAnchor: 'action-modules-reboot',
    notes:
      'The macOS entry follows the platform list of the current reference edition; its text only ' +
      'describes the Linux and Windows restart mechanics.',
  },
  {
    name: 'SetRegistry',
    category: 'system',
    summary: 'Sets Windows registry values, creating missing keys.',
    description:
      'Each list item writes one named value under the registry key at `path`, with the given `type`. ' +
      'Keys that do not exist yet are created.',
    platforms: WINDOWS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      {
        name: 'path',
        type: 'string',
        required: true,
        description:
          'Registry key, starting with a hive: HKEY_CLASSES_ROOT / HKCR:, HKEY_USERS / HKU:, ' +
          'HKEY_LOCAL_MACHINE / HKLM:, HKEY_CURRENT_CONFIG / HKCC: or HKEY_CURRENT_USER / HKCU:.',
        acceptsExpressions: true,
      },
      { name: 'name', type: 'string', required: true, description: 'Name of the value to set under the key.' },
      {
        name: 'value',
        type: 'scalar-or-list',
        required: true,
        description: 'Data to store: a string, a number, or a list (for MULTI_SZ and BINARY).',
        acceptsExpressions: true,
      },
      {
        name: 'type',
        type: 'string',
        required: true,
        enum: ['BINARY', 'DWORD', 'QWORD', 'SZ', 'EXPAND_SZ', 'MULTI_SZ'],
        enumDescriptions: [
          'Raw binary data.',
          '32-bit number.',
          '64-bit number.',
          'Plain string.',
          'String that may contain environment-variable references expanded when read.',
          'List of strings.',
        ],
        description: 'Registry data type of the value.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-setregistry',
  },
  {
    name: 'UpdateOS',
    category: 'system',
    summary: 'Installs operating-system updates, all of them or a chosen subset.',
    description:
      'Installs every available update unless told otherwise. `include` narrows the set and `exclude` ' +
      'removes entries from it; with both, only included updates that are not excluded are installed. ' +
      'Linux uses yum or apt-get (whichever is present) and needs sudo; Windows uses the update source ' +
      'configured on the instance.',
    platforms: ['Linux', 'Windows'],
    inputsShape: 'map',
    inputsRequired: false,
    inputs: [
      {
        name: 'include',
        type: 'string-list',
        required: false,
        description:
          'Updates to install. Linux: package names. Windows: KB identifiers or update-title patterns ' +
          'with `*` wildcards (for example `*Security*`).',
      },
      {
        name: 'exclude',
        type: 'string-list',
        required: false,
        description:
          'Updates to leave out. Linux: package names. Windows: KB identifiers or update-title patterns ' +
          'with `*` wildcards.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-updateos',
    notes:
      'The reference only describes Linux and Windows behaviour for this module, so macOS is not listed.',
  },
];
