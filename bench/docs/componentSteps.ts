/**
 * Step templates for generated component documents (Linux): every common action module, loops,
 * conditions and `{{ }}` chaining. Each template returns the step's lines, indented relative to the
 * step's `- ` (the first line is the `name:` line). Deterministic: only the step index varies.
 */
export interface StepContext {
  readonly index: number;
  readonly name: string;
  readonly phase: string;
  /** The last earlier step of this phase with a `stdout` output, for chaining. */
  readonly previousOutput: string | undefined;
}

export interface StepTemplate {
  readonly id: string;
  /** The step has an `outputs.stdout` that later steps may chain to. */
  readonly stdout: boolean;
  readonly lines: (c: StepContext) => string[];
}

const n = (c: StepContext): string => String(c.index);
const chained = (c: StepContext, fallback: string): string =>
  c.previousOutput ? `{{ ${c.phase}.${c.previousOutput}.outputs.stdout }}` : fallback;

export const STEP_TEMPLATES: readonly StepTemplate[] = [
  {
    id: 'bash', stdout: true, lines: (c) => [
      `name: ${c.name}`, 'action: ExecuteBash', 'timeoutSeconds: 600', 'onFailure: Abort', 'inputs:', '  commands:',
      `    - echo "previous ${chained(c, 'none')}"`, `    - mkdir -p {{ InstallDir }}/step-${n(c)}`,
    ],
  },
  {
    id: 's3download', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: S3Download', 'maxAttempts: 3', 'inputs:',
      `  - source: s3://{{ ArtifactBucket }}/artifacts/file-${n(c)}.zip`, `    destination: '{{ InstallDir }}/downloads/file-${n(c)}.zip'`,
      '    overwrite: true',
    ],
  },
  {
    id: 'webdownload', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: WebDownload', 'inputs:', `  - source: '{{ BaseUrl }}/package-${n(c)}.tar.gz'`,
      `    destination: /tmp/package-${n(c)}.tar.gz`, `    checksum: ${checksum(c.index)}`, '    algorithm: SHA256',
    ],
  },
  {
    id: 'createfile', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: CreateFile', 'inputs:', `  - path: /etc/bench/config-${n(c)}.conf`,
      `    content: 'setting_${n(c)}={{ Version }}'`, '    overwrite: true',
    ],
  },
  {
    id: 'binary', stdout: true, lines: (c) => [
      `name: ${c.name}`, 'action: ExecuteBinary', 'inputs:', '  path: /usr/bin/env',
      '  arguments:', '    - bash', `    - '{{ InstallDir }}/scripts/run-${n(c)}.sh'`,
    ],
  },
  {
    id: 'appendfile', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: AppendFile', 'inputs:', '  - path: /var/log/bench.log', `    content: 'step ${n(c)} done'`,
    ],
  },
  {
    id: 'copyfile', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: CopyFile', 'inputs:', `  - source: /tmp/package-${n(c)}.tar.gz`,
      `    destination: '{{ InstallDir }}/package-${n(c)}.tar.gz'`, '    overwrite: true',
    ],
  },
  {
    id: 'foreach', stdout: true, lines: (c) => [
      `name: ${c.name}`, 'action: ExecuteBash', 'loop:', `  name: each${n(c)}`, '  forEach:', '    - alpha', '    - beta', '    - gamma',
      'inputs:', '  commands:', `    - echo "{{ loop.index }} {{ each${n(c)}.value }} ${n(c)}"`,
    ],
  },
  {
    id: 'createfolder', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: CreateFolder', 'inputs:', `  - path: '{{ InstallDir }}/data-${n(c)}'`, '    permissions: "0755"',
    ],
  },
  {
    id: 'permissions', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: SetFilePermissions', 'inputs:', `  - path: /etc/bench/config-${n(c)}.conf`, '    permissions: "0644"',
    ],
  },
  {
    id: 'for', stdout: true, lines: (c) => [
      `name: ${c.name}`, 'action: ExecuteBash', 'loop:', '  for:', '    start: 1', '    end: 3', '    updateBy: 1',
      'inputs:', '  commands:', `    - echo "attempt {{ loop.value }} of step ${n(c)}"`,
    ],
  },
  {
    id: 'readfile', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: ReadFile', 'inputs:', `  - path: /etc/bench/config-${n(c)}.conf`, '    encoding: utf8',
    ],
  },
  {
    id: 'assert', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: Assert', 'onFailure: Continue', 'inputs:', '  stringEquals: ready', `  value: '${chained(c, 'ready')}'`,
    ],
  },
  {
    id: 'movefile', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: MoveFile', 'inputs:', `  - source: /tmp/move-${n(c)}.txt`, `    destination: /opt/bench/move-${n(c)}.txt`,
    ],
  },
  {
    id: 'listfiles', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: ListFiles', 'inputs:', "  - path: '{{ InstallDir }}'", "    fileNamePattern: '*.conf'", '    recursive: true',
    ],
  },
  {
    id: 'conditional', stdout: true, lines: (c) => [
      `name: ${c.name}`, 'action: ExecuteBash', 'if:', '  and:', "    - stringEquals: 'Linux'", "      value: '{{ Platform }}'",
      '    - not:', `        numberLessThan: ${c.index % 7}`, '        value: 3', 'inputs:', '  commands:', `    - echo conditional ${n(c)}`,
    ],
  },
  {
    id: 's3upload', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: S3Upload', 'inputs:', `  - source: /var/log/bench-${n(c)}.log`,
      `    destination: s3://{{ ArtifactBucket }}/logs/bench-${n(c)}.log`,
    ],
  },
  {
    id: 'deletefile', stdout: false, lines: (c) => [`name: ${c.name}`, 'action: DeleteFile', 'inputs:', `  - path: /tmp/package-${n(c)}.tar.gz`],
  },
  {
    id: 'owner', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: SetFileOwner', 'inputs:', `  - path: /etc/bench/config-${n(c)}.conf`, '    owner: root', '    group: root',
    ],
  },
  {
    id: 'symlink', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: CreateSymlink', 'inputs:', `  - path: /usr/local/bin/bench-${n(c)}`, `    target: '{{ InstallDir }}/bin/bench-${n(c)}'`,
    ],
  },
  {
    id: 'document', stdout: false, lines: (c) => [
      `name: ${c.name}`, 'action: ExecuteDocument', 'inputs:', `  document: s3://{{ ArtifactBucket }}/documents/nested-${n(c)}.yaml`,
      '  phases: build', '  parameters:', '    - name: Version', "      value: '{{ Version }}'",
    ],
  },
  {
    id: 'updateos', stdout: false, lines: (c) => [`name: ${c.name}`, 'action: UpdateOS', 'inputs:', '  exclude:', `    - kernel-${c.index % 5}*`],
  },
  {
    id: 'reboot', stdout: false, lines: (c) => [`name: ${c.name}`, 'action: Reboot', 'onFailure: Abort', 'maxAttempts: 2', 'inputs:', '  delaySeconds: 60'],
  },
];

/** A deterministic 64-hex-digit string derived from `i` (not a real hash; just the right shape). */
function checksum(i: number): string {
  let x = (i * 2654435761) >>> 0;
  let out = '';
  while (out.length < 64) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}
