// Bundles the extension client and the language server with esbuild:
//   dist/client.js  <- client/src/extension.ts  (vscode is external: the editor provides it)
//   dist/server.js  <- server/src/lsp/main.ts    (self-contained: runs with plain `node`)
//   dist/lint.js    <- server/src/cli/main.ts    (imagebuilder-lint, self-contained too)
// Usage: node scripts/bundle.mjs [--production] [--only=client|server|lint[,…]]
// IB_SERVER_ENTRY overrides the server entry (used while developing against a stand-in server).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const only = process.argv.find(a => a.startsWith('--only='))?.slice('--only='.length).split(',');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: production ? false : 'linked',
  legalComments: production ? 'none' : 'inline',
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const targets = {
  client: { entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(root, 'dist/client.js'), external: ['vscode'] },
  server: { entryPoints: [resolve(root, process.env.IB_SERVER_ENTRY || 'server/src/lsp/main.ts')], outfile: join(root, 'dist/server.js') },
  lint: { entryPoints: [join(root, 'server/src/cli/main.ts')], outfile: join(root, 'dist/lint.js') },
};

for (const [name, options] of Object.entries(targets)) {
  if (only && !only.includes(name)) continue;
  const entry = options.entryPoints[0];
  if (!existsSync(entry)) {
    console.error(`bundle: ${name} entry ${entry} does not exist`);
    process.exit(1);
  }
  const result = await esbuild.build({ ...common, ...options, metafile: true });
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(`bundle: dist/${name}.js ${(bytes / 1024).toFixed(0)} KiB${production ? ' (production)' : ''}`);
}
