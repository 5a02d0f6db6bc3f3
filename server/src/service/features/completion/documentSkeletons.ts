import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import { Analysis } from '../../analysis';
import { isNearlyEmpty } from '../../kinds/fileNames';
import { OffsetCompletionList, OffsetRange } from '../../kindSupport';
import { OffsetCompletion } from './schemaCompletion';

/**
 * Whole-document skeletons, offered only where a document can start: in a document of a known kind
 * (by content, setting, comment or file-name convention) that holds nothing yet but the word being typed.
 * Snippet bodies; JSON ones are the properties inside the braces (`\t` one level), so the same body serves
 * an empty file (wrapped in braces) and an empty `{}`. A new kind adds its rows here.
 */
interface DocumentSkeleton {
  readonly kind: string;
  readonly label: string;
  readonly description: string;
  readonly yaml?: readonly string[];
  readonly json?: readonly string[];
}

const SKELETONS: readonly DocumentSkeleton[] = [
  {
    kind: 'component-document',
    label: 'new component document',
    description: 'An AWSTOE component document with build, validate and test phases.',
    yaml: [
      'name: ${1:MyComponent}',
      'description: ${2:What this component does.}',
      'schemaVersion: 1.0',
      '',
      'phases:',
      '  - name: build',
      '    steps:',
      '      - name: ${3:InstallPackages}',
      '        action: ${4|ExecuteBash,ExecutePowerShell|}',
      '        inputs:',
      '          commands:',
      '            - ${5:echo "Hello from the build phase"}',
      '  - name: validate',
      '    steps:',
      '      - name: ${6:CheckInstall}',
      '        action: ${4}',
      '        inputs:',
      '          commands:',
      '            - ${7:echo "Validating"}',
      '  - name: test',
      '    steps:',
      '      - name: ${8:Smoke}',
      '        action: ${4}',
      '        inputs:',
      '          commands:',
      '            - ${9:echo "Testing"}',
    ],
  },
  {
    kind: 'create-infrastructure-configuration',
    label: 'new infrastructure configuration (Dedicated Host placement)',
    description: 'A create-infrastructure-configuration request that places build instances on a Dedicated Host.',
    yaml: [
      'name: ${1:my-infrastructure}',
      'description: ${2:Builds on a Dedicated Host}',
      'instanceProfileName: ${3:EC2InstanceProfileForImageBuilder}',
      'instanceTypes:',
      '  - ${4:mac2.metal}',
      'placement:',
      '  tenancy: ${5|host,dedicated,default|}',
      '  hostId: ${6:h-0123456789abcdef0}',
      'terminateInstanceOnFailure: true',
    ],
    json: [
      '\t"name": "${1:my-infrastructure}",',
      '\t"description": "${2:Builds on a Dedicated Host}",',
      '\t"instanceProfileName": "${3:EC2InstanceProfileForImageBuilder}",',
      '\t"instanceTypes": ["${4:mac2.metal}"],',
      '\t"placement": {',
      '\t\t"tenancy": "${5|host,dedicated,default|}",',
      '\t\t"hostId": "${6:h-0123456789abcdef0}"',
      '\t},',
      '\t"terminateInstanceOnFailure": true',
    ],
  },
  {
    kind: 'create-image-recipe',
    label: 'new image recipe',
    description: 'A create-image-recipe request.',
    yaml: [
      'name: ${1:my-recipe}',
      'semanticVersion: ${2:1.0.0}',
      'parentImage: ${3:arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x}',
      'components:',
      '  - componentArn: ${4:arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x}',
      'blockDeviceMappings:',
      '  - deviceName: /dev/xvda',
      '    ebs:',
      '      volumeSize: ${5:30}',
      '      volumeType: ${6|gp3,gp2,io1,io2,st1,sc1,standard|}',
      '      deleteOnTermination: true',
    ],
    json: [
      '\t"name": "${1:my-recipe}",',
      '\t"semanticVersion": "${2:1.0.0}",',
      '\t"parentImage": "${3:arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x}",',
      '\t"components": [',
      '\t\t{ "componentArn": "${4:arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x}" }',
      '\t],',
      '\t"blockDeviceMappings": [',
      '\t\t{',
      '\t\t\t"deviceName": "/dev/xvda",',
      '\t\t\t"ebs": { "volumeSize": ${5:30}, "volumeType": "${6|gp3,gp2,io1,io2,st1,sc1,standard|}", "deleteOnTermination": true }',
      '\t\t}',
      '\t]',
    ],
  },
];

/** Documents longer than this are never "empty but for a word" (the check stays cursor-cheap). */
const MAX_START_TEXT = 4096;
const BLANK = /^\s*$/;

/** Only blank lines and comments. */
function blankYaml(text: string): boolean {
  return text.split('\n').every((line) => {
    const trimmed = line.trim();
    return trimmed === '' || trimmed.startsWith('#');
  });
}

/**
 * The list with the skeletons of the document's kind added, when the document can start at the cursor.
 * `list` is what the kind's support offered there (its range is kept), or undefined (an empty JSON file).
 */
export function withDocumentSkeletons(analysis: Analysis, offset: number, list: OffsetCompletionList | undefined): OffsetCompletionList | undefined {
  const kind = analysis.detection.kind?.id;
  const { parsed } = analysis;
  const text = parsed.text;
  if (!kind || text.length > MAX_START_TEXT || !isNearlyEmpty(parsed.root)) return list;
  const json = parsed.language === 'json';
  const rows = SKELETONS.filter((s) => s.kind === kind && (json ? s.json : s.yaml));
  if (rows.length === 0) return list;
  const replace: OffsetRange = list?.replace ?? (json ? { offset: 0, length: text.length } : { offset, length: 0 });
  const before = text.slice(0, replace.offset);
  const after = text.slice(replace.offset + replace.length);
  let wrap: (body: string) => string;
  if (!json) {
    if (!blankYaml(before) || !blankYaml(after)) return list;
    wrap = (body) => body;
  } else if (BLANK.test(before) && BLANK.test(after)) {
    wrap = (body) => `{\n${body}\n}\n`;
  } else if (/^\s*\{\s*$/.test(before) && /^\s*\}\s*$/.test(after)) {
    wrap = (body) => `\n${body}\n`;
  } else {
    return list;
  }
  const items: OffsetCompletion[] = rows.map((row) => ({
    insert: wrap((json ? row.json! : row.yaml!).join('\n')),
    item: {
      label: row.label,
      kind: CompletionItemKind.Snippet,
      detail: 'whole document',
      documentation: { kind: MarkupKind.Markdown, value: row.description },
      sortText: '!', // first: in an empty document, the likeliest choice
      insertTextFormat: InsertTextFormat.Snippet,
    },
  }));
  return { ...list, replace, items: [...(list?.items ?? []), ...items] };
}
