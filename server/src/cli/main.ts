import * as fs from 'node:fs';
import { HclLoader } from '../node/loadHcl';
import { loadBundledSchemas } from '../node/loadSchemas';
import { getLanguageService } from '../service/languageService';
import { runLint } from './lint';

/** Terraform files may be among the inputs: a folder, a `.tf` path, or stdin named `*.tf`. */
function mayHaveTerraform(argv: readonly string[]): boolean {
  return argv.some((a) => /\.tf$/i.test(a) || (!a.startsWith('-') && isDirectory(a)));
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const hcl = new HclLoader();
  // The HCL parser is WASM, loaded asynchronously, and only when Terraform files may be checked.
  if (mayHaveTerraform(argv)) {
    await hcl.load().catch((error: unknown) => process.stderr.write(`imagebuilder-lint: the HCL parser could not be loaded (${String(error)}); .tf files are skipped\n`));
  }
  const needsService = !argv.includes('--help') && !argv.includes('-h') && !argv.includes('--version');
  const output = runLint(argv, undefined, needsService ? getLanguageService({ schemas: loadBundledSchemas(), hcl: () => hcl.current() }) : undefined);
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  process.exitCode = output.exitCode;
}

void main();
