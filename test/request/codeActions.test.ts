import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { open, service } from '../support/harness';

/** Applies the quick fix titled `title` among those offered for the document's diagnostics; returns the new text. */
function applyFix(text: string, file: string, title: string): string {
  const { document, analysis } = open(text, { name: file });
  const diagnostics = service().doValidation(analysis);
  const actions = service().getCodeActions(analysis, { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, diagnostics);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no fix '${title}' among: ${actions.map((a) => a.title).join(', ')}`);
  const edits = action.edit?.changes?.[document.uri] ?? [];
  return TextDocument.applyEdits(document, edits);
}

function codes(text: string, file: string): string[] {
  const { analysis } = open(text, { name: file });
  return service().doValidation(analysis).map((d) => String(d.code));
}

const CONFLICT_YAML = 'name: build-infra\ninstanceProfileName: p\nplacement:\n  tenancy: host\n  hostId: h-0123456789abcdef0\n  hostResourceGroupArn: arn:aws:resource-groups:us-east-1:123456789012:group/macs\n';

test('placement conflict: removing one target clears the error (YAML)', () => {
  const fixed = applyFix(CONFLICT_YAML, 'infra.yaml', "Remove 'hostResourceGroupArn'");
  assert.equal(fixed, 'name: build-infra\ninstanceProfileName: p\nplacement:\n  tenancy: host\n  hostId: h-0123456789abcdef0\n');
  assert.deepEqual(codes(fixed, 'infra.yaml'), []);
});

test('placement conflict: removing a target in JSON keeps the JSON valid', () => {
  const text = '{"name": "build-infra", "instanceProfileName": "p", "placement": {"tenancy": "host", "hostId": "h-1", "hostResourceGroupArn": "arn:aws:resource-groups:us-east-1:123456789012:group/macs"}}';
  const fixed = applyFix(text, 'infra.json', "Remove 'hostId'");
  assert.equal(fixed, '{"name": "build-infra", "instanceProfileName": "p", "placement": {"tenancy": "host", "hostResourceGroupArn": "arn:aws:resource-groups:us-east-1:123456789012:group/macs"}}');
  assert.deepEqual(codes(fixed, 'infra.json'), []);
});

test('target without host tenancy: the fix sets tenancy to host, or adds it', () => {
  const dedicated = '{"name": "build-infra", "instanceProfileName": "p", "placement": {"tenancy": "dedicated", "hostId": "h-1"}}';
  assert.equal(applyFix(dedicated, 'infra.json', "Set 'tenancy' to 'host'"), dedicated.replace('"dedicated"', '"host"'));
  const absent = 'name: build-infra\ninstanceProfileName: p\nplacement:\n  hostId: h-1\n';
  const fixed = applyFix(absent, 'infra.yaml', "Set 'tenancy' to 'host'");
  assert.equal(fixed, 'name: build-infra\ninstanceProfileName: p\nplacement:\n  tenancy: host\n  hostId: h-1\n');
  assert.deepEqual(codes(fixed, 'infra.yaml'), []);
});

test('a Mac instance type without placement: the fix adds placement with host tenancy', () => {
  const text = '{\n  "name": "mac-infra",\n  "instanceProfileName": "p",\n  "instanceTypes": ["mac2.metal"]\n}';
  const fixed = applyFix(text, 'infra.json', "Add 'placement' with 'tenancy: host'");
  assert.deepEqual(codes(fixed, 'infra.json'), []);
  assert.match(fixed, /"placement": \{ "tenancy": "host" \},\n {2}"name"/);
});

test('did you mean: unknown key and enum value', () => {
  assert.equal(applyFix('{"name": "build-infra", "instanceProfileName": "p", "instanceType": []}', 'i.json', "Change to 'instanceTypes'"),
    '{"name": "build-infra", "instanceProfileName": "p", "instanceTypes": []}');
  assert.equal(applyFix('name: my-component\nsemanticVersion: 1.0.0\nplatform: MacOS\nuri: s3://my-bucket/c.yaml\n', 'c.yaml', "Change to 'macOS'"),
    'name: my-component\nsemanticVersion: 1.0.0\nplatform: macOS\nuri: s3://my-bucket/c.yaml\n');
});

test('a fix offered by several diagnostics is offered once, for all of them', () => {
  const text = '{"name": "build-infra", "instanceProfileName": "p", "placement": {"tenancy": "dedicated", "hostId": "h-1", "hostResourceGroupArn": "arn:aws:resource-groups:us-east-1:123456789012:group/macs"}}';
  const { document, analysis } = open(text, { name: 'infra.json' });
  const diagnostics = service().doValidation(analysis);
  const actions = service().getCodeActions(analysis, { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, diagnostics);
  const removals = actions.filter((a) => a.title === "Remove 'hostId'");
  assert.equal(removals.length, 1);
  assert.deepEqual(removals[0].diagnostics?.map((d) => d.code).sort(), ['placement-target-conflict', 'placement-target-needs-host']);
});

test('an editor that does not send diagnostics back with their data (Kate 22.12) still gets the fixes', () => {
  const { document, analysis } = open(CONFLICT_YAML, { name: 'infra.yaml' });
  const diagnostics = service().doValidation(analysis).map(({ data: _data, ...rest }) => rest);
  assert.ok(diagnostics.some((d) => d.code === 'placement-target-conflict'));
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(CONFLICT_YAML.length) };
  const titles = service().getCodeActions(analysis, whole, diagnostics.filter((d) => d.code === 'placement-target-conflict')).map((a) => a.title);
  assert.ok(titles.includes("Remove 'hostResourceGroupArn'"), titles.join(', '));
  const moved = diagnostics.map((d) => ({ ...d, range: { start: d.range.end, end: d.range.end } }));
  assert.deepEqual(service().getCodeActions(analysis, whole, moved), [], 'a diagnostic that no longer matches gets no fix');
});

test('a request without diagnostics (Kate\'s Code Action menu) gets the fixes of ours in its range, and only those', () => {
  const { analysis } = open(CONFLICT_YAML, { name: 'infra.yaml' });
  const wholeLine = (n: number) => ({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }); // as Kate asks
  const atConflict = service().getCodeActions(analysis, wholeLine(5), []).map((a) => a.title);
  assert.ok(atConflict.includes("Remove 'hostResourceGroupArn'"), atConflict.join(', '));
  assert.deepEqual(service().getCodeActions(analysis, wholeLine(0), []), [], 'nothing to fix on the name line');
  const cursorBeforeKey = { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } };
  assert.deepEqual(service().getCodeActions(analysis, cursorBeforeKey, []), [], 'a cursor away from the diagnostic (VS Code) gets none');
});

const recipeWithEbs = (ebs: string): string => [
  'name: my-recipe',
  'semanticVersion: 1.0.0',
  'parentImage: ami-0123456789abcdef0',
  'components:',
  '  - componentArn: arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x',
  'blockDeviceMappings:',
  '  - deviceName: /dev/xvda',
  '    ebs:',
  ...ebs.split('\n').map((line) => `      ${line}`),
  '',
].join('\n');

test('ebs-iops-mismatch: the fixes insert iops in range, remove it, or move it to the nearest bound', () => {
  const cases: Array<[string, string, string]> = [
    ['volumeType: io2\nvolumeSize: 100', "Add 'iops: 3000'", 'iops: 3000\nvolumeType: io2\nvolumeSize: 100'],
    ['volumeType: gp2\niops: 3000', "Remove 'iops'", 'volumeType: gp2'],
    ['volumeType: io1\niops: 50', "Set 'iops' to 100", 'volumeType: io1\niops: 100'],
    ['volumeType: gp3\niops: 90000', "Set 'iops' to 64000", 'volumeType: gp3\niops: 64000'],
  ];
  for (const [before, title, after] of cases) {
    const fixed = applyFix(recipeWithEbs(before), 'recipe.yaml', title);
    assert.equal(fixed, recipeWithEbs(after), title);
    assert.deepEqual(codes(fixed, 'recipe.yaml'), [], `${title}: nothing left`);
  }
});
