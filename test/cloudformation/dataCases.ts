// The component document inside an AWS::ImageBuilder::Component's `Data`, in every form a template writes
// it, and what it gets: `<code> [<text under the range>] <message>` lines in document order. Each case
// runs as written (YAML) and as the JSON template with long forms (toJson.ts: a block becomes a JSON
// string with `\n`, `!Sub` becomes `{"Fn::Sub": …}`).
import { TemplateCase, template } from './cases';

/** A component resource whose Data is written as `data` (the lines after `Data:`, as they stand). */
export function componentResource(data: string, platform = 'Platform: Linux'): string {
  return template(`  Comp:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: hello
      ${platform}
      Version: 1.0.0
      Data: ${data}`);
}

/** The lines of a component document, indented for a block scalar under `Data:`. */
export function block(lines: readonly string[]): string {
  return lines.map((l) => (l === '' ? '' : `        ${l}`)).join('\n') + '\n';
}

/** A build phase with one step of `action` and `inputs` (lines under `inputs:`), plus `extra` step lines. */
export function steps(action: string, inputs: readonly string[], extra: readonly string[] = []): string[] {
  return [
    'schemaVersion: 1.0',
    'phases:',
    '  - name: build',
    '    steps:',
    '      - name: Hello',
    `        action: ${action}`,
    ...extra.map((l) => `        ${l}`),
    '        inputs:',
    ...inputs.map((l) => `          ${l}`),
  ];
}

const ECHO = ['commands:', '  - echo hello'];
const BAD_ACTION = "unknown-action [ExecuteBsh] 'ExecuteBsh' is not an AWSTOE action module. Did you mean 'ExecuteBash'?";

export const DATA_CASES: readonly TemplateCase[] = [
  { name: 'Data: | with a clean component', yaml: componentResource(`|\n${block(steps('ExecuteBash', ECHO))}`), expect: [] },
  { name: 'Data: | with a misspelt action', yaml: componentResource(`|\n${block(steps('ExecuteBsh', ECHO))}`), expect: [BAD_ACTION] },
  { name: 'Data: |- (strip)', yaml: componentResource(`|-\n${block(steps('ExecuteBsh', ECHO))}`), expect: [BAD_ACTION] },
  {
    name: 'Data: > (folded: lines of one flow mapping are joined with spaces)',
    yaml: componentResource('>\n        {"schemaVersion": 1.0, "phases": [{"name": "build", "steps":\n        [{"name": "Hello", "action": "ExecuteBsh",\n        "inputs": {"commands": ["echo hello"]}}]}]}\n'),
    expect: ["unknown-action [\"ExecuteBsh\"] 'ExecuteBsh' is not an AWSTOE action module. Did you mean 'ExecuteBash'?"],
  },
  {
    name: 'Data in single quotes',
    yaml: componentResource("'{schemaVersion: 1.0, phases: [{name: build, steps: [{name: It''s, action: ExecuteBsh, inputs: {commands: [echo]}}]}]}'\n"),
    expect: [BAD_ACTION],
  },
  {
    name: 'Data in double quotes with escapes (\\n, \\")',
    yaml: componentResource('"schemaVersion: 1.0\\nphases:\\n  - name: build\\n    steps:\\n      - name: Hello\\n        action: ExecuteBsh\\n        inputs:\\n          commands: [\\"echo hi\\"]\\n"\n'),
    expect: [BAD_ACTION],
  },
  {
    name: 'the platform is the resource\'s Platform',
    yaml: componentResource(`|\n${block(steps('ExecuteBash', ECHO))}`, 'Platform: Windows'),
    expect: ["action-platform [ExecuteBash] ExecuteBash does not run on Windows (it runs on Linux, macOS); this document is for Windows, from Comp's Platform."],
  },
  {
    name: 'a computed Platform (!Ref) gives no platform: nothing is said about ExecuteBash',
    yaml: componentResource(`|\n${block(steps('ExecuteBash', ECHO))}`, 'Platform: !Ref Platform'),
    expect: [],
  },
  {
    name: '!Sub |: ${X} parts are opaque wherever they stand (action, integer, list item, inside a string, inside {{ }})',
    yaml: componentResource(`!Sub |\n${block([
      'name: ${AWS::StackName}-component',
      ...steps('${Action}', ['commands:', '  - echo ${AWS::Region} "${Greeting}"', '  - ${Command}', '  - echo "{{ build.${Step}.outputs.stdout }}"'], ['timeoutSeconds: ${Timeout}', 'onFailure: ${OnFailure}']),
    ])}`),
    expect: [],
  },
  {
    name: '!Sub |: ${X} as schemaVersion, phase name and step name: opaque, in block and flow style',
    yaml: componentResource(`!Sub |\n${block(steps('ExecuteBash', ECHO).map((l) => l.replace('schemaVersion: 1.0', 'schemaVersion: ${SchemaVersion}').replace('- name: build', '- name: ${Phase}').replace('- name: Hello', '- name: ${StepName}')))}`),
    expect: [],
  },
  {
    name: '!Sub |: a chaining reference that may name a ${X}-named step or phase is unknown; a literal miss is still an error',
    yaml: componentResource(`!Sub |\n${block([
      'schemaVersion: 1.0',
      'phases:',
      '  - name: build',
      '    steps:',
      '      - name: ${StepName}',
      '        action: ExecuteBash',
      '        inputs:',
      '          commands: [echo hi]',
      '      - name: Use',
      '        action: ExecuteBash',
      '        inputs:',
      '          commands: ["echo {{ build.Fetch.outputs.stdout }}"]',
      '  - name: ${Phase}',
      '    steps:',
      '      - name: Fetch',
      '        action: ExecuteBash',
      '        inputs:',
      '          commands: [echo hi]',
      '  - name: validate',
      '    steps:',
      '      - name: Check',
      '        action: ExecuteBash',
      '        inputs:',
      '          commands: ["echo {{ other.Fetch.outputs.stdout }}", "echo {{ validate.Nope.outputs.stdout }}"]',
    ])}`),
    expect: ["undefined-reference [Nope] Phase 'validate' has no step named 'Nope'."],
  },
  {
    name: '!Sub in flow style: ${X} as a phase name',
    yaml: componentResource("!Sub '{schemaVersion: 1.0, phases: [{name: ${Phase}, steps: [{name: Restart, action: Reboot}]}]}'\n"),
    expect: [],
  },
  {
    name: '!Sub |: ${!Literal} is a literal ${Literal}; real problems are still found',
    yaml: componentResource(`!Sub |\n${block(steps('ExecuteBsh', ['commands:', '  - echo ${!HOME} ${Dir}'], ['${!Note}: 1']))}`),
    expect: [BAD_ACTION, "unknown-property [${!Note}] Property '${Note}' is not allowed in a step."],
  },
  {
    name: '!Sub list form with a variable map',
    yaml: componentResource(`!Sub\n        - |\n${block(steps('ExecuteBsh', ['commands:', '  - echo ${Greeting}'])).replace(/^ {8}/gm, '          ')}        - Greeting: hello\n`),
    expect: [BAD_ACTION],
  },
  {
    name: '!Sub in flow list form, double-quoted text',
    yaml: componentResource('!Sub [ "schemaVersion: 1.0\\nphases:\\n  - name: build\\n    steps:\\n      - name: Hello\\n        action: ExecuteBsh\\n        inputs:\\n          commands: [echo ${Greeting}]\\n", { Greeting: hi } ]\n'),
    expect: [BAD_ACTION],
  },
  { name: 'Data: !Ref is computed: nothing analysed', yaml: componentResource('!Ref ComponentDocument\n'), expect: [] },
  { name: 'Data: !Join is computed: nothing analysed', yaml: componentResource("!Join ['\\n', ['schemaVersion: 1.0', 'phases: nope']]\n"), expect: [] },
  { name: 'Data: !Sub whose text is !Ref: nothing analysed', yaml: componentResource('!Sub [ !Ref Text, {} ]\n'), expect: [] },
];
