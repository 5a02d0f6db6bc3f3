// --format sarif through the real CLI process: valid against the SARIF 2.1.0 JSON schema (the copy that
// @microsoft/jest-sarif ships), with the rule table as rules, 1-based regions, fixes and the exit status.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import { allRules } from '../../server/src/service/rules/ruleTable';
import { repoRoot } from '../support/paths';
import { lint, remove, workspace } from './runCli';

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number; snippet?: { text: string } }
interface SarifResult {
  ruleId: string; ruleIndex: number; level: string; message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region } }>;
  fixes?: Array<{ description: { text: string }; artifactChanges: Array<{ replacements: Array<{ deletedRegion: Region; insertedContent: { text: string } }> }> }>;
  relatedLocations?: unknown[];
}
interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; helpUri: string; defaultConfiguration: { level: string } }> } };
    invocations: Array<{ executionSuccessful: boolean; exitCode: number; toolExecutionNotifications?: Array<{ level: string; message: { text: string } }> }>;
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }>;
}

const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function validator(): (log: unknown) => string[] {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, meta: false, validateSchema: false, unknownFormats: 'ignore' });
  ajv.addMetaSchema(draft04);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`));
}

function sarif(args: string[], cwd = repoRoot): { log: SarifLog; status: number | null } {
  const r = lint(['--format', 'sarif', ...args], { cwd });
  return { log: JSON.parse(r.stdout) as SarifLog, status: r.status };
}

describe('--format sarif', () => {
  const validate = validator();

  test('the schema check itself rejects a broken log', () => {
    assert.notDeepEqual(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), []);
    assert.notDeepEqual(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), []);
  });

  test('examples/: valid SARIF 2.1.0, every rule of the table, results with 1-based regions and fixes, exit status 1', () => {
    const { log, status } = sarif(['examples']);
    assert.equal(status, 1);
    assert.deepEqual(validate(log), []);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'imagebuilder-lint');
    const rules = run.tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), allRules().map((r) => r.code));
    for (const [i, rule] of allRules().entries()) {
      const d = rules[i];
      assert.ok(d.shortDescription.text && d.fullDescription.text && d.help.text, rule.code);
      assert.equal(d.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[rule.severity]);
      assert.match(d.helpUri, /^https:\/\/github\.com\/.+\/README\.md#diagnostics$/);
    }
    assert.deepEqual(run.invocations[0], { executionSuccessful: true, exitCode: 1, exitCodeDescription: 'errors found' });
    assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/\/.*\/$/);
    for (const r of run.results) assert.equal(rules[r.ruleIndex].id, r.ruleId);

    const typo = run.results.find((r) => r.ruleId === 'undefined-reference')!;
    assert.deepEqual(typo.locations[0].physicalLocation.artifactLocation, { uri: 'examples/component/broken-references.yaml', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(typo.locations[0].physicalLocation.region, { startLine: 15, startColumn: 43, endLine: 15, endColumn: 50, snippet: { text: 'Verison' } });
    assert.deepEqual(typo.fixes?.[0].artifactChanges[0].replacements[0], { deletedRegion: { startLine: 15, startColumn: 43, endLine: 15, endColumn: 50 }, insertedContent: { text: 'Version' } });
    const conflict = run.results.find((r) => r.ruleId === 'placement-target-conflict')!;
    assert.equal(conflict.fixes?.length, 2, 'both alternatives are listed as fixes');
  });

  test('the same region as the text format gives, counted from 1', () => {
    const text = lint(['examples/requests/infrastructure-placement-conflict.json']).stdout;
    const { log } = sarif(['examples/requests/infrastructure-placement-conflict.json']);
    const outOfRange = log.runs[0].results.find((r) => r.ruleId === 'out-of-range')!;
    const region = outOfRange.locations[0].physicalLocation.region;
    assert.match(text, new RegExp(`^ +${region.startLine}:${region.startColumn} +error .*out-of-range$`, 'm'));
  });

  test('a clean run: no results, exit status 0; an unreadable file: executionSuccessful false, exit status 2, a notification', (t) => {
    const clean = sarif(['examples/requests/image-recipe.json']);
    assert.equal(clean.status, 0);
    assert.deepEqual(validate(clean.log), []);
    assert.deepEqual(clean.log.runs[0].results, []);
    assert.equal(clean.log.runs[0].invocations[0].exitCode, 0);
    const dir = workspace({ 'ok.yaml': 'x: 1\n' });
    t.after(() => remove(dir));
    const missing = sarif(['ok.yaml', 'missing.json'], dir);
    assert.equal(missing.status, 2);
    assert.deepEqual(validate(missing.log), []);
    const invocation = missing.log.runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.exitCode, 2);
    assert.match(invocation.toolExecutionNotifications?.[0].message.text ?? '', /missing\.json: no such file/);
  });

  test('paths outside the working directory are absolute file URIs; odd characters are escaped', (t) => {
    const dir = workspace({ 'a dir/x #1.yaml': 'name: w\nschemaVersion: 1.0\nphases:\n  - name: biuld\n    steps: []\n' });
    t.after(() => remove(dir));
    const inside = sarif(['.'], dir).log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.deepEqual(inside, { uri: 'a%20dir/x%20%231.yaml', uriBaseId: '%SRCROOT%' });
    const outside = sarif([path.join(dir, 'a dir')]);
    assert.deepEqual(validate(outside.log), []);
    assert.equal(outside.log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, `file://${dir.split(path.sep).join('/')}/a%20dir/x%20%231.yaml`);
  });
});
