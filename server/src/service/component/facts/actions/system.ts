/** Action modules: software installation and system actions; the sources of the facts are named in ../actions.ts. */
import { ActionFact, ALL_PLATFORMS } from '../types';
import { MSI_OUTPUTS, msiInputs, WINDOWS } from './shared';

export const SYSTEM_ACTIONS: readonly ActionFact[] = [
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
