import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allActions } from '../../server/src/service/component/facts';
import { kindFromSchemaReference } from '../../server/src/service/kinds/detect';
import { componentSchemaText, SCHEMA_FILE } from '../../tools/exportComponentSchema';
import { repoRoot } from '../support/paths';

describe('the exported component-document schema', () => {
  const file = path.join(repoRoot, 'schemas', SCHEMA_FILE);

  test('the committed file is up to date with the facts (run npm run export-schema)', () => {
    assert.equal(fs.readFileSync(file, 'utf8'), componentSchemaText());
  });

  test('it describes every action with its inputs, and is selected by name as the component kind', () => {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { definitions: Record<string, unknown>; properties: Record<string, unknown> };
    for (const action of allActions()) assert.ok(schema.definitions[`inputs.${action.name}`], action.name);
    assert.deepEqual(Object.keys(schema.properties).sort(), ['constants', 'description', 'name', 'parameters', 'phases', 'schemaVersion']);
    assert.equal(kindFromSchemaReference(`https://example.com/schemas/${SCHEMA_FILE}`)?.id, 'component-document');
  });
});
