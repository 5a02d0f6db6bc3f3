/**
 * Writes schemas/terraform/aws-imagebuilder.json (`npm run generate:terraform`), or with `--check` says
 * whether the committed file is what the generator gives. Needs `terraform` on PATH and the hashicorp/aws
 * provider in a filesystem mirror (`/opt/tf-plugins`, or `IB_TF_PLUGIN_DIR`); nothing needs them at run time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildTerraformSchemas, BuildResult } from './buildSchemas';
import { loadCfnSpec } from './cfnSpec';
import { findPluginDir, findTerraform, providerResourceSchemas } from './providerSchema';

export const OUTPUT = path.join('schemas', 'terraform', 'aws-imagebuilder.json');

/** The generated text, or why it cannot be made here. */
export function generate(): { text: string; result: BuildResult } | { unavailable: string } {
  const terraform = findTerraform();
  if (!terraform) return { unavailable: 'terraform is not on PATH' };
  const plugins = findPluginDir();
  if (!plugins) return { unavailable: 'no filesystem mirror of hashicorp/aws (set IB_TF_PLUGIN_DIR)' };
  const cfn = loadCfnSpec();
  const result = buildTerraformSchemas(providerResourceSchemas(terraform, plugins, 'aws_imagebuilder_'), cfn, cfn.version);
  return { text: `${JSON.stringify(result.file, null, 2)}\n`, result };
}

function main(): number {
  const root = path.resolve(__dirname, '..', '..', '..');
  const target = path.join(root, OUTPUT);
  const made = generate();
  if ('unavailable' in made) {
    console.error(`generate:terraform: ${made.unavailable}`);
    return 2;
  }
  const { unmatched, unused } = made.result;
  if (unmatched.length > 0 || unused.length > 0) {
    for (const u of unmatched) console.error(`not matched with CloudFormation (review, then list in tools/terraform/nameDifferences.ts): ${u}`);
    for (const u of unused) console.error(`stale entry in tools/terraform/nameDifferences.ts: ${u}`);
    return 1;
  }
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === made.text;
    console.log(same ? `${OUTPUT} is up to date` : `${OUTPUT} differs from what the generator gives`);
    return same ? 0 : 1;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, made.text);
  console.log(`wrote ${OUTPUT}`);
  return 0;
}

if (require.main === module) process.exitCode = main();
