/**
 * Validation cases: a document and the exact diagnostics expected (`line:col severity code [text] message`, the harness's `diagnosticsText`).
 * `steps` cases are wrapped in a build phase (see `component` in the harness): their lines start at 5.
 */
export interface ValidationCase {
  readonly name: string;
  readonly doc: string;
  readonly expected: readonly string[];
  readonly settings?: unknown;
}

const head = (steps: string, extra = '') => `${extra}schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n${steps}`;
const bash = (name: string, extra = '') => `      - name: ${name}\n        action: ExecuteBash\n${extra}        inputs:\n          commands:\n            - echo ${name}\n`;

export const VALIDATION_CASES: readonly ValidationCase[] = [
  // ---- Quiet on valid real-world forms ----
  {
    name: 'a clean document with parameters, constants, chaining and loops',
    doc: head(`${bash('First')}      - name: Second
        action: ExecuteBash
        loop:
          name: files
          forEach:
            - a
            - b
        inputs:
          commands:
            - echo {{ Greeting }} {{ Port }} {{ build.First.outputs.stdout }} {{ loop.index }} {{ files.value }}
`, 'name: Clean\nparameters:\n  - Greeting:\n      type: string\n      default: hello\nconstants:\n  - Port:\n      type: String\n      value: 8080\n'),
    expected: [],
  },
  {
    name: 'anchors, aliases and merge keys',
    doc: head('      - name: First\n        <<: &common\n          action: ExecuteBash\n          onFailure: Continue\n        inputs:\n          commands: [echo 1]\n      - name: Second\n        <<: *common\n        timeoutSeconds: &timeout 60\n        inputs:\n          commands: [echo 2]\n      - name: Third\n        action: ExecuteBash\n        timeoutSeconds: *timeout\n        inputs: { commands: [echo 3] }\n'),
    expected: [],
  },
  {
    name: 'unquoted octal permissions, integer-looking strings, a quoted schemaVersion',
    doc: `schemaVersion: "1.0"\nphases:\n  - name: build\n    steps:\n      - name: Make\n        action: CreateFolder\n        inputs:\n          - path: /opt/app\n            permissions: 0755\n            owner: 1000\n`,
    expected: [],
  },
  // ---- Document level ----
  { name: 'syntax error', doc: 'schemaVersion: 1.0\nphases: [\n', expected: [
      "3:1 error syntax [] Flow sequence in block collection must be sufficiently indented and end with a ]",
    ] },
  { name: 'unknown top-level key with a suggestion', doc: head(bash('A'), 'descripton: x\n'), expected: [
      "1:1 error unknown-property [descripton] Property 'descripton' is not allowed in a component document. Did you mean 'description'?",
    ] },
  { name: 'missing schemaVersion', doc: 'name: x\nphases:\n  - name: build\n    steps:\n' + bash('A'), expected: [
      "1:1 error missing-property [n] Missing required property 'schemaVersion' in a component document.",
    ] },
  { name: 'wrong schemaVersion', doc: head(bash('A')).replace('1.0', '2.0'), expected: [
      "1:16 error invalid-value [2.0] 'schemaVersion' must be 1.0, the only component document schema version; found 2.0.",
    ] },
  { name: 'phases as a mapping', doc: 'schemaVersion: 1.0\nphases:\n  name: build\n  steps: []\n', expected: [
      "2:1 error invalid-type [phases] 'phases' must be a list of phases (`- name: build`); found a mapping.",
    ] },
  { name: 'no phase at all', doc: 'schemaVersion: 1.0\nphases: []\n', expected: [
      "2:1 error out-of-range [phases] A component document needs at least one phase.",
    ] },
  { name: 'a phase without steps', doc: 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps: []\n', expected: [
      "4:5 error out-of-range [steps] A phase needs at least one step.",
    ] },
  { name: 'steps as a mapping', doc: 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      name: A\n      action: Reboot\n', expected: [
      "4:5 error invalid-type [steps] 'steps' must be a list of steps (`- name: …`); found a mapping.",
    ] },
  { name: 'unknown phase name', doc: head(bash('A')).replace('name: build', 'name: biuld'), expected: [
      "3:11 warning unknown-phase [biuld] 'biuld' is not a phase Image Builder runs (it would be skipped). Allowed: 'build', 'validate', 'test', 'container-host-test'. Did you mean 'build'?",
    ] },
  { name: 'duplicate phase', doc: `${head(bash('A'))}  - name: build\n    steps:\n${bash('B')}`, expected: [
      "10:11 error duplicate-name [build] Phase 'build' is already defined: phase names are unique.",
    ] },
  { name: 'duplicate key', doc: head(bash('A').replace('action: ExecuteBash', 'action: ExecuteBash\n        action: ExecuteBash')), expected: [
      "7:9 error duplicate-key [action] Duplicate key 'action': only one of the values would be used.",
    ] },
  // Up to 16 keys a mapping's keys are compared one by one, from 17 on they go in a Map: both must find
  // the same duplicates, and check the first value only.
  ...[16, 17].map((keys) => ({
    name: `duplicate keys in a step of ${keys} keys`,
    doc: head(bash('A', `        maxAttempts: 0\n${'        maxAttempts: 1\n'.repeat(keys - 4)}`)),
    expected: [
      "7:22 error out-of-range [0] 'maxAttempts' must be at least 1; found 0.",
      ...Array.from({ length: keys - 4 }, (_, i) => `${8 + i}:9 error duplicate-key [maxAttempts] Duplicate key 'maxAttempts': only one of the values would be used.`),
    ],
  })),
  // ---- Parameters and constants ----
  { name: 'a name used by a parameter and a constant', doc: head(bash('A'), 'parameters:\n  - Shared:\n      type: string\nconstants:\n  - Shared:\n      type: string\n      value: x\n'), expected: [
      "5:5 error duplicate-name [Shared] 'Shared' is already defined as a parameter: a name can be a parameter or a constant, not both.",
    ] },
  { name: 'a parameter name too short', doc: head(bash('A'), 'parameters:\n  - ab:\n      type: string\n'), expected: [
      "2:5 error invalid-value [ab] 'ab' is not a valid parameter name: use 3 to 128 letters, digits, '-' or '_'.",
    ] },
  { name: 'parameters written as name/type items', doc: head(bash('A'), 'parameters:\n  - name: Greeting\n    type: string\n'), expected: [
      "2:5 error invalid-type [name: Greeting\\n    type: string\\n] Each parameter is a one-key mapping: `- <Name>:` with `type` and the rest indented below it.",
    ] },
  { name: 'a constant without value, a parameter with an unknown key', doc: head(bash('A'), 'parameters:\n  - Greeting:\n      type: string\n      defualt: hi\nconstants:\n  - Port:\n      type: string\n'), expected: [
      "4:7 error unknown-property [defualt] Property 'defualt' is not allowed in a parameter definition. Did you mean 'default'?",
      "6:5 error missing-property [Port] Missing required property 'value' in a constant definition.",
    ] },
  { name: 'allowedValues and a default outside them', doc: head(bash('A'), "parameters:\n  - Mode:\n      type: string\n      default: 'maybe'\n      allowedValues: ['no', 'yes']\n"), expected: [
      "4:16 error invalid-value ['maybe'] The default 'maybe' is not one of the allowedValues ('no', 'yes').",
    ] },
  // ---- Steps ----
  { name: 'unknown step key with a suggestion', doc: head(bash('A', '        timeoutSecond: 60\n')), expected: [
      "7:9 error unknown-property [timeoutSecond] Property 'timeoutSecond' is not allowed in a step. Did you mean 'timeoutSeconds'?",
    ] },
  { name: 'step without action', doc: head('      - name: A\n        inputs:\n          commands: [x]\n'), expected: [
      "5:9 error missing-property [n] Missing required property 'action' in a step.",
    ] },
  { name: 'unknown action with a suggestion', doc: head(bash('A').replace('ExecuteBash', 'ExecuteBsh')), expected: [
      "6:17 error unknown-action [ExecuteBsh] 'ExecuteBsh' is not an AWSTOE action module. Did you mean 'ExecuteBash'?",
    ] },
  { name: 'action in the wrong case', doc: head(bash('A').replace('ExecuteBash', 'executebash')), expected: [
      "6:17 error unknown-action [executebash] 'executebash' is not an AWSTOE action module (names are case-sensitive). Did you mean 'ExecuteBash'?",
    ] },
  { name: 'onFailure value in the wrong case', doc: head(bash('A', '        onFailure: abort\n')), expected: [
      "7:20 error invalid-value [abort] 'abort' is not an allowed value of 'onFailure'. Allowed: 'Abort', 'Continue', 'Ignore'. Did you mean 'Abort'?",
    ] },
  { name: 'timeoutSeconds 0, -1 and a string', doc: head(bash('A', '        timeoutSeconds: 0\n') + bash('B', '        timeoutSeconds: -1\n') + bash('C', "        timeoutSeconds: '60'\n")), expected: [
      "7:25 error out-of-range [0] 'timeoutSeconds' must be at least 1 (or -1); found 0.",
      "19:25 error invalid-type ['60'] 'timeoutSeconds' must be a whole number; found a string.",
    ] },
  { name: 'maxAttempts 0', doc: head(bash('A', '        maxAttempts: 0\n')), expected: [
      "7:22 error out-of-range [0] 'maxAttempts' must be at least 1; found 0.",
    ] },
  { name: 'duplicate step names', doc: head(bash('A') + bash('A')), expected: [
      "10:15 error duplicate-name [A] Step 'A' is already defined in phase 'build': step names are unique within a phase.",
    ] },
  // ---- Inputs ----
  { name: 'inputs missing where needed, not for Reboot', doc: head('      - name: A\n        action: ExecuteBash\n      - name: B\n        action: Reboot\n'), expected: [
      "5:9 error missing-property [n] Missing required property 'inputs' in this ExecuteBash step.",
    ] },
  { name: 'inputs: with nothing after it is empty, not missing', doc: head('      - name: A\n        action: ExecuteBash\n        inputs:\n'), expected: [
      "7:9 error missing-property [inputs] 'inputs' is empty: this ExecuteBash step needs its inputs (`commands: …`).",
    ] },
  { name: 'inputs as a list for a map module', doc: head('      - name: A\n        action: ExecuteBash\n        inputs:\n          - commands: [x]\n'), expected: [
      "8:11 error invalid-type [- commands: [x]\\n] ExecuteBash takes one mapping of inputs (`commands: …`); found a list.",
    ] },
  { name: 'inputs as a mapping for a list module', doc: head('      - name: A\n        action: S3Download\n        inputs:\n          source: s3://b/k\n          destination: /tmp/k\n'), expected: [
      "8:11 error invalid-type [source: s3://b/k\\n          destination: /tmp/k\\n] S3Download takes a list of inputs (`- source: …`); found a mapping.",
    ] },
  { name: 'an input the module does not have', doc: head('      - name: A\n        action: DeleteFile\n        inputs:\n          - path: /tmp/x\n            force: true\n'), expected: [
      "9:13 error unknown-property [force] Property 'force' is not allowed in the inputs of DeleteFile.",
    ] },
  { name: 'a required input missing', doc: head('      - name: A\n        action: S3Download\n        inputs:\n          - source: s3://b/k\n'), expected: [
      "8:13 error missing-property [s] Missing required property 'destination' in the inputs of S3Download.",
    ] },
  { name: 'a command that YAML reads as a mapping', doc: head('      - name: A\n        action: ExecuteBash\n        inputs:\n          commands:\n            - echo result: ok\n'), expected: [
      "9:15 error invalid-type [echo result: ok\\n] Expected a string here; found a mapping (a ': ' in an unquoted line makes YAML read `key: value`; quote the whole line).",
    ] },
  { name: 'commands as a string', doc: head('      - name: A\n        action: ExecuteBash\n        inputs:\n          commands: echo hi\n'), expected: [
      "8:21 error invalid-type [echo hi] 'commands' must be a list of strings; found a string.",
    ] },
  { name: 'a boolean input given a word', doc: head('      - name: A\n        action: CopyFile\n        inputs:\n          - source: /a\n            destination: /b\n            overwrite: yes please\n'), expected: [
      "10:24 error invalid-type [yes please] 'overwrite' must be true or false; found a string.",
    ] },
  { name: 'enum inputs: wrong value, case-insensitive encoding', doc: head('      - name: A\n        action: InstallMSI\n        inputs:\n          path: C:\\\\a.msi\n          reboot: Later\n      - name: B\n        action: ReadFile\n        inputs:\n          - path: /a\n            encoding: UTF8\n', '# imagebuilder-platform: Windows\n'), expected: [
      "10:19 error invalid-value [Later] 'Later' is not an allowed value of 'reboot'. Allowed: 'Allow', 'Force', 'Skip'.",
    ] },
  { name: 'ExecutePowerShell with both commands and file, and with neither', doc: head('      - name: A\n        action: ExecutePowerShell\n        inputs:\n          commands: [x]\n          file: C:\\\\a.ps1\n      - name: B\n        action: ExecutePowerShell\n        inputs: {}\n'), expected: [
      "9:11 error exclusive-properties [file] 'file' cannot be given with 'commands': give one of 'commands' or 'file'.",
      "12:17 error missing-property [{] Give one of 'commands' or 'file' in the inputs of ExecutePowerShell.",
    ] },
  { name: 'WebDownload checksum without algorithm', doc: head('      - name: A\n        action: WebDownload\n        inputs:\n          - source: https://x/y\n            destination: /tmp/y\n            checksum: abc\n'), expected: [
      "10:13 error missing-property [checksum] 'checksum' needs 'algorithm' beside it.",
    ] },
  { name: 'SetRegistry list value for a DWORD', doc: head('      - name: A\n        action: SetRegistry\n        inputs:\n          - path: HKLM:\\\\Software\\\\X\n            name: V\n            value: [1, 2]\n            type: DWORD\n'), expected: [
      "10:20 error invalid-type [[1, 2]] A list value is only for the MULTI_SZ and BINARY types; a DWORD value is a single value.",
    ] },
  { name: 'ExecuteDocument with a timeout and a parameter item without value', doc: head('      - name: A\n        action: ExecuteDocument\n        timeoutSeconds: 60\n        inputs:\n          document: doc.yml\n          parameters:\n            - name: p\n'), expected: [
      "7:25 error invalid-value [60] ExecuteDocument steps always use timeoutSeconds: -1; leave it out or write -1.",
      "11:15 error missing-property [n] Missing required property 'value' in an item of 'parameters'.",
    ] },
  { name: 'Reboot with a negative delay, a null input', doc: head('      - name: A\n        action: Reboot\n        inputs:\n          delaySeconds: -1\n      - name: B\n        action: Reboot\n        inputs:\n          delaySeconds:\n'), expected: [
      "8:25 error out-of-range [-1] 'delaySeconds' must be at least 0; found -1.",
      "12:11 error invalid-type [delaySeconds] 'delaySeconds' has no value: expected a whole number.",
    ] },
  // ---- Loops ----
  { name: 'loop with for and forEach', doc: head(bash('A', '        loop:\n          for: { start: 0, end: 2, updateBy: 1 }\n          forEach: [a]\n')), expected: [
      "9:11 error exclusive-properties [forEach] A loop has either 'for' or 'forEach', not both.",
    ] },
  { name: 'loop with neither', doc: head(bash('A', '        loop:\n          name: l\n')), expected: [
      "7:9 error missing-property [loop] A loop needs 'for' (a range of numbers) or 'forEach' (a list).",
    ] },
  { name: 'for loops that never end', doc: head(bash('A', '        loop:\n          for: { start: 0, end: 2, updateBy: 0 }\n') + bash('B', '        loop:\n          for: { start: 0, end: 2, updateBy: -1 }\n')), expected: [
      "8:46 error out-of-range [0] 'updateBy' cannot be 0: the loop would never end.",
      "15:46 error out-of-range [-1] 'updateBy: -1' moves away from 'end' (0 → 2): the loop would never end.",
    ] },
  { name: 'for loop with an expression', doc: head(bash('A', "        loop:\n          for: { start: 0, end: '{{ N }}', updateBy: 1 }\n")), expected: [
      "8:33 error invalid-value ['{{ N }}'] 'end' of a for loop must be a number: expressions are not allowed here.",
      "8:37 error undefined-reference [N] 'N' is not a parameter or constant of this document.",
    ] },
  { name: 'forEach with a bad delimiter and duplicate loop names', doc: head(bash('A', "        loop:\n          name: l\n          forEach:\n            list: a,b\n            delimiter: ',;'\n") + bash('B', '        loop:\n          name: l\n          forEach: [a]\n')), expected: [
      "11:24 error invalid-value [',;'] ',;' is not an allowed value of 'delimiter'. Allowed: '.', ',', ';', ':', '\\n', '\\t', ' ', '-', '_'. Did you mean ','?",
      "18:17 error duplicate-name [l] Loop name 'l' is already used in phase 'build': loop names are unique within a phase.",
    ] },
  // ---- Conditions ----
  { name: 'unknown operator with a suggestion', doc: head(bash('A', '        if:\n          stringEqual: a\n          value: a\n')), expected: [
      "8:11 error unknown-property [stringEqual] Property 'stringEqual' is not allowed in a condition. Operators are case-sensitive. Did you mean 'stringEquals'?",
    ] },
  { name: 'two operators in one condition', doc: head(bash('A', '        if:\n          fileExists: /a\n          folderExists: /b\n')), expected: [
      "9:11 error exclusive-properties [folderExists] Only one operator per condition: 'folderExists' cannot be beside 'fileExists'; combine them with and / or.",
    ] },
  { name: 'a comparison without its value', doc: head(bash('A', '        if:\n          stringEquals: a\n')), expected: [
      "8:11 error missing-property [stringEquals] 'stringEquals' compares with 'value': add `value: …` beside it.",
    ] },
  { name: 'a value beside an operator that takes none', doc: head(bash('A', '        if:\n          binaryExists: unzip\n          value: x\n')), expected: [
      "9:11 error unknown-property [value] 'binaryExists' takes no 'value': it tests its own value only.",
    ] },
  { name: 'then with a wrong step action', doc: head(bash('A', '        if:\n          fileExists: /a\n          then: Run\n')), expected: [
      "9:17 error invalid-value [Run] 'Run' is not a step action for 'then'. Allowed: 'Abort', 'Execute', 'Skip'.",
    ] },
  { name: 'a number comparison with a word', doc: head(bash('A', '        if:\n          numberEquals: 1\n          value: one\n')), expected: [
      "9:18 error invalid-type [one] 'value' of a number comparison must be a number; found 'one'.",
    ] },
  { name: 'and with one condition, then inside and', doc: head(bash('A', '        if:\n          and:\n            - fileExists: /a\n              then: Skip\n')), expected: [
      "8:11 error out-of-range [and] 'and' takes at least 2 conditions; found 1.",
      "10:15 error unknown-property [then] 'then' is only allowed at the top of a step's 'if', not in 'and'.",
    ] },
  { name: 'logical operators nested 5 deep', doc: head(bash('A', '        if:\n          not:\n            not:\n              not:\n                not:\n                  not:\n                    fileExists: /a\n')), expected: [
      "12:19 error out-of-range [not] Logical operators nest at most 4 deep; this 'not' is at depth 5.",
    ] },
  { name: 'Assert inputs: then is not allowed, a condition is needed', doc: head('      - name: A\n        action: Assert\n        inputs:\n          fileExists: /a\n          then: Abort\n      - name: B\n        action: Assert\n        inputs:\n          value: x\n'), expected: [
      "9:11 error unknown-property [then] 'then' is only allowed at the top of a step's 'if', not in the inputs of Assert.",
      "12:9 error missing-property [inputs] A condition needs one operator, for example stringEquals, fileExists or and (in the inputs of Assert).",
    ] },
  // ---- References ----
  { name: 'a variable that does not exist, with a suggestion', doc: head(bash('A').replace('echo A', "echo '{{ Greting }}'"), 'parameters:\n  - Greeting:\n      type: string\n'), expected: [
      "12:24 error undefined-reference [Greting] 'Greting' is not a parameter or constant of this document. Did you mean 'Greeting'?",
    ] },
  { name: 'loop variables outside a looping step and in its if', doc: head(bash('A').replace('echo A', 'echo {{ loop.value }}') + bash('B', '        loop:\n          forEach: [a]\n        if:\n          stringEquals: a\n          value: "{{ loop.value }}"\n').replace('echo B', 'echo {{ loop.vale }}')), expected: [
      "9:23 error invalid-reference [loop.value] 'loop.value' can only be used in the inputs of a step that has a loop.",
      "16:22 error invalid-reference [loop.value] 'loop.value' can only be used in the inputs of a step that has a loop.",
      "19:28 error invalid-reference [vale] A loop gives only loop.index and loop.value. Did you mean 'value'?",
    ] },
  { name: 'a named loop used from another step', doc: head(bash('A', '        loop:\n          name: files\n          forEach: [a]\n') + bash('B').replace('echo B', 'echo {{ files.index }} {{ nothing.index }}')), expected: [
      "17:23 error invalid-reference [files.index] 'files.index' can only be used in the inputs of step 'A', which declares the loop.",
      "17:41 error undefined-reference [nothing] There is no loop named 'nothing' in this phase.",
    ] },
  { name: 'chaining to a later step, to itself, to a missing step and phase', doc: head(bash('A').replace('echo A', 'echo {{ build.B.outputs.stdout }} {{ build.A.outputs.stdout }} {{ build.Z.outputs.stdout }} {{ biuld.B.outputs.stdout }}') + bash('B')), expected: [
      "9:23 error invalid-reference [build.B] 'build.B' runs after this step: chaining can only refer to earlier steps.",
      "9:52 error invalid-reference [build.A] 'build.A' is this step itself: chaining can only refer to earlier steps.",
      "9:87 error undefined-reference [Z] Phase 'build' has no step named 'Z'. Did you mean 'A'?",
      "9:110 error undefined-reference [biuld] There is no phase named 'biuld'. Did you mean 'build'?",
    ] },
  { name: 'chaining from the test stage into the build stage', doc: `${head(bash('A'))}  - name: test\n    steps:\n${bash('T').replace('echo T', 'echo {{ build.A.outputs.stdout }}')}`, expected: [
      "16:23 error invalid-reference [build.A] 'build.A' runs in the build stage, on the build instance; the test phase runs in the test stage on a new instance and cannot read it.",
    ] },
  { name: 'outputs and inputs a module does not give or the step does not set', doc: head(`      - name: D\n        action: S3Download\n        inputs:\n          - source: s3://b/k\n            destination: /tmp/k\n${bash('A').replace('echo A', 'echo {{ build.D.outputs.stdout }} {{ build.D.inputs.destination }} {{ build.D.inputs[1].destination }} {{ build.D.inputs[0].overwrite }} {{ build.D.inputs[0].destinaton }} {{ build.D.sideways.x }}')}`), expected: [
      "14:39 error invalid-reference [stdout] 'stdout' is not an output of step 'D': S3Download gives no outputs.",
      "14:60 error invalid-reference [inputs] S3Download takes a list of inputs: write inputs[0].destination (the index of the item).",
      "14:93 error invalid-reference [inputs[1]] Step 'D' has 1 inputs item; index 1 is out of range.",
      "14:139 error invalid-reference [overwrite] Step 'D' does not set 'overwrite', so there is no value to refer to.",
      "14:173 error invalid-reference [destinaton] S3Download has no input 'destinaton'. Did you mean 'destination'?",
      "14:198 error invalid-reference [sideways] After the step name comes 'inputs' or 'outputs', not 'sideways'.",
    ] },
  { name: 'prefixes: unknown prefix, unknown context key, fine ssm and env', doc: head(bash('A').replace('echo A', 'echo {{ ssm:/a }} {{ context:regon }} {{ aws:ssm:/a/b }} {{ env:PATH }} {{ context:region }} {{ .Foreign }}')), expected: [
      "9:23 error invalid-reference [ssm:] 'ssm:' is not a prefix component documents know ('aws:ssm:', 'aws:imds:', 'env:', 'context:'). Did you mean 'aws:ssm:'?",
      "9:44 error invalid-reference [regon] 'regon' is not a context: variable. Did you mean 'region'?",
    ] },
  // ---- Unquoted expressions ----
  { name: 'a value starting with {{ unquoted, and one followed by text', doc: head(`      - name: D\n        action: S3Download\n        inputs:\n          - source: s3://b/k\n            destination: /tmp/k\n      - name: A\n        action: ExecuteBinary\n        inputs:\n          path: {{ build.D.inputs[0].destination }}\n          arguments:\n            - {{ build.D.inputs[0].destination }}/bin --flag # a comment\n            - plain {{ build.D.inputs[0].destination }} is fine\n`), expected: [
      "13:17 error unquoted-expression [{{ build.D.inputs[0].destination }}] A value that starts with '{{' must be quoted: YAML reads {{ build.D.inputs[0].destination }} as a mapping, not as text. Write '{{ build.D.inputs[0].destination }}'.",
      "15:15 error unquoted-expression [{{ build.D.inputs[0].destination }}/bin --flag] A value that starts with '{{' must be quoted: YAML reads {{ build.D.inputs[0].destination }}/bin --flag as a mapping, not as text. Write '{{ build.D.inputs[0].destination }}/bin --flag'.",
    ] },
  // ---- Platform ----
  { name: 'an action the declared platform cannot run (comment)', doc: head(bash('A') + '      - name: P\n        action: ExecutePowerShell\n        inputs:\n          commands: [x]\n', '# imagebuilder-platform: Linux\n'), expected: [
      "12:17 error action-platform [ExecutePowerShell] ExecutePowerShell does not run on Linux (it runs on Windows); this document is for Linux, from the imagebuilder-platform comment.",
    ] },
  { name: 'an action the platform setting cannot run', doc: head(bash('A')), settings: { component: { platform: 'Windows' } }, expected: [
      "6:17 error action-platform [ExecuteBash] ExecuteBash does not run on Windows (it runs on Linux, macOS); this document is for Windows, from the imagebuilder.component.platform setting.",
    ] },
  { name: 'Windows-only and Linux-only actions in one document', doc: head(bash('A') + bash('B') + '      - name: P\n        action: SetRegistry\n        inputs:\n          - path: HKLM:\\\\X\n            name: V\n            value: 1\n            type: DWORD\n'), expected: [
      "16:17 error action-platform [SetRegistry] SetRegistry runs only on Windows, but this document also uses ExecuteBash (Linux, macOS): a component runs on one platform.",
    ] },
  { name: 'owner and permissions on Windows', doc: head('      - name: P\n        action: ExecutePowerShell\n        inputs:\n          commands: [x]\n      - name: F\n        action: CreateFile\n        inputs:\n          - path: C:\\\\a.txt\n            owner: me\n            permissions: 0644\n'), expected: [
      "13:13 error action-platform [owner] 'owner' of CreateFile only works on Linux, macOS; on Windows the step fails.",
      "14:13 error action-platform [permissions] 'permissions' of CreateFile only works on Linux, macOS; on Windows the step fails.",
    ] },
  { name: 'UpdateOS on macOS', doc: head('      - name: U\n        action: UpdateOS\n', '# imagebuilder-platform: macOS\n'), expected: [
      "7:17 error action-platform [UpdateOS] UpdateOS does not run on macOS (it runs on Linux, Windows); this document is for macOS, from the imagebuilder-platform comment.",
    ] },
];
