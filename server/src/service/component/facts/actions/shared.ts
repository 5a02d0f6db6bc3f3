/** Inputs and outputs shared by several action modules. Descriptions are our own words. */
import { InputFact, Platform } from '../types';

export const UNIX: readonly Platform[] = ['Linux', 'macOS'];
export const WINDOWS: readonly Platform[] = ['Windows'];

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

export function encodingInput(description: string): InputFact {
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

export function pathInput(what: 'file' | 'folder', description?: string): InputFact {
  return {
    name: 'path',
    type: 'string',
    required: true,
    description: description ?? `Absolute or relative path of the ${what}.`,
    acceptsExpressions: true,
  };
}

export function sourceDestinationInputs(what: 'file' | 'folder', verb: string): InputFact[] {
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

export function ownerInputs(what: 'file' | 'folder', permissionsDefault: string): InputFact[] {
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

export function msiInputs(verb: 'install' | 'uninstall'): InputFact[] {
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

export const MSI_OUTPUTS = [
  { name: 'logFile', type: 'string', description: 'Path of the MSI log file, when one was requested.' },
  { name: 'msiExitCode', type: 'integer', description: 'Exit code returned by msiexec.' },
  { name: 'stdout', type: 'string', description: 'Standard output of the msiexec run.' },
] as const;

export const STDOUT_OUTPUT = {
  name: 'stdout',
  type: 'string',
  description: 'Everything the commands wrote to standard output (joined with newlines across loop iterations).',
} as const;
