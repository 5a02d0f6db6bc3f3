import { HclLoader } from '../node/loadHcl';
import { loadBundledSchemas } from '../node/loadSchemas';
import { getLanguageService } from '../service/languageService';
import { runLint } from './lint';

void (async () => {
  // The HCL parser (WASM) for *.tf files; without it they are reported as not checked.
  const hcl = await new HclLoader().load().catch(() => undefined);
  const output = runLint(process.argv.slice(2), getLanguageService({ schemas: loadBundledSchemas(), hcl: () => hcl }));
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  process.exitCode = output.exitCode;
})();
