import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { compareWithSpec } from '../support/spec/conformance';
import { parseSpec, type Operation, type Shape, type Spec } from '../support/spec/parseSpec';
import { KIND_FILE, loadSchemaFiles, type SchemaNode } from '../support/spec/schemaFiles';
import { findSpecFile } from '../support/spec/seedLocation';
import { cloneShape } from '../support/spec/shape';
import { requestSchemaFile } from '../../tools/generateRequestSchemas';
import { GENERATED_KINDS } from '../../tools/requestSchemas/kindSpecs';

const EXPECTED_OPERATIONS = [
  'create-component', 'create-container-recipe', 'create-infrastructure-configuration', 'get-component',
  'get-container-recipe', 'get-image', 'get-image-pipeline', 'get-image-recipe', 'get-infrastructure-configuration',
  'import-component', 'import-vm-image', 'list-component-build-versions', 'list-components', 'list-container-recipes',
  'list-image-build-versions', 'list-image-pipeline-images', 'list-image-pipelines', 'list-image-recipes', 'list-images',
  'list-infrastructure-configurations', 'update-infrastructure-configuration',
];

const DERIVED_FILE = 'create-image-recipe.request.schema.json';
/** Fields of the imageRecipe shape that the service sets, so a create request does not carry them. */
const READ_ONLY = ['arn', 'type', 'platform', 'owner', 'version', 'dateCreated'];

function op(spec: Spec, name: string): Operation {
  const found = spec.operations.find((o) => o.name === name);
  assert.ok(found, `the spec has no ${name}`);
  return found;
}

/** A shape without `required` and `doc`, to compare structure only. */
function structure(shape: Shape): Shape {
  return JSON.parse(JSON.stringify(shape, (k: string, v: unknown) => (k === 'required' || k === 'doc' ? undefined : v))) as Shape;
}

/**
 * The expected create-image-recipe request: the imageRecipe shape of get_image_recipe minus its
 * read-only fields, with the required markers of a create request, plus the three fields the API
 * reference adds (semanticVersion, amiTags, clientToken). The components list reuses the request
 * shape of create_container_recipe, which is the same structure with its nested [REQUIRED] markers.
 */
function expectedCreateImageRecipe(spec: Spec): Shape {
  const recipe = op(spec, 'get_image_recipe').response.members?.imageRecipe;
  assert.ok(recipe?.members, 'get_image_recipe has no imageRecipe dict');
  const members: Record<string, Shape> = {};
  for (const [k, v] of Object.entries(recipe.members)) if (!READ_ONLY.includes(k)) members[k] = cloneShape(v);

  const requestComponents = op(spec, 'create_container_recipe').request.members?.components;
  assert.ok(requestComponents, 'create_container_recipe has no components');
  assert.deepEqual(structure(members.components), structure(requestComponents), 'recipe components differ from request components');
  members.components = cloneShape(requestComponents);
  delete members.components.required;

  // `components` is optional: the CloudFormation specification (newer than the seed) does not require it.
  for (const k of ['name', 'parentImage']) members[k].required = true;
  members.semanticVersion = { type: 'string', required: true };
  members.amiTags = { type: 'map', member: { type: 'string' } };
  members.clientToken = { type: 'string', required: true };
  return { type: 'dict', members };
}

function assertNoDifferences(errors: string[]): void {
  assert.deepEqual(errors, [], `schema and spec differ:\n${errors.join('\n')}`);
}

test('schemas conform to the Image Builder spec', async (t) => {
  const specFile = findSpecFile();
  if (specFile === undefined) {
    t.skip('skipped: ../shared/seed not present');
    return;
  }
  const spec = parseSpec(fs.readFileSync(specFile, 'utf8'));
  const files = loadSchemaFiles();

  await t.test('the parser finds exactly the 21 operations of the update', () => {
    assert.equal(spec.operations.length, 21);
    assert.deepEqual(spec.operations.map((o) => o.cliName).sort(), [...EXPECTED_OPERATIONS].sort());
    assert.deepEqual(
      spec.operations.map((o) => o.cliName),
      spec.operations.map((o) => o.name.replace(/_/g, '-')),
    );
  });

  await t.test('there is one request and one response file per operation, plus create-image-recipe and the generated requests', () => {
    const kinds = [...files.keys()].filter((f) => KIND_FILE.test(f)).sort();
    const expected = spec.operations.flatMap((o) => [`${o.cliName}.request.schema.json`, `${o.cliName}.response.schema.json`]);
    expected.push(DERIVED_FILE, ...GENERATED_KINDS.map((k) => requestSchemaFile(k.kind)));
    assert.deepEqual(kinds, expected.sort());
  });

  for (const operation of spec.operations) {
    for (const direction of ['request', 'response'] as const) {
      const file = `${operation.cliName}.${direction}.schema.json`;
      await t.test(`${operation.cliName} ${direction}`, () => {
        const root = files.get(file);
        assert.ok(root, `${file} is missing`);
        assert.equal(root['x-operation'], operation.name);
        assert.equal(root['x-direction'], direction);
        const shape = direction === 'request' ? operation.request : operation.response;
        assertNoDifferences(compareWithSpec(files, file, shape, { extraRootProperties: direction === 'request' ? ['$schema'] : [] }));
      });
    }
  }

  await t.test('create-image-recipe request (derived from the imageRecipe shape)', () => {
    const root = files.get(DERIVED_FILE) as SchemaNode;
    assert.ok(root, `${DERIVED_FILE} is missing`);
    assert.equal(root['x-operation'], 'create_image_recipe');
    assert.equal(root['x-direction'], 'request');
    assert.equal(typeof root['x-note'], 'string');
    assert.match(root['x-note'] as string, /derived/i);
    assertNoDifferences(compareWithSpec(files, DERIVED_FILE, expectedCreateImageRecipe(spec), { extraRootProperties: ['$schema'] }));

    const recipe = op(spec, 'get_image_recipe').response.members?.imageRecipe?.members ?? {};
    const notInShape = Object.keys(root.properties ?? {}).filter((k) => !(k in recipe) && k !== '$schema');
    const marked = Object.entries(root.properties ?? {})
      .filter(([, v]) => v['x-source'] === 'api-reference' || v['x-source'] === 'cloudformation')
      .map(([k]) => k);
    assert.deepEqual(notInShape.sort(), marked.sort(), 'fields beyond the imageRecipe shape must carry x-source (api-reference or cloudformation)');
  });
});
