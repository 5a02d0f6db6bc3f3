/** Action modules: file system operations (append, copy, create, delete, list, move); the sources of the facts are named in ../actions.ts. */
import { ActionFact, ALL_PLATFORMS } from '../types';
import { encodingInput, ownerInputs, pathInput, sourceDestinationInputs } from './shared';

export const FILE_ACTIONS: readonly ActionFact[] = [
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
];
