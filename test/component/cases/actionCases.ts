/** One case per action module: a valid step, the keys offered in its inputs, and the first line of its hover. */
export interface ActionCase {
  readonly action: string;
  /** The `inputs:` value, indented for a step (10 spaces), or '' for none. */
  readonly inputs: string;
  /** Completion labels in an empty inputs mapping or list item (required ones first). */
  readonly keys: readonly string[];
  readonly hover: string;
}

const ALL = 'Linux, Windows, macOS';
const MSI_KEYS = ['path', 'allowUnsignedInstaller', 'ignoreAuthenticodeSignatureErrors', 'logFile', 'logOptions', 'properties', 'reboot'];

export const ACTION_CASES: readonly ActionCase[] = [
  { action: 'Assert', inputs: '          fileExists: /tmp/a\n', keys: [], hover: `**Assert** — action module · ${ALL}` },
  { action: 'ExecuteBash', inputs: '          commands:\n            - echo hi\n', keys: ['commands'], hover: '**ExecuteBash** — action module · Linux, macOS' },
  { action: 'ExecuteBinary', inputs: '          path: /usr/bin/env\n          arguments: [ls]\n', keys: ['path', 'arguments'], hover: `**ExecuteBinary** — action module · ${ALL}` },
  { action: 'ExecuteDocument', inputs: '          document: other.yml\n          phases: build,validate\n          parameters:\n            - name: p\n              value: v\n', keys: ['document', 'document-s3-bucket-owner', 'parameters', 'phases'], hover: `**ExecuteDocument** — action module · ${ALL}` },
  { action: 'ExecutePowerShell', inputs: '          commands:\n            - Write-Host hi\n', keys: ['commands', 'file'], hover: '**ExecutePowerShell** — action module · Windows' },
  { action: 'S3Download', inputs: '          - source: s3://bucket/key\n            destination: /tmp/key\n', keys: ['destination', 'source', 'expectedBucketOwner', 'overwrite'], hover: `**S3Download** — action module · ${ALL}` },
  { action: 'S3Upload', inputs: '          - source: /tmp/key\n            destination: s3://bucket/key\n            recurse: false\n', keys: ['destination', 'source', 'expectedBucketOwner', 'recurse'], hover: `**S3Upload** — action module · ${ALL}` },
  { action: 'WebDownload', inputs: '          - source: https://example.com/a.zip\n            destination: /tmp/a.zip\n            checksum: abc\n            algorithm: SHA256\n', keys: ['destination', 'source', 'algorithm', 'checksum', 'ignoreCertificateErrors', 'overwrite'], hover: `**WebDownload** — action module · ${ALL}` },
  { action: 'AppendFile', inputs: '          - path: /tmp/a\n            content: more\n', keys: ['path', 'content', 'encoding'], hover: `**AppendFile** — action module · ${ALL}` },
  { action: 'CopyFile', inputs: '          - source: /tmp/a\n            destination: /tmp/b\n', keys: ['destination', 'source', 'overwrite'], hover: `**CopyFile** — action module · ${ALL}` },
  { action: 'CopyFolder', inputs: '          - source: /tmp/a\n            destination: /tmp/b/\n', keys: ['destination', 'source', 'overwrite'], hover: `**CopyFolder** — action module · ${ALL}` },
  { action: 'CreateFile', inputs: '          - path: /tmp/a\n            content: hello\n            permissions: 0644\n', keys: ['path', 'content', 'encoding', 'group', 'overwrite', 'owner', 'permissions'], hover: `**CreateFile** — action module · ${ALL}` },
  { action: 'CreateFolder', inputs: '          - path: /tmp/dir\n', keys: ['path', 'group', 'overwrite', 'owner', 'permissions'], hover: `**CreateFolder** — action module · ${ALL}` },
  { action: 'CreateSymlink', inputs: '          - path: /tmp/link\n            target: /tmp/a\n', keys: ['path', 'target', 'force'], hover: `**CreateSymlink** — action module · ${ALL}` },
  { action: 'DeleteFile', inputs: '          - path: /tmp/a\n', keys: ['path'], hover: `**DeleteFile** — action module · ${ALL}` },
  { action: 'DeleteFolder', inputs: '          - path: /tmp/dir\n            force: true\n', keys: ['path', 'force'], hover: `**DeleteFolder** — action module · ${ALL}` },
  { action: 'ListFiles', inputs: '          - path: /tmp\n            fileNamePattern: "*.log"\n', keys: ['path', 'fileNamePattern', 'recursive'], hover: `**ListFiles** — action module · ${ALL}` },
  { action: 'MoveFile', inputs: '          - source: /tmp/a\n            destination: /tmp/b\n', keys: ['destination', 'source', 'overwrite'], hover: `**MoveFile** — action module · ${ALL}` },
  { action: 'MoveFolder', inputs: '          - source: /tmp/a\n            destination: /tmp/b/\n', keys: ['destination', 'source', 'overwrite'], hover: `**MoveFolder** — action module · ${ALL}` },
  { action: 'ReadFile', inputs: '          - path: /tmp/a\n            encoding: utf-8\n', keys: ['path', 'encoding', 'printFileContent'], hover: `**ReadFile** — action module · ${ALL}` },
  { action: 'SetFileEncoding', inputs: '          - path: /tmp/a\n            encoding: utf16-LE\n', keys: ['path', 'encoding'], hover: `**SetFileEncoding** — action module · ${ALL}` },
  { action: 'SetFileOwner', inputs: '          - path: /tmp/a\n            owner: ec2-user\n', keys: ['owner', 'path', 'group'], hover: '**SetFileOwner** — action module · Linux, macOS' },
  { action: 'SetFolderOwner', inputs: '          - path: /tmp/dir\n            owner: ec2-user\n            recursive: false\n', keys: ['owner', 'path', 'group', 'recursive'], hover: '**SetFolderOwner** — action module · Linux, macOS' },
  { action: 'SetFilePermissions', inputs: '          - path: /tmp/a\n            permissions: 0600\n', keys: ['path', 'permissions'], hover: '**SetFilePermissions** — action module · Linux, macOS' },
  { action: 'SetFolderPermissions', inputs: "          - path: /tmp/dir\n            permissions: '0755'\n", keys: ['path', 'permissions', 'recursive'], hover: '**SetFolderPermissions** — action module · Linux, macOS' },
  { action: 'InstallMSI', inputs: '          path: C:\\a.msi\n          reboot: Skip\n          properties:\n            TARGETDIR: C:\\app\n', keys: MSI_KEYS, hover: '**InstallMSI** — action module · Windows' },
  { action: 'UninstallMSI', inputs: '          path: C:\\a.msi\n', keys: MSI_KEYS, hover: '**UninstallMSI** — action module · Windows' },
  { action: 'Reboot', inputs: '', keys: ['delaySeconds'], hover: `**Reboot** — action module · ${ALL}` },
  { action: 'SetRegistry', inputs: '          - path: HKLM:\\SOFTWARE\\App\n            name: Version\n            value: [a, b]\n            type: MULTI_SZ\n', keys: ['name', 'path', 'type', 'value'], hover: '**SetRegistry** — action module · Windows' },
  { action: 'UpdateOS', inputs: '          exclude:\n            - kernel\n', keys: ['exclude', 'include'], hover: '**UpdateOS** — action module · Linux, Windows' },
];
