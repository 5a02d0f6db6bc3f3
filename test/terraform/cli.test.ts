import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths';

test('imagebuilder-lint checks *.tf files in folders (and leaves other .tf files alone)', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-tf-cli-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'infra.tf'), 'resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  name = "n"\n  instance_profile_name = "p"\n  placement {\n    tenancy = "Host"\n  }\n}\n');
  fs.writeFileSync(path.join(dir, 'other.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = \n');
  let stdout = '';
  let status = 0;
  try {
    execFileSync(process.execPath, [path.join(repoRoot, 'bin', 'imagebuilder-lint.js'), dir], { encoding: 'utf8' });
  } catch (error) {
    ({ stdout, status } = error as { stdout: string; status: number });
  }
  assert.equal(status, 1);
  assert.match(stdout, /infra\.tf\n {2}5:15 +error +'Host' is not a valid 'tenancy'.* +invalid-value$/m);
  assert.doesNotMatch(stdout, /other\.tf/);
  assert.match(stdout, /1 Image Builder file checked \(1 other skipped\)/);
});
