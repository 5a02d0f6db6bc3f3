// Completion of a Terraform recipe's `component { component_arn = "…" }` from the workspace's components and
// the bundled AWS-managed list, through the facade: the edit replaces the string's contents only (the quotes
// stay), region and account come from the recipe's ARNs or its parent image, else are snippet placeholders.
// Then the names its `parameter` blocks pass, from the workspace component the ARN names.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { LanguageService, WorkspaceIndex } from '../../server/src/service/languageService';
import { applyEdit } from '../support/applyCompletion';
import { CURSOR } from '../support/harness';
import { terraformService } from '../support/terraform';
import { HELLO_COMPONENT } from '../workspace/fixtures';

let service: LanguageService;
let index: WorkspaceIndex;
before(async () => {
  service = await terraformService();
  index = new WorkspaceIndex();
  index.set(service.summarize(service.analyze(TextDocument.create('file:///ws/components/hello.yaml', 'yaml', 1, HELLO_COMPONENT))));
  index.setComplete(true);
});

const PARENT = 'arn:aws:imagebuilder:eu-west-1:aws:image/amazon-linux-2023-x86/x.x.x';
/** A recipe resource of `type` whose `component` block holds `component_arn = <arn>`, with `extra` blocks after it. */
const recipe = (arn: string, { type = 'aws_imagebuilder_image_recipe', parent = PARENT, extra = '' } = {}) => `resource "${type}" "r" {
  name         = "r"
  version      = "1.0.0"
  parent_image = "${parent}"
  component {
    component_arn = ${arn}
  }
${extra}}
`;

function complete(marked: string, workspace: WorkspaceIndex | null = index): { document: TextDocument; items: CompletionItem[] } {
  const text = marked.replace(CURSOR, '');
  const document = TextDocument.create('file:///ws/main.tf', 'terraform', 1, text);
  const analysis = service.analyze(document, { workspace: workspace ?? undefined });
  const list = service.doComplete(analysis, document.positionAt(marked.indexOf(CURSOR))) as CompletionList;
  return { document, items: list.items };
}

/** The `component_arn` line after accepting the item labelled `label`. */
function accepted(document: TextDocument, items: CompletionItem[], label: string): string {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `${label} among ${items.slice(0, 6).map((i) => i.label).join(', ')}`);
  return applyEdit(document, item).split('\n').find((l) => l.includes('component_arn'))!.trim();
}

test('an empty string: workspace components first, then the managed ones; the edit is the contents, the region the parent image\'s', () => {
  const { document, items } = complete(recipe(`"${CURSOR}"`));
  const labels = items.map((i) => i.label);
  assert.equal(labels[0], 'hello-world/x.x.x');
  assert.ok(labels.includes('update-linux/x.x.x'), labels.join(', '));
  const edit = items[0].textEdit as TextEdit;
  assert.equal(document.getText(edit.range), '', 'nothing between the quotes is replaced but the contents');
  assert.equal(document.getText({ start: { ...edit.range.start, character: edit.range.start.character - 1 }, end: { ...edit.range.end, character: edit.range.end.character + 1 } }), '""');
  assert.equal(accepted(document, items, 'hello-world/x.x.x'), 'component_arn = "arn:aws:imagebuilder:eu-west-1:123456789012:component/hello-world/x.x.x"');
  assert.equal(accepted(document, items, 'update-linux/x.x.x'), 'component_arn = "arn:aws:imagebuilder:eu-west-1:aws:component/update-linux/x.x.x"');
  assert.match(items[0].textEdit!.newText, /:\$\{2:123456789012\}:component\/hello-world\/x\.x\.x$/, 'the unknown account is a placeholder');
});

test('an ARN being typed: the whole contents replaced, its region and account kept; filtered on the contents', () => {
  const { document, items } = complete(recipe(`"arn:aws:imagebuilder:us-west-2:111122223333:component/hel${CURSOR}lo"`));
  assert.equal(accepted(document, items, 'hello-world/x.x.x'), 'component_arn = "arn:aws:imagebuilder:us-west-2:111122223333:component/hello-world/x.x.x"');
  const item = items.find((i) => i.label === 'hello-world/x.x.x')!;
  assert.equal(item.filterText, 'arn:aws:imagebuilder:us-west-2:111122223333:component/hello-world/x.x.x');
  assert.equal(document.getText((item.textEdit as TextEdit).range), 'arn:aws:imagebuilder:us-west-2:111122223333:component/hello');
});

test('no string yet: the ARN is inserted as one; a container recipe and a dynamic "component" content too', () => {
  const bare = complete(recipe(CURSOR));
  assert.equal(accepted(bare.document, bare.items, 'hello-world/x.x.x'), 'component_arn = "arn:aws:imagebuilder:eu-west-1:123456789012:component/hello-world/x.x.x"');
  const container = complete(recipe(`"${CURSOR}"`, { type: 'aws_imagebuilder_container_recipe', parent: 'amazonlinux:latest' }));
  assert.equal(accepted(container.document, container.items, 'update-linux/x.x.x'), 'component_arn = "arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x"');
  const dynamic = complete(recipe('"arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x"', {
    extra: `  dynamic "component" {\n    for_each = var.c\n    content {\n      component_arn = "${CURSOR}"\n    }\n  }\n`,
  }));
  assert.ok(dynamic.items.some((i) => i.label === 'hello-world/x.x.x'));
});

test('without a workspace the managed list still; nothing of ours in an interpolated string, another block or resource', () => {
  const alone = complete(recipe(`"${CURSOR}"`), null);
  assert.ok(alone.items.length > 0 && alone.items.every((i) => i.detail?.startsWith('AWS-managed')), alone.items.slice(0, 3).map((i) => i.detail).join(', '));
  const ours = (items: CompletionItem[]) => items.filter((i) => /\/x\.x\.x$/.test(i.label));
  assert.deepEqual(ours(complete(recipe(`"arn:\${data.aws_partition.current.partition}:imagebuilder:${CURSOR}"`)).items), []);
  assert.deepEqual(ours(complete(recipe('"x"', { extra: `  block_device_mapping {\n    component_arn = "${CURSOR}"\n  }\n` })).items), []);
  const pipeline = `resource "aws_imagebuilder_image_pipeline" "p" {\n  name = "p"\n  component_arn = "${CURSOR}"\n}\n`;
  assert.deepEqual(ours(complete(pipeline).items), []);
});


test('a passed parameter name of a component the ARN names in the workspace: what it declares and the block does not pass', () => {
  const block = (names: string[]) => `resource "aws_imagebuilder_image_recipe" "r" {\n  name         = "r"\n  version      = "1.0.0"\n  parent_image = "${PARENT}"\n  component {\n    component_arn = "arn:aws:imagebuilder:eu-west-1:111122223333:component/hello-world/x.x.x"\n${names.map((n) => `    parameter {\n      name  = ${n}\n      value = "v"\n    }\n`).join('')}  }\n}\n`;
  const both = complete(block([`"${CURSOR}"`]));
  assert.deepEqual(both.items.map((i) => i.label), ['Greeting', 'Version'], 'the required one first');
  assert.match(applyEdit(both.document, both.items[0]), /name {2}= "Greeting"\n/);
  assert.deepEqual(complete(block(['"Version"', `"${CURSOR}"`])).items.map((i) => i.label), ['Greeting']);
  assert.deepEqual(complete(block([`"${CURSOR}"`]), null).items, [], 'no workspace: nothing known');
});
