// Quick fixes on templates through the facade: the fix of each rule applied to a YAML template and to
// the same template in JSON (long forms); the result is checked text and re-validates clean of that code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../support/harness';
import { template } from './cases';
import { yamlTemplateToJson } from './toJson';

function analyzed(text: string, name: string) {
  const document = TextDocument.create(`file:///work/${name}`, name.endsWith('.json') ? 'json' : 'yaml', 1, text);
  return { document, analysis: service().analyze(document) };
}

function codes(text: string, name: string): string[] {
  return service().doValidation(analyzed(text, name).analysis).map((d) => String(d.code));
}

/** The text after the fix titled `title` of the diagnostic with `code`; the titles offered are checked too. */
function applyFix(text: string, name: string, code: string, title: string, titles: readonly string[]): string {
  const { document, analysis } = analyzed(text, name);
  const diagnostics = service().doValidation(analysis).filter((d) => d.code === code);
  assert.equal(diagnostics.length, 1, `one ${code} in\n${text}`);
  const actions = service().getCodeActions(analysis, diagnostics[0].range, diagnostics);
  assert.deepEqual(actions.map((a) => a.title), titles);
  const action = actions.find((a) => a.title === title)!;
  return TextDocument.applyEdits(document, action.edit?.changes?.[document.uri] ?? []);
}

const INFRA = '  Infra:\n    Type: AWS::ImageBuilder::InfrastructureConfiguration\n    Properties:\n      Name: infra\n      InstanceProfileName: p\n';
const GROUP = 'arn:aws:resource-groups:us-east-1:123456789012:group/g';

interface FixCase {
  readonly name: string;
  readonly code: string;
  readonly yaml: string;
  readonly titles: readonly string[];
  readonly title: string;
  /** The fixed YAML template; the JSON one is checked to be the JSON of it (same values). */
  readonly fixed: string;
  /** The fixed JSON text, where JSON's own punctuation is worth seeing (else compared as values). */
  readonly fixedJson?: string;
}

const CASES: readonly FixCase[] = [
  {
    name: 'placement-target-conflict: remove one target',
    code: 'placement-target-conflict',
    yaml: template(`${INFRA}      Placement:\n        Tenancy: host\n        HostId: !Ref HostParam\n        HostResourceGroupArn: ${GROUP}\n`),
    titles: ["Remove 'HostId'", "Remove 'HostResourceGroupArn'"],
    title: "Remove 'HostResourceGroupArn'",
    fixed: template(`${INFRA}      Placement:\n        Tenancy: host\n        HostId: !Ref HostParam\n`),
  },
  {
    name: 'placement-target-needs-host: set Tenancy to host',
    code: 'placement-target-needs-host',
    yaml: template(`${INFRA}      Placement:\n        Tenancy: dedicated\n        HostId: h-0123456789abcdef0\n`),
    titles: ["Set 'Tenancy' to 'host'", "Remove 'HostId'"],
    title: "Set 'Tenancy' to 'host'",
    fixed: template(`${INFRA}      Placement:\n        Tenancy: host\n        HostId: h-0123456789abcdef0\n`),
  },
  {
    name: 'mac-needs-host: add Placement with Tenancy host',
    code: 'mac-needs-host',
    yaml: template(`${INFRA}      InstanceTypes:\n        - mac2.metal\n`),
    titles: ["Add 'Placement' with 'Tenancy: host'"],
    title: "Add 'Placement' with 'Tenancy: host'",
    fixed: template(`${INFRA.replace('      Name:', '      Placement: { Tenancy: host }\n      Name:')}      InstanceTypes:\n        - mac2.metal\n`),
  },
  {
    name: 'mac-needs-host: set the Tenancy of an existing Placement',
    code: 'mac-needs-host',
    yaml: template(`${INFRA}      InstanceTypes: [mac2-m2pro.metal]\n      Placement:\n        Tenancy: default\n`),
    titles: ["Set 'Tenancy' to 'host'"],
    title: "Set 'Tenancy' to 'host'",
    fixed: template(`${INFRA}      InstanceTypes: [mac2-m2pro.metal]\n      Placement:\n        Tenancy: host\n`),
  },
  {
    name: 'exclusive-properties: remove Uri (or Data)',
    code: 'exclusive-properties',
    yaml: template("  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: comp\n      Platform: Linux\n      Version: 1.0.0\n      Data: !Sub 'schemaVersion: 1.0'\n      Uri: s3://bucket/c.yaml\n"),
    titles: ["Remove 'Data'", "Remove 'Uri'"],
    title: "Remove 'Uri'",
    fixed: template("  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: comp\n      Platform: Linux\n      Version: 1.0.0\n      Data: !Sub 'schemaVersion: 1.0'\n"),
  },
  {
    name: 'unknown-property: did you mean',
    code: 'unknown-property',
    yaml: template(`${INFRA}      InstanceTypse: [m5.large]\n`),
    titles: ["Change to 'InstanceTypes'"],
    title: "Change to 'InstanceTypes'",
    fixed: template(`${INFRA}      InstanceTypes: [m5.large]\n`),
  },
  {
    name: 'invalid-value: did you mean macOS',
    code: 'invalid-value',
    yaml: template('  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties: { Name: comp, Platform: MacOS, Version: 1.0.0, Uri: s3://bucket/c.yaml }\n'),
    titles: ["Change to 'macOS'"],
    title: "Change to 'macOS'",
    fixed: template('  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties: { Name: comp, Platform: macOS, Version: 1.0.0, Uri: s3://bucket/c.yaml }\n'),
  },
];

for (const c of CASES) {
  test(`template quick fix (YAML): ${c.name}`, () => {
    const fixed = applyFix(c.yaml, 't.yaml', c.code, c.title, c.titles);
    assert.equal(fixed, c.fixed);
    assert.ok(!codes(fixed, 't.yaml').includes(c.code), codes(fixed, 't.yaml').join());
  });
  test(`template quick fix (JSON): ${c.name}`, () => {
    const json = yamlTemplateToJson(c.yaml);
    const fixed = applyFix(json, 't.template.json', c.code, c.title, c.titles);
    assert.deepEqual(JSON.parse(fixed), JSON.parse(yamlTemplateToJson(c.fixed)), fixed);
    assert.ok(!codes(fixed, 't.template.json').includes(c.code), codes(fixed, 't.template.json').join());
  });
}
