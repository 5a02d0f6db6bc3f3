import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { nestedQuantifiers, worstMatchTime } from '../support/spec/regexSafety';
import { KIND_FILE, resolveRef, schemasDir, type SchemaNode } from '../support/spec/schemaFiles';
import { findSpecFile } from '../support/spec/seedLocation';
import { sharedRun, wordRuns } from '../support/spec/wordRuns';

/** The dialect of schemas/README.md. */
const VALIDATION = ['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'minimum', 'maximum',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern', 'format', '$ref', 'default', 'patternErrorMessage'];
const ANNOTATIONS = ['title', 'description', 'enumDescriptions', 'deprecationMessage', 'x-autofilled', 'x-enum-from',
  'x-limit-source', 'x-source', 'x-seed-required', 'x-enum-cloudformation'];
const ROOT_ONLY = ['$schema', 'definitions', 'x-operation', 'x-direction', 'x-note'];
/** Keywords allowed beside `$ref`: annotations only, which override the target's for hover. */
const BESIDE_REF = ['$ref', 'title', 'description', 'deprecationMessage', 'default', 'x-enum-from', 'x-limit-source', 'x-source', 'x-autofilled', 'x-seed-required'];
const TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'];
const FORMATS = ['semantic-version', 'semantic-version-filter', 's3-uri', 'arn', 'imagebuilder-arn', 'date-time'];
const PROSE_KEYS = ['description', 'deprecationMessage', 'x-note'];
const COPY_RUN = 8;

type Kind = 'root' | 'definition' | 'property' | 'items' | 'additionalProperties';
interface Visit {
  file: string;
  path: string;
  kind: Kind;
  node: SchemaNode;
}

/** Exported for other tools in full draft-07 (generated from the AWSTOE facts; checked by test/component/schemaExport). */
const EXPORTED = 'component-document.schema.json';

function schemaFileNames(): string[] {
  // The folder cloudformation/ is generated from @aws-cdk/aws-service-spec (test/schemas/cloudformationGenerated.test.ts).
  // The folder terraform/ is generated from terraform providers schema + that spec (test/terraform/generator.test.ts).
  return fs.readdirSync(schemasDir).filter((f) => f !== 'README.md' && f !== EXPORTED && f !== 'cloudformation' && f !== 'terraform').sort();
}

function readSchema(file: string): SchemaNode {
  return JSON.parse(fs.readFileSync(path.join(schemasDir, file), 'utf8')) as SchemaNode;
}

function walk(file: string, root: SchemaNode): Visit[] {
  const out: Visit[] = [];
  const visit = (node: SchemaNode, p: string, kind: Kind): void => {
    out.push({ file, path: p, kind, node });
    for (const [k, v] of Object.entries(node.properties ?? {})) visit(v, `${p}.properties.${k}`, 'property');
    if (node.items !== undefined) visit(node.items, `${p}.items`, 'items');
    if (typeof node.additionalProperties === 'object') visit(node.additionalProperties, `${p}.additionalProperties`, 'additionalProperties');
    if (kind === 'root') for (const [k, v] of Object.entries(node.definitions ?? {})) visit(v, `definitions.${k}`, 'definition');
  };
  visit(root, '#', 'root');
  return out;
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function problemsOf(v: Visit, files: Map<string, SchemaNode>): string[] {
  const { node, kind } = v;
  const out: string[] = [];
  const allowed = new Set([...VALIDATION, ...ANNOTATIONS, ...(kind === 'root' ? ROOT_ONLY : [])]);
  for (const key of Object.keys(node)) if (!allowed.has(key)) out.push(`keyword ${key} is not in the dialect`);
  if (node.$ref !== undefined) {
    if (resolveRef(files, v.file, node.$ref) === undefined) out.push(`$ref ${node.$ref} does not resolve`);
    for (const key of Object.keys(node)) if (!BESIDE_REF.includes(key)) out.push(`${key} beside $ref`);
  } else if (kind === 'root' && node.type === undefined && node.definitions !== undefined && node.properties === undefined) {
    // a definitions-only file such as shapes.schema.json
  } else if (!TYPES.includes(node.type as string)) {
    out.push(`type ${JSON.stringify(node.type)} is not one of ${TYPES.join(', ')}`);
  }
  if ((kind !== 'items' && kind !== 'additionalProperties') && !isNonEmptyString(node.description)) out.push('no description');
  for (const key of PROSE_KEYS) if (key in node && !isNonEmptyString(node[key])) out.push(`${key} must be a non-empty string`);
  if (node.format !== undefined && !FORMATS.includes(node.format)) out.push(`format ${node.format} is not in the dialect`);

  if (node.enum !== undefined) {
    const values = node.enum;
    if (!Array.isArray(values) || values.length === 0 || new Set(values).size !== values.length) out.push('enum must be a non-empty list of distinct values');
    const descriptions = node.enumDescriptions;
    if (!Array.isArray(descriptions) || descriptions.length !== values.length || !descriptions.every(isNonEmptyString)) {
      out.push('enumDescriptions must give a non-empty text for each enum value');
    }
    if (node.default !== undefined && !values.includes(node.default)) out.push('default is not one of the enum values');
  } else if (node.enumDescriptions !== undefined) {
    out.push('enumDescriptions without enum');
  }
  if (node['x-enum-from'] !== undefined && (node['x-enum-from'] !== 'description' || node.enum === undefined)) {
    out.push('x-enum-from must be "description" and sit beside an enum');
  }
  const newer = node['x-enum-cloudformation'];
  if (newer !== undefined && (!Array.isArray(newer) || newer.length === 0 || !newer.every((x) => Array.isArray(node.enum) && node.enum.includes(x)))) {
    out.push('x-enum-cloudformation must list values of the enum beside it');
  }
  if (node['x-source'] !== undefined && !['api-reference', 'cloudformation'].includes(node['x-source'] as string)) out.push('x-source must be api-reference or cloudformation');
  if (node['x-seed-required'] !== undefined && node['x-seed-required'] !== true) out.push('x-seed-required must be true');

  if (node.pattern !== undefined) {
    try {
      const re = new RegExp(node.pattern);
      new RegExp(node.pattern, 'u');
      const nested = nestedQuantifiers(node.pattern);
      out.push(...nested);
      // Only time patterns that passed the structural check: a truly catastrophic one would hang.
      const ms = nested.length === 0 ? worstMatchTime(re) : 0;
      if (ms > 100) out.push(`pattern took ${ms.toFixed(0)} ms on a long adversarial input`);
    } catch (e) {
      out.push(`pattern does not compile: ${(e as Error).message}`);
    }
  }
  for (const [lo, hi] of [['minimum', 'maximum'], ['minLength', 'maxLength'], ['minItems', 'maxItems']]) {
    for (const k of [lo, hi]) if (k in node && !Number.isInteger(node[k])) out.push(`${k} must be an integer`);
    if (lo in node && hi in node && (node[lo] as number) > (node[hi] as number)) out.push(`${lo} is above ${hi}`);
  }

  if (node.type === 'object') {
    const props = node.properties ?? {};
    const hasProps = Object.keys(props).length > 0;
    if (hasProps && node.additionalProperties !== false) out.push('an object with properties must set additionalProperties: false');
    if (!hasProps && typeof node.additionalProperties !== 'object') out.push('an object without properties must be a map (additionalProperties schema)');
    for (const r of node.required ?? []) if (!(r in props)) out.push(`required ${r} is not a property`);
    for (const [k, p] of Object.entries(props)) {
      if (p['x-autofilled'] === true && (node.required ?? []).includes(k)) out.push(`${k} is x-autofilled and required`);
    }
  } else if (node.required !== undefined || node.properties !== undefined) {
    out.push('properties/required on a non-object');
  }
  if (node.type === 'array' && node.items === undefined) out.push('an array needs items');
  return out;
}

const files = new Map<string, SchemaNode>();

test('schema files parse as JSON and are named *.schema.json', () => {
  const names = schemaFileNames();
  assert.ok(names.length > 1, 'no schema files');
  for (const name of names) {
    assert.match(name, /\.schema\.json$/, `${name}: unexpected file in schemas/`);
    assert.doesNotThrow(() => files.set(name, readSchema(name)), `${name} is not valid JSON`);
  }
});

test('schemas use only the dialect, and every node is well formed', () => {
  const problems: string[] = [];
  for (const [file, root] of files) {
    for (const v of walk(file, root)) for (const p of problemsOf(v, files)) problems.push(`${file} ${v.path}: ${p}`);
  }
  assert.deepEqual(problems, []);
});

test('kind files carry x-operation and x-direction, and requests accept $schema', () => {
  const problems: string[] = [];
  for (const [file, root] of files) {
    const m = KIND_FILE.exec(file);
    if (m === null) continue;
    if (!/^[a-z]+(_[a-z]+)*$/.test(String(root['x-operation']))) problems.push(`${file}: x-operation missing or not snake_case`);
    if (root['x-direction'] !== m[2]) problems.push(`${file}: x-direction should be ${m[2]}`);
    if (root.type !== 'object') problems.push(`${file}: the root must be an object`);
    const schemaProp = root.properties?.$schema;
    if (m[2] === 'request' && (schemaProp?.type !== 'string' || (root.required ?? []).includes('$schema'))) {
      problems.push(`${file}: a request root needs an optional $schema string property`);
    }
  }
  assert.deepEqual(problems, []);
});

test('descriptions are our own words, not copied from the spec', (t) => {
  const specFile = findSpecFile();
  if (specFile === undefined) {
    t.skip('skipped: ../shared/seed not present');
    return;
  }
  const specRuns = wordRuns(fs.readFileSync(specFile, 'utf8'), COPY_RUN);
  assert.ok(specRuns.size > 1000, 'the spec text looks empty');
  const copies: string[] = [];
  for (const [file, root] of files) {
    for (const v of walk(file, root)) {
      const texts = PROSE_KEYS.map((k) => v.node[k]).concat(Array.isArray(v.node.enumDescriptions) ? v.node.enumDescriptions : []);
      for (const text of texts) {
        if (typeof text !== 'string') continue;
        const run = sharedRun(text, specRuns, COPY_RUN);
        if (run !== undefined) copies.push(`${file} ${v.path}: "${run}"`);
      }
    }
  }
  assert.deepEqual(copies, [], `${copies.length} descriptions share ${COPY_RUN}+ consecutive words with the spec`);
});
