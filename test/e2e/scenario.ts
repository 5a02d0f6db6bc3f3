// What the real-editor tests check, as plain data shared by every editor (VS Code in code-server, Neovim):
// which files, which diagnostics, and where completion and hover are asked. No editor API in here.
import { CURSOR } from '../support/cursor';

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
  nearMiss: 'e2e/near-miss-component.yaml',
  acceptYaml: 'e2e/accept/hello-component.yaml',
  acceptJson: 'e2e/accept/infra.json',
  acceptTemplate: 'e2e/accept/hello.template.yaml',
  workspaceRecipe: 'e2e/workspace/recipe.json',
  workspaceComponent: 'e2e/workspace/components/greeter.yaml',
  template: 'examples/cloudformation/nginx-pipeline.template.yaml',
  terraform: 'examples/terraform/main.tf',
} as const;

export type FileId = keyof typeof FILES;

export interface ExpectedDiagnostics {
  file: FileId;
  /** Every one of these codes must be reported (as errors) in the file. */
  codes: string[];
  /** Text the diagnostic's message has (to tell it from the same code in another file, e.g. in the Problems panel). */
  text?: string;
}

export const DIAGNOSTICS: ExpectedDiagnostics[] = [
  { file: 'placementConflict', codes: ['placement-target-conflict'] },
  { file: 'componentError', codes: ['unknown-action'] },
  { file: 'nearMiss', codes: ['unknown-property'] },
  { file: 'template', codes: ['placement-target-conflict'], text: "'HostId' and 'HostResourceGroupArn'" },
  { file: 'terraform', codes: ['placement-target-conflict'], text: "'host_id' and 'host_resource_group_arn'" },
];

/** Files that must get no diagnostic at all. */
export const SILENT: FileId[] = ['ciWorkflow', 'githubWorkflow'];

export interface CompletionCase {
  name: string;
  file: FileId;
  /** The key whose value is deleted; completion is asked right after `key: ` / `"key": ` / `key = `. */
  key: string;
  expect: string[];
}

export const COMPLETIONS: CompletionCase[] = [
  { name: 'tenancy', file: 'placementConflict', key: 'tenancy', expect: ['default', 'dedicated', 'host'] },
  { name: 'platform', file: 'platformYaml', key: 'platform', expect: ['Windows', 'Linux', 'macOS'] },
  { name: 'volumeType', file: 'volumeType', key: 'volumeType', expect: ['standard', 'io1', 'io2', 'gp2', 'gp3', 'sc1', 'st1'] },
  { name: 'templateTenancy', file: 'template', key: 'Tenancy', expect: ['default', 'dedicated', 'host'] },
  { name: 'terraformTenancy', file: 'terraform', key: 'tenancy', expect: ['default', 'dedicated', 'host'] },
  { name: 'terraformHeredocAction', file: 'terraform', key: 'action', expect: ['AppendFile', 'ExecuteBash'] },
  // Inside the template's `Data: |` (its first `action:` is the inline component's): the widget's first rows.
  { name: 'templateDataAction', file: 'template', key: 'action', expect: ['AppendFile', 'ExecuteBash'] },
];

/**
 * Completions accepted in the editor, judged by what the buffer holds afterwards: the file's text is
 * replaced by `text`, completion is asked at the marker, the item `label` is accepted.
 */
export interface AcceptCase {
  name: string;
  file: FileId;
  text: string;
  label: string;
  /** The buffer after accepting, in an editor without snippet support (Neovim 0.7's omnifunc). */
  plain: string;
  /** The buffer after accepting in VS Code, where the snippet is expanded (when it differs). */
  snippet?: string;
}

const COMPONENT_HEAD = 'schemaVersion: 1.0\nphases:\n  - name: build\n';
const INFRA_HEAD = '{\n  "name": "infra",\n  "instanceProfileName": "p",\n';
const TEMPLATE_HEAD = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Hello:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n"
  + '      Name: hello\n      Platform: Linux\n      Version: 1.0.0\n      Data: |\n        schemaVersion: 1.0\n        phases:\n          - name: build\n'
  + '            steps:\n              - name: Hello\n';

export const ACCEPT: AcceptCase[] = [
  { name: 'a YAML key with a nested block', file: 'acceptYaml', text: `${COMPONENT_HEAD}    st${CURSOR}\n`, label: 'steps',
    plain: `${COMPONENT_HEAD}    steps:\n`, snippet: `${COMPONENT_HEAD}    steps:\n      - \n` },
  { name: 'a JSON key, partly typed', file: 'acceptJson', text: `${INFRA_HEAD}  "pla${CURSOR}\n}\n`, label: 'placement',
    plain: `${INFRA_HEAD}  "placement": {}\n}\n` },
  { name: 'a JSON key after a lone quote', file: 'acceptJson', text: `${INFRA_HEAD}  "${CURSOR}\n}\n`, label: 'description',
    plain: `${INFRA_HEAD}  "description": ""\n}\n` },
  { name: 'a JSON enum value inside quotes', file: 'acceptJson', text: `${INFRA_HEAD}  "placement": { "tenancy": "${CURSOR}" }\n}\n`, label: 'host',
    plain: `${INFRA_HEAD}  "placement": { "tenancy": "host" }\n}\n` },
  { name: 'a partly typed word', file: 'acceptYaml', text: `${COMPONENT_HEAD}    steps:\n      - name: Hello\n        action: ExecuteB${CURSOR}\n`, label: 'ExecuteBash',
    plain: `${COMPONENT_HEAD}    steps:\n      - name: Hello\n        action: ExecuteBash\n` },
  { name: "an action in a template's Data block", file: 'acceptTemplate', text: `${TEMPLATE_HEAD}                action: Exec${CURSOR}\n`, label: 'ExecuteBash',
    plain: `${TEMPLATE_HEAD}                action: ExecuteBash\n` },
];

/** An ACCEPT text without its marker, and the cursor's position. */
export function acceptText(c: AcceptCase): { text: string; cursor: Position } {
  const at = c.text.indexOf(CURSOR);
  return { text: c.text.slice(0, at) + c.text.slice(at + CURSOR.length), cursor: positionAt(c.text, at) };
}

export const HOVER = { file: 'placementConflict' as FileId, key: 'hostId', expect: /Dedicated Host/ };

/** The quick fix applied: its title, and the code that must go once it is applied. */
export const QUICK_FIX = { file: 'placementConflict' as FileId, code: 'placement-target-conflict', title: "Remove 'hostResourceGroupArn'",
  /** What the fixed diagnostic's message says (the host examples have the same code, in their own spelling). */
  message: "'hostId' and 'hostResourceGroupArn'" };

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

/** The position of the first occurrence of `key` used as a key (`key:`, `"key":` or HCL's `key =`), at its first letter. */
export function keyPosition(text: string, key: string): Position {
  const m = new RegExp(`(^|[\\s{,])"?(${key})"?\\s*[:=]`, 'm').exec(text);
  if (!m) throw new Error(`key ${key} not found`);
  return positionAt(text, m.index + m[0].indexOf(key));
}

/**
 * The text with the value of `key` deleted, as a person would have it just after typing `"key": `,
 * and the cursor position there. The rest of the line (a comma, a closing brace) is kept.
 */
export function blankValue(text: string, key: string): { text: string; cursor: Position } {
  const re = new RegExp(`(^|[\\s{,])("?)${key}\\2\\s*[:=][ \\t]*`, 'm');
  const m = re.exec(text);
  if (!m) throw new Error(`key ${key} not found`);
  const valueStart = m.index + m[0].length;
  const valueMatch = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^,}\]\r\n]*)/.exec(text.slice(valueStart));
  const valueEnd = valueStart + (valueMatch ? valueMatch[0].length : 0);
  const out = text.slice(0, valueStart) + text.slice(valueEnd).replace(/^[ \t]+(?=\S)/, '');
  return { text: out, cursor: positionAt(out, valueStart) };
}
