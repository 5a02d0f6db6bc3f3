import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionList } from 'vscode-languageserver-types';
import { LanguageService, WorkspaceIndex } from '../../server/src/service/languageService';
import { CURSOR } from '../support/harness';
import { terraformService } from '../support/terraform';
import { HELLO_COMPONENT } from './fixtures';

/**
 * Template and Terraform recipe resources checked against workspace components, through the facade: the
 * ARN written as it is, or with the partition, region and account computed (`!Sub`, `Fn::Join`, HCL
 * `${…}`); a computed name or version stays silent. Each case: the ARN (and passed names) at the cursor
 * marker (U+0001), the cross-file codes expected, and whether hover and definition find the component.
 */

const COMPONENT_URI = 'file:///ws/components/hello.yaml';
const WINDOWS_URI = 'file:///ws/components/win.json';
const WINDOWS = JSON.stringify({ name: 'win-thing', semanticVersion: '1.0.0', platform: 'Windows', data: 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n        action: Reboot\n' });
const CODES = new Set(['undefined-parameter', 'missing-parameter', 'recipe-platform', 'invalid-value']);
const LINUX_PARENT = 'arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x';

/** A template with an image recipe whose one component entry is `entry` (indented under `- `). */
const template = (entry: string, more = '') => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Recipe:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties:
      Name: r
      Version: 1.0.0
      ParentImage: ${LINUX_PARENT}
      Components:
        - ${entry}
${more}`;
const GRETING = '\n          Parameters:\n            - Name: Greting\n              Value: [hi]';

/** A Terraform file with an image recipe whose one component block is `block`'s body. */
const terraform = (arn: string, parameters = '\n    parameter {\n      name  = "Greting"\n      value = "hi"\n    }') => `resource "aws_imagebuilder_image_recipe" "r" {
  name         = "r"
  version      = "1.0.0"
  parent_image = "${LINUX_PARENT}"
  component {
    component_arn = ${arn}${parameters}
  }
}
`;

const BOTH = ['missing-parameter', 'undefined-parameter'];
const SUB = "!Sub 'arn:${AWS::Partition}:imagebuilder:${AWS::Region}:${AWS::AccountId}:component/";
const TF_INTERPOLATED = '"arn:${data.aws_partition.current.partition}:imagebuilder:${var.region}:${data.aws_caller_identity.current.account_id}:component/';

/** [case, file name, text with the cursor on the ARN, codes expected, whether hover and definition find hello-world]. */
const CASES: Array<[string, string, string, string[], boolean]> = [
  ['template: a literal ARN', 'stack.yaml', template(`ComponentArn: arn:aws:imagebuilder:us-east-1:123456789012:component/hel${CURSOR}lo-world/x.x.x${GRETING}`), BOTH, true],
  ['template: !Sub with the pseudo parameters', 'stack.yaml', template(`ComponentArn: ${SUB}hello-w${CURSOR}orld/1.0.0'${GRETING}`), BOTH, true],
  ['template: Fn::Sub long form', 'stack.yaml', template(`ComponentArn: { "Fn::Sub": "arn:\${AWS::Partition}:imagebuilder:\${AWS::Region}:\${AWS::AccountId}:component/hello-${CURSOR}world/1.0.0" }${GRETING}`), BOTH, true],
  ['template: !Join of literal and !Ref parts', 'stack.yaml', template(`ComponentArn: !Join ['', ['arn:', !Ref AWS::Partition, ':imagebuilder:', !Ref AWS::Region, ':', !Ref AWS::AccountId, ':component/hello-${CURSOR}world/x.x.x']]${GRETING}`), BOTH, true],
  ['template: Fn::Join with a delimiter', 'stack.json', `{"Resources": {"Recipe": {"Type": "AWS::ImageBuilder::ImageRecipe", "Properties": {"Name": "r", "Version": "1.0.0", "ParentImage": "${LINUX_PARENT}",
  "Components": [{"ComponentArn": {"Fn::Join": [":", ["arn", {"Ref": "AWS::Partition"}, "imagebuilder", {"Ref": "AWS::Region"}, {"Ref": "AWS::AccountId"}, "component/hel${CURSOR}lo-world/x.x.x"]]},
  "Parameters": [{"Name": "Greting", "Value": ["hi"]}]}]}}}}`, BOTH, true],
  ['template: all passed', 'stack.yaml', template(`ComponentArn: ${SUB}hello-w${CURSOR}orld/1.0.0'\n          Parameters:\n            - Name: Greeting\n              Value: [hi]`), [], true],
  ['template: computed Parameters: no missing-parameter, no undefined one', 'stack.yaml', template(`ComponentArn: ${SUB}hello-w${CURSOR}orld/1.0.0'\n          Parameters: !If [C, [], []]`), [], true],
  ['template: a computed name is silent', 'stack.yaml', template(`ComponentArn: ${SUB}\${Na${CURSOR}me}/1.0.0'${GRETING}`), [], false],
  ['template: a computed version is silent', 'stack.yaml', template(`ComponentArn: ${SUB}hello-w${CURSOR}orld/\${V}'${GRETING}`), [], false],
  ['template: a name !Join computes is silent', 'stack.yaml', template(`ComponentArn: !Join ['', ['arn:aws:imagebuilder:us-east-1:123456789012:component/', !Ref N${CURSOR}ame, '/1.0.0']]${GRETING}`), [], false],
  ['template: a name no workspace component has is silent', 'stack.yaml', template(`ComponentArn: arn:aws:imagebuilder:us-east-1:123456789012:component/else${CURSOR}where/x.x.x${GRETING}`), [], false],
  ['template: a Windows component in a Linux recipe', 'stack.yaml', template(`ComponentArn: ${SUB}win-t${CURSOR}hing/1.0.0'`), ['recipe-platform'], false],
  ['template: the second recipe of the file (a container recipe) is checked too', 'stack.yaml', template(`ComponentArn: ${SUB}hello-w${CURSOR}orld/1.0.0'\n          Parameters:\n            - Name: Greeting\n              Value: [hi]`, `  Container:
    Type: AWS::ImageBuilder::ContainerRecipe
    Properties:
      Name: c
      Version: 1.0.0
      ContainerType: DOCKER
      ParentImage: amazonlinux:latest
      TargetRepository: { Service: ECR, RepositoryName: r }
      Components:
        - ComponentArn: ${SUB}hello-world/x.x.x'${GRETING}
`), BOTH, true],
  ['terraform: a literal ARN', 'main.tf', terraform(`"arn:aws:imagebuilder:us-east-1:123456789012:component/hello-w${CURSOR}orld/x.x.x"`), BOTH, true],
  ['terraform: partition, region and account interpolated', 'main.tf', terraform(`${TF_INTERPOLATED}hello-w${CURSOR}orld/1.0.0"`), BOTH, true],
  ['terraform: a dynamic parameter block: no missing-parameter', 'main.tf', terraform(`${TF_INTERPOLATED}hello-w${CURSOR}orld/1.0.0"`, '\n    parameter {\n      name  = "Greting"\n      value = "hi"\n    }\n    dynamic "parameter" {\n      for_each = var.p\n      content {\n        name  = parameter.key\n        value = parameter.value\n      }\n    }'), ['undefined-parameter'], true],
  ['terraform: an interpolated name is silent', 'main.tf', terraform(`"arn:aws:imagebuilder:us-east-1:123456789012:component/\${var.na${CURSOR}me}/1.0.0"`), [], false],
  ['terraform: a variable ARN is silent', 'main.tf', terraform(`var.compo${CURSOR}nent_arn`), [], false],
  ['terraform: a Windows component in a Linux recipe', 'main.tf', terraform(`${TF_INTERPOLATED}win-th${CURSOR}ing/1.0.0"`, ''), ['recipe-platform'], false],
  ['terraform: an AWS-managed name the list knows is not there', 'main.tf', terraform(`"arn:\${data.aws_partition.current.partition}:imagebuilder:\${var.region}:aws:component/stig-build-linux-hihg/x${CURSOR}.x.x"`, ''), ['invalid-value'], false],
];

let service: LanguageService;
let index: WorkspaceIndex;
before(async () => {
  service = await terraformService();
  index = new WorkspaceIndex();
  index.set(service.summarize(analyse(COMPONENT_URI, HELLO_COMPONENT)));
  index.set(service.summarize(analyse(WINDOWS_URI, WINDOWS)));
  index.setComplete(true);
});

function analyse(uri: string, text: string, workspace?: WorkspaceIndex) {
  const language = uri.endsWith('.tf') ? 'terraform' : uri.endsWith('.json') ? 'json' : 'yaml';
  return service.analyze(TextDocument.create(uri, language, 1, text), { workspace });
}

function opened(name: string, marked: string, workspace = index) {
  const offset = marked.indexOf(CURSOR);
  const text = marked.replace(CURSOR, '');
  const uri = `file:///ws/${name}`;
  const document = TextDocument.create(uri, '', 1, text);
  return { uri, text, document, position: document.positionAt(offset), analysis: analyse(uri, text, workspace) };
}

describe('workspace: template and Terraform recipes checked against workspace components', () => {
  for (const [name, file, marked, codes, found] of CASES) {
    test(name, () => {
      const { analysis, position } = opened(file, marked);
      const diagnostics = service.doValidation(analysis).filter((d) => CODES.has(String(d.code)));
      assert.deepEqual(diagnostics.map((d) => String(d.code)).sort(), codes);
      const hover = JSON.stringify(service.doHover(analysis, position)?.contents ?? null);
      assert.equal(/\*\*hello-world\*\* — workspace component/.test(hover), found, hover);
      const definitions = service.findDefinition(analysis, position).filter((l) => l.uri === COMPONENT_URI);
      assert.equal(definitions.length > 0, found);
    });
  }

  test('the reports are on the ARN value, the undefined name on itself, with the rename fix', () => {
    const { analysis, document, text } = opened('stack.yaml', template(`ComponentArn: ${SUB}hello-world/1.0.0'${GRETING}`));
    const diagnostics = service.doValidation(analysis).filter((d) => CODES.has(String(d.code)));
    assert.deepEqual(diagnostics.map((d) => `${d.code} [${document.getText(d.range)}]`).sort(), [
      `missing-parameter [${SUB}hello-world/1.0.0']`,
      'undefined-parameter [Greting]',
    ]);
    const undefinedParameter = diagnostics.find((d) => d.code === 'undefined-parameter')!;
    const [action] = service.getCodeActions(analysis, undefinedParameter.range, [undefinedParameter]);
    const fixed = TextDocument.applyEdits(TextDocument.create('file:///ws/stack.yaml', 'yaml', 1, text), action.edit!.changes!['file:///ws/stack.yaml']);
    assert.match(fixed, /- Name: Greeting\n/);
  });

  test('hover, definition and references from the tag of a computed ARN (`!Sub`, `!Join` on the next line) as from its text', () => {
    const hidden = (text: string) => text.replace(CURSOR, '');
    for (const marked of [
      template(`ComponentArn: !S${CURSOR}ub '${SUB.slice('!Sub \''.length)}hello-world/1.0.0'`),
      template(`ComponentArn: !Jo${CURSOR}in\n            - ''\n            - ['arn:', !Ref AWS::Partition, ':imagebuilder:us-east-1:123456789012:component/hello-world/x.x.x']`),
    ]) {
      const { analysis, position, document } = opened('stack.yaml', marked);
      const hover = service.doHover(analysis, position);
      assert.match(JSON.stringify(hover?.contents), /\*\*hello-world\*\* — workspace component/, hidden(marked));
      assert.match(document.getText(hover!.range), /^!(Sub|Join)/);
      assert.deepEqual(service.findDefinition(analysis, position).map((l) => l.uri), [COMPONENT_URI]);
      assert.deepEqual(service.findReferences(analysis, position, true).map((l) => l.uri), [COMPONENT_URI], 'the declaration (no indexed file uses it)');
    }
  });

  test('hover on a managed ARN with computed parts shows the managed component', () => {
    const { analysis, position } = opened('main.tf', terraform(`"arn:\${data.aws_partition.current.partition}:imagebuilder:\${var.region}:aws:component/update-li${CURSOR}nux/x.x.x"`, ''));
    assert.match(JSON.stringify(service.doHover(analysis, position)?.contents), /\*\*update-linux\*\* — AWS-managed component/);
  });

  test('the summary has one recipe per recipe resource; find-references from the component reaches each use', () => {
    const stack = opened('stack.yaml', template(`ComponentArn: ${SUB}hello-world/1.0.0'`, `  Second:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties:
      Name: s
      Version: 1.0.0
      ParentImage: ${LINUX_PARENT}
      Components:
        - ComponentArn: arn:aws:imagebuilder:us-east-1:123456789012:component/hello-world/x.x.x
`));
    const tf = opened('main.tf', terraform(`${TF_INTERPOLATED}hello-world/1.0.0"`));
    const summary = service.summarize(stack.analysis);
    assert.deepEqual(summary.recipes.map((r) => `${r.kind} ${r.name}: ${r.uses.map((u) => u.arn).join(', ')}`), [
      'AWS::ImageBuilder::ImageRecipe r: arn:*:imagebuilder:*:*:component/hello-world/1.0.0',
      'AWS::ImageBuilder::ImageRecipe s: arn:aws:imagebuilder:us-east-1:123456789012:component/hello-world/x.x.x',
    ]);
    const workspace = new WorkspaceIndex();
    workspace.set(service.summarize(analyse(COMPONENT_URI, HELLO_COMPONENT)));
    workspace.set(summary);
    workspace.set(service.summarize(tf.analysis));
    workspace.setComplete(true);
    const references = service.findReferences(analyse(COMPONENT_URI, HELLO_COMPONENT, workspace), { line: 0, character: 8 }, false);
    assert.deepEqual(references.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line + 1}`), ['stack.yaml:10', 'stack.yaml:18', 'main.tf:6']);
  });

  test('completion of a template recipe\'s ComponentArn and of the names its entry passes', () => {
    const arn = opened('stack.yaml', template(`ComponentArn: ${CURSOR}`));
    const labels = (service.doComplete(arn.analysis, arn.position) as CompletionList).items.map((i) => i.label);
    assert.ok(labels.includes('hello-world/x.x.x') && labels.includes('update-linux/x.x.x'), labels.join(', '));
    const names = opened('stack.yaml', template(`ComponentArn: ${SUB}hello-world/1.0.0'\n          Parameters:\n            - Name: Version\n              Value: ['1']\n            - Name: ${CURSOR}`));
    assert.deepEqual((service.doComplete(names.analysis, names.position) as CompletionList).items.map((i) => i.label), ['Greeting']);
  });
});
