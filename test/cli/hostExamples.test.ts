// The bundled host examples (a CloudFormation template, a Terraform module), through the real CLI process:
// each is checked as its kind and gets exactly the diagnostics it was written to show.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from './runCli';

interface JsonFile {
  file: string;
  kind: string | null;
  diagnostics: Array<{ code: string; range: { start: { line: number } } }>;
}

const EXPECTED: ReadonlyArray<{ file: string; kind: string; diagnostics: string[] }> = [
  // Both placement targets given (one through !Ref): the component inside Data is clean.
  { file: 'examples/cloudformation/nginx-pipeline.template.yaml', kind: 'cloudformation-template', diagnostics: ['50 placement-target-conflict'] },
  // The same set-up in HCL: the heredoc component is clean; its ${var.host_id} is opaque.
  { file: 'examples/terraform/main.tf', kind: 'terraform', diagnostics: ['48 placement-target-conflict'] },
];

test('imagebuilder-lint on examples/cloudformation and examples/terraform: their kinds and exactly their diagnostics', () => {
  const r = lint(['--format', 'json', 'examples/cloudformation', 'examples/terraform']);
  assert.equal(r.status, 1, r.stderr);
  const files = JSON.parse(r.stdout) as JsonFile[];
  assert.deepEqual(
    files.map((f) => ({ file: f.file, kind: f.kind, diagnostics: f.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`) })),
    EXPECTED.map((e) => ({ ...e })),
  );
});
