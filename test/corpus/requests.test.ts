import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { corpusDir, sharedAvailable } from '../support/paths';
import { open, service } from '../support/harness';

/**
 * The real third-party request files of the corpus (JSON): each is recognised as the right kind and gets
 * exactly the diagnostics listed — none unless the file is really wrong (the reason is given).
 */
const EXPECTED: Readonly<Record<string, { kind: string | null; codes: string[]; why?: string }>> = {
  'recipe-json/aws__aws-cli__awscli__examples__imagebuilder__create-image-recipe.rst__L10-L24.json': { kind: 'create-image-recipe', codes: [] },
  'infrastructure-json/aws__aws-cli__awscli__examples__imagebuilder__create-infrastructure-configuration.rst__L10-L30.json': { kind: 'create-infrastructure-configuration', codes: [] },
  'infrastructure-json/aws__aws-cli__awscli__examples__imagebuilder__update-infrastructure-configuration.rst__L10-L29.json': { kind: 'update-infrastructure-configuration', codes: [] },
  'other/aws__aws-cli__awscli__examples__imagebuilder__create-component.rst__L10-L17.json': { kind: 'create-component', codes: [] },
  'other/aws__aws-cli__awscli__examples__imagebuilder__import-component.rst__L10-L19.json': { kind: 'import-component', codes: [] },
  'other/aws__aws-cli__awscli__examples__imagebuilder__create-distribution-configuration.rst__L10-L44.json': { kind: 'create-distribution-configuration', codes: [] },
  'other/aws__aws-cli__awscli__examples__imagebuilder__create-image-pipeline.rst__L10-L25.json': { kind: 'create-image-pipeline', codes: [] },
  'other/dynaknot__quickstart-sap-hana__dynaknot__imagebuilder__create-component-update-ubuntu.json': { kind: 'create-component', codes: [] },
  'other/dynaknot__quickstart-sap-hana__dynaknot__components__create-component-update-ubuntu.json': {
    kind: 'create-component', codes: ['unknown-property'], why: "writes the CLI flag name 'supported-os-versions' as a JSON key; --cli-input-json needs 'supportedOsVersions'",
  },
  'other/aws-samples__amazon-ec2-image-builder-samples__CloudFormation__Docker__amazon-linux-2-with-helloworld__amazon-linux-2-container-image.json': { kind: null, codes: [], why: 'a CloudFormation template' },
  'other/aws-samples__amazon-ec2-image-builder-samples__CloudFormation__Windows__cascading-images-with-dotnet-web-application__windows-dotnet-application-stack.json': { kind: null, codes: [], why: 'CloudFormation parameters' },
};

test('corpus request files: kinds and diagnostics as reviewed', (t) => {
  if (!sharedAvailable('corpus')) {
    t.skip('skipped: ../shared/corpus not present');
    return;
  }
  const seen: string[] = [];
  for (const folder of ['recipe-json', 'infrastructure-json', 'other']) {
    for (const name of fs.readdirSync(path.join(corpusDir, folder)).filter((n) => n.endsWith('.json'))) {
      const key = `${folder}/${name}`;
      seen.push(key);
      const expected = EXPECTED[key];
      assert.ok(expected, `corpus file without a reviewed expectation: ${key}`);
      const { analysis } = open(fs.readFileSync(path.join(corpusDir, key), 'utf8'), { name });
      assert.equal(analysis.detection.kind?.id ?? null, expected.kind, key);
      const codes = service().doValidation(analysis).map((d) => String(d.code));
      assert.deepEqual(codes, expected.codes, key);
    }
  }
  assert.deepEqual(seen.sort(), Object.keys(EXPECTED).sort(), 'every reviewed file is still in the corpus');
});
