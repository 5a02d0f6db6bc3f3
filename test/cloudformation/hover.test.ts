// Hover on property names and values inside an Image Builder resource's Properties: the specification's
// documentation and allowed values, as generated into schemas/cloudformation/ (read here from the files,
// not typed). Nothing elsewhere in a template.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths';
import { CURSOR, hoverText } from '../support/harness';
import { RESOURCE_HEADER } from './cases';
import { yamlTemplateToJson } from './toJson';

type RawSchema = { $ref?: string; description?: string; enum?: unknown[]; properties?: Record<string, RawSchema>; items?: RawSchema; definitions?: Record<string, RawSchema> };

/** The generated schema of a property at `path` (names and `[]` for list items) of a resource type's file. */
function generated(file: string, path: readonly string[]): RawSchema {
  const root = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'cloudformation', file), 'utf8')) as RawSchema;
  const deref = (s: RawSchema): RawSchema => (s.$ref ? deref(root.definitions![s.$ref.replace('#/definitions/', '')]) : s);
  let schema = root;
  let declared = root;
  for (const part of path) {
    declared = part === '[]' ? deref(schema).items! : deref(schema).properties![part];
    schema = declared;
  }
  // A property's own description wins over its definition's (as the catalog reads a `$ref` with siblings).
  return { ...deref(schema), description: declared.description ?? deref(schema).description };
}

/** The hover at the `CURSOR` (U+0001) of a YAML template, or of the same template as JSON when `json`. */
function hover(marked: string, json = false): string | null {
  if (!json) return hoverText(marked, { name: 't.yaml' });
  // The word under the cursor, found again in the JSON form of the template (its first occurrence after the same prefix).
  const offset = marked.indexOf(CURSOR);
  const before = /[\w.-]*$/.exec(marked.slice(0, offset))![0];
  const word = before + /^[\w.-]*/.exec(marked.slice(offset + CURSOR.length))![0];
  const text = yamlTemplateToJson(marked.replace(CURSOR, ''));
  const at = text.indexOf(`"${word}"`, text.indexOf('"Properties"')) + 1 + before.length;
  return hoverText(text.slice(0, at) + CURSOR + text.slice(at), { name: 't.json' });
}

const INFRA = `${RESOURCE_HEADER}  Infra:\n    Type: AWS::ImageBuilder::InfrastructureConfiguration\n    Properties:\n      Name: infra\n      InstanceProfileName: p\n`;
const INFRA_FILE = 'aws-imagebuilder-infrastructureconfiguration.schema.json';
const RECIPE = `${RESOURCE_HEADER}  Recipe:\n    Type: AWS::ImageBuilder::ImageRecipe\n    Properties:\n      Name: r\n      Version: 1.0.0\n      ParentImage: ami-0123456789abcdef0\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs:\n`;
const COMPONENT = `${RESOURCE_HEADER}  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: c\n      Version: 1.0.0\n      Uri: s3://bucket/c.yaml\n`;

const NAMES: ReadonlyArray<{ name: string; text: string; file: string; path: readonly string[] }> = [
  { name: 'a top-level property', text: `${INFRA}      Placem\u0001ent: { Tenancy: host }\n`, file: INFRA_FILE, path: ['Placement'] },
  { name: 'a nested property with allowed values', text: `${INFRA}      Placement:\n        Tena\u0001ncy: host\n`, file: INFRA_FILE, path: ['Placement', 'Tenancy'] },
  { name: 'a property of a list item', text: `${RECIPE}            Volume\u0001Type: gp3\n`, file: 'aws-imagebuilder-imagerecipe.schema.json', path: ['BlockDeviceMappings', '[]', 'Ebs', 'VolumeType'] },
  { name: 'HttpTokens', text: `${INFRA}      InstanceMetadataOptions:\n        Http\u0001Tokens: required\n`, file: INFRA_FILE, path: ['InstanceMetadataOptions', 'HttpTokens'] },
  { name: 'Platform', text: `${COMPONENT}      Plat\u0001form: macOS\n`, file: 'aws-imagebuilder-component.schema.json', path: ['Platform'] },
];

for (const json of [false, true]) {
  const language = json ? 'JSON' : 'YAML';
  for (const c of NAMES) {
    test(`template hover (${language}): ${c.name}: the specification's documentation and allowed values`, () => {
      const text = hover(c.text, json);
      assert.ok(text, 'a hover');
      const schema = generated(c.file, c.path);
      assert.ok(schema.description && text.includes(schema.description), `${text}\n--- should include ---\n${schema.description}`);
      assert.match(text, new RegExp(`^\\*\\*${c.path[c.path.length - 1]}\\*\\*`));
      for (const value of schema.enum ?? []) assert.ok(text.includes(`- \`${String(value)}\``), `${String(value)} listed in\n${text}`);
    });
  }

  test(`template hover (${language}): an allowed value names its property and the other values`, () => {
    const text = hover(`${INFRA}      Placement:\n        Tenancy: ho\u0001st\n`, json) ?? '';
    assert.ok(text.startsWith('**host** — a value of `Tenancy`'), text);
    const others = generated(INFRA_FILE, ['Placement', 'Tenancy']).enum!.filter((v) => v !== 'host').map((v) => `\`${String(v)}\``).join(', ');
    assert.ok(text.endsWith(`Other values: ${others}`), text);
    assert.ok(hover(`${COMPONENT}      Platform: mac\u0001OS\n`, json)?.startsWith('**macOS** — a value of `Platform`'));
  });
}

const NOTHING: ReadonlyArray<{ name: string; text: string }> = [
  { name: 'a resource attribute', text: `${INFRA.replace('    Type:', '    Ty\u0001pe:')}` },
  { name: 'the resource type', text: `${INFRA.replace('InfrastructureConfiguration', 'Infrastructure\u0001Configuration')}` },
  { name: 'an intrinsic value', text: `${INFRA}      Placement:\n        Tenancy: !Ref Tenancy\u0001Param\n` },
  { name: 'another resource\'s property', text: `${INFRA}  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      Visibility\u0001Timeout: 30\n` },
  { name: 'a custom resource\'s Placement', text: `${INFRA}  Custom:\n    Type: Custom::Thing\n    Properties:\n      Placement:\n        Tena\u0001ncy: host\n` },
  { name: 'a template without Image Builder resources', text: `${RESOURCE_HEADER}  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      Placement:\n        Tena\u0001ncy: host\n` },
];

for (const c of NOTHING) {
  test(`template hover: nothing on ${c.name}`, () => {
    assert.equal(hover(c.text), null);
  });
}
