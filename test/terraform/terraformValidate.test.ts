// `terraform validate` as a second opinion on our Terraform test cases and files: where both speak (an
// unknown argument or block, a missing required one, a block count, host_id with host_resource_group_arn),
// both say the same. Offline: `terraform init -plugin-dir` against the provider mirror tools/terraform/
// uses. Each case is a child module of one root, so one `init` and one `validate` judge them all.
// Skipped (and says so) where terraform or the mirror is absent.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LanguageService } from '../../server/src/service/languageService';
import { findPluginDir, findTerraform, PROVIDER_VERSION } from '../../tools/terraform/providerSchema';
import { SLOW } from '../support/tiers';
import { terraformService, tfCodes } from '../support/terraform';
import { MAC_PLATFORM, RULE_CASES, VALIDATION_CASES } from './cases';

const FILES = path.join(__dirname, '..', '..', '..', 'test', 'terraform', 'files');

/** Terraform's errors, as our codes: the checks both make. */
function ourCode(d: TfDiagnostic): string | undefined {
  const { summary, detail } = d;
  if (['Unsupported argument', 'Unsupported block type', 'Invalid resource type', 'Value for unconfigurable attribute'].includes(summary)) return 'unknown-property';
  if (summary === 'Missing required argument' || /^Insufficient \S+ blocks$/.test(summary)) return 'missing-property';
  if (summary === 'Invalid combination of arguments') return / must be specified/.test(detail) ? 'missing-property' : / can be specified/.test(detail) ? 'exclusive-properties' : undefined;
  if (/^Too many \S+ blocks$/.test(summary)) return 'out-of-range';
  if (summary === 'Conflicting configuration arguments') return 'placement-target-conflict';
  if (summary === 'Incorrect attribute value type') return 'invalid-type';
  if (/^expected \S+ to be one of /.test(summary)) return 'invalid-value';
  if (/^expected \S*\biops to be in the range /.test(summary)) return 'ebs-iops-mismatch';
  if (/^expected \S+ to be in the range /.test(summary)) return 'out-of-range';
  return undefined;
}
/** Codes both always speak on: compared both ways. */
const BOTH = new Set(['unknown-property', 'missing-property', 'out-of-range', 'placement-target-conflict', 'exclusive-properties']);
/** Codes where we know more (CloudFormation's enums, the EBS rules): terraform's must be among ours. */
const OURS_COVER = new Set(['invalid-value', 'invalid-type', 'ebs-iops-mismatch']);
/**
 * What only terraform checks, reviewed: the ARN format (our test data writes "arn" and "arn:g"; we check no
 * ARN syntax), and whether a `file()` exists (the service alone reads no file; the server and the CLI
 * report it as `component-file-missing`, componentFiles.test.ts).
 */
const TERRAFORM_ONLY = [/ is an invalid ARN: /, /^Invalid function argument: .*no file exists at /];

interface TfDiagnostic { severity: string; summary: string; detail: string; range?: { filename: string; start: { line: number } }; snippet?: { context: string | null } }

const cases: Array<[string, string]> = [
  ...[...VALIDATION_CASES, ...RULE_CASES, ...MAC_PLATFORM].map(([name, text]): [string, string] => [name, text]),
  ...fs.readdirSync(FILES).filter((f) => f.endsWith('.tf')).map((f): [string, string] => [`files/${f}`, fs.readFileSync(path.join(FILES, f), 'utf8')]),
];

const variablesOf = (text: string): string[] => [...new Set([...text.matchAll(/\bvar\.(\w+)/g)].map((m) => m[1]))];
/** The variables a case uses but does not declare itself. */
const undeclared = (text: string): string[] => variablesOf(text).filter((v) => !new RegExp(`^variable\\s+"${v}"`, 'm').test(text));

/** Declares each `var.x` a case uses (passed from the root, so unknown to validate, as to us). */
function declarations(text: string): string {
  return undeclared(text).map((v) => `variable "${v}" {}\n`).join('');
}

/** A case is a fragment of a module: a reference to a resource it does not hold is not a finding. */
const FRAGMENT = /^Reference to undeclared resource$/;

describe('terraform validate agrees where both speak', { skip: SLOW.skip }, () => {
  const terraform = findTerraform();
  const pluginDir = findPluginDir();
  const unavailable = !terraform ? 'no terraform on PATH' : !pluginDir ? `no hashicorp/aws ${PROVIDER_VERSION} mirror (IB_TF_PLUGIN_DIR or /opt/tf-plugins)` : undefined;
  let service: LanguageService;
  let dir: string;
  const byCase = new Map<number, TfDiagnostic[]>();

  before(async () => {
    service = await terraformService();
    if (unavailable) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-tf-validate-'));
    let root = `terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "${PROVIDER_VERSION}" }\n  }\n}\n`;
    cases.forEach(([, text], i) => {
      fs.mkdirSync(path.join(dir, `c${i}`));
      fs.writeFileSync(path.join(dir, `c${i}`, 'main.tf'), text);
      fs.writeFileSync(path.join(dir, `c${i}`, 'declarations.tf'), declarations(text));
      root += `module "c${i}" {\n  source = "./c${i}"\n${variablesOf(text).map((v) => `  ${v} = var.${v}\n`).join('')}}\n`;
    });
    // The root's variables are unknown to `validate`, so each case's `var.x` is unknown, as it is to us.
    root += [...new Set(cases.flatMap(([, text]) => variablesOf(text)))].map((v) => `variable "${v}" {}\n`).join('');
    fs.writeFileSync(path.join(dir, 'main.tf'), root);
    const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: path.join(dir, 'none.tfrc') };
    fs.writeFileSync(env.TF_CLI_CONFIG_FILE, '');
    execFileSync(terraform!, ['init', `-plugin-dir=${pluginDir}`, '-input=false', '-no-color', '-backend=false'], { cwd: dir, env, stdio: 'pipe' });
    let out: string;
    try {
      out = execFileSync(terraform!, ['validate', '-json', '-no-color'], { cwd: dir, env, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
    } catch (e) {
      out = String((e as { stdout?: Buffer }).stdout ?? ''); // exit 1 when invalid: the JSON is still printed
    }
    for (const d of (JSON.parse(out) as { diagnostics: TfDiagnostic[] }).diagnostics) {
      const m = /^c(\d+)\//.exec(d.range?.filename ?? '');
      assert.ok(m, `a diagnostic outside the cases: ${JSON.stringify(d)}`);
      byCase.set(Number(m[1]), [...(byCase.get(Number(m[1])) ?? []), d]);
    }
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  cases.forEach(([name, text], i) => {
    test(name, (t) => {
      if (unavailable) {
        t.skip(`skipped: ${unavailable}`);
        return;
      }
      // Ours only: a resource that is not Image Builder's gets nothing from us.
      const theirs = (byCase.get(i) ?? []).filter((d) => d.severity === 'error' && !FRAGMENT.test(d.summary) && !/^resource "(?!aws_imagebuilder_)/.test(d.snippet?.context ?? ''));
      const unmapped = theirs.filter((d) => !ourCode(d) && !TERRAFORM_ONLY.some((r) => r.test(`${d.summary}: ${d.detail}`)));
      assert.deepEqual(unmapped.map((d) => `${d.summary}: ${d.detail}`), [], 'errors of terraform we have no code for');
      const said = `terraform: ${JSON.stringify(theirs.map((d) => `${d.range?.start.line}:${d.summary}: ${d.detail}`))}`;
      const theirCodes = new Set(theirs.map(ourCode).filter((c): c is string => c !== undefined));
      const ours = new Set(tfCodes(service, text).map((c) => c.slice(c.indexOf(':') + 1)));
      assert.deepEqual([...ours].filter((c) => BOTH.has(c)).sort(), [...theirCodes].filter((c) => BOTH.has(c)).sort(), said);
      assert.deepEqual([...theirCodes].filter((c) => OURS_COVER.has(c) && !ours.has(c)), [], said);
    });
  });
});
