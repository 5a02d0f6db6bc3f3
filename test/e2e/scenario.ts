// What the real-editor tests check, as plain data shared by every editor (VS Code in code-server, Neovim):
// which files, which diagnostics, and where completion and hover are asked. No editor API in here.

/**
 * Workspace-relative paths of the files the editors open: the project's own examples/, plus the few
 * e2e fixtures (test/e2e/fixtures/workspace) for what no example shows: a YAML `platform:` and a real
 * GitHub workflow in .github/workflows.
 */
export const FILES = {
  placementConflict: 'examples/requests/infrastructure-placement-conflict.json',
  componentError: 'examples/component/broken-references.yaml',
  component: 'examples/component/install-nginx.yaml',
  platformYaml: 'e2e/create-component.yaml',
  volumeType: 'examples/requests/image-recipe.json',
  ciWorkflow: 'examples/other/ci-workflow.yml',
  githubWorkflow: '.github/workflows/ci.yml',
} as const;

export type FileId = keyof typeof FILES;

export interface ExpectedDiagnostics {
  file: FileId;
  /** Every one of these codes must be reported (as errors) in the file. */
  codes: string[];
}

export const DIAGNOSTICS: ExpectedDiagnostics[] = [
  { file: 'placementConflict', codes: ['placement-target-conflict'] },
  { file: 'componentError', codes: ['unknown-action'] },
];

/** Files that must get no diagnostic at all. */
export const SILENT: FileId[] = ['ciWorkflow', 'githubWorkflow'];

export interface CompletionCase {
  name: string;
  file: FileId;
  /** The key whose value is deleted; completion is asked right after `key: ` / `"key": `. */
  key: string;
  expect: string[];
}

export const COMPLETIONS: CompletionCase[] = [
  { name: 'tenancy', file: 'placementConflict', key: 'tenancy', expect: ['default', 'dedicated', 'host'] },
  { name: 'platform', file: 'platformYaml', key: 'platform', expect: ['Windows', 'Linux', 'macOS'] },
  { name: 'volumeType', file: 'volumeType', key: 'volumeType', expect: ['standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1'] },
];

export const HOVER = { file: 'placementConflict' as FileId, key: 'hostId', expect: /Dedicated Host/ };

/** The quick fix applied: its title, and the code that must go once it is applied. */
export const QUICK_FIX = { file: 'placementConflict' as FileId, code: 'placement-target-conflict', title: "Remove 'hostResourceGroupArn'" };

/** Expected language-status wording: the kind of each file, as a pattern on the status text (with the
 * platform too, whenever the server gives one). */
export const KINDS: Array<{ file: FileId; kind: string; text: RegExp }> = [
  { file: 'placementConflict', kind: 'create-infrastructure-configuration', text: /infrastructure configuration/i },
  { file: 'component', kind: 'component-document', text: /component document/i },
];

/** Highlighting: a `{{ … }}` expression in a component document gets the injection grammar's scopes. */
export const GRAMMAR = { file: 'component' as FileId, text: '{{', scope: /template-expression\.begin\.imagebuilder/ };

export interface Position {
  line: number;
  character: number;
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The position of the first occurrence of `key` used as a key (`key:` or `"key":`), at its first letter. */
export function keyPosition(text: string, key: string): Position {
  const m = new RegExp(`(^|[\\s{,])"?(${key})"?\\s*:`, 'm').exec(text);
  if (!m) throw new Error(`key ${key} not found`);
  return positionAt(text, m.index + m[0].indexOf(key));
}

/**
 * The text with the value of `key` deleted, as a person would have it just after typing `"key": `,
 * and the cursor position there. The rest of the line (a comma, a closing brace) is kept.
 */
export function blankValue(text: string, key: string): { text: string; cursor: Position } {
  const re = new RegExp(`(^|[\\s{,])("?)${key}\\2\\s*:[ \\t]*`, 'm');
  const m = re.exec(text);
  if (!m) throw new Error(`key ${key} not found`);
  const valueStart = m.index + m[0].length;
  const valueMatch = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^,}\]\r\n]*)/.exec(text.slice(valueStart));
  const valueEnd = valueStart + (valueMatch ? valueMatch[0].length : 0);
  const out = text.slice(0, valueStart) + text.slice(valueEnd).replace(/^[ \t]+(?=\S)/, '');
  return { text: out, cursor: positionAt(out, valueStart) };
}
