/** Action modules: reading files and setting their encoding, owners and permissions; the sources of the facts are named in ../actions.ts. */
import { ActionFact, ALL_PLATFORMS } from '../types';
import { encodingInput, pathInput, UNIX } from './shared';

export const FILE_PROPERTY_ACTIONS: readonly ActionFact[] = [
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

];
