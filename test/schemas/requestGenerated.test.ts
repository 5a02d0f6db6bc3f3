import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadBundledSchemas } from '../../server/src/node/loadSchemas';
import { generateRequestSchemas } from '../../tools/generateRequestSchemas';
import { schemasDir } from '../support/spec/schemaFiles';

test('generated request schemas are what the pinned CloudFormation specification gives (npm run generate:request-schemas)', () => {
  const generated = generateRequestSchemas(loadBundledSchemas(schemasDir));
  assert.equal(generated.size, 7);
  for (const [name, text] of generated) {
    const file = path.join(schemasDir, name);
    assert.ok(fs.existsSync(file), `${name} is missing: run npm run generate:request-schemas`);
    assert.equal(fs.readFileSync(file, 'utf8'), text, `${name} differs from the generator's output: run npm run generate:request-schemas`);
  }
});
