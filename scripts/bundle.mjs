// Bundles the extension client and the language server with esbuild:
//   dist/client.js  <- client/src/extension.ts  (vscode is external: the editor provides it)
//   dist/server.js  <- server/src/lsp/main.ts    (self-contained: runs with plain `node`)
//   dist/lint.js    <- server/src/cli/main.ts    (imagebuilder-lint, self-contained too)
// Beside each bundle: <name>.licenses.txt (the licence of every package bundled into it: it ships, the
// packages do not) and <name>.packages.json (their names, versions and licences, for the supply-chain test).
// Usage: node scripts/bundle.mjs [--production] [--only=client|server|lint[,…]] [--outdir=dist]
// IB_SERVER_ENTRY overrides the server entry (used while developing against a stand-in server).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const only = process.argv.find(a => a.startsWith('--only='))?.slice('--only='.length).split(',');
const outdir = resolve(root, process.argv.find(a => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist');

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
  client: { entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(outdir, 'client.js'), external: ['vscode'] },
  server: { entryPoints: [resolve(root, process.env.IB_SERVER_ENTRY || 'server/src/lsp/main.ts')], outfile: join(outdir, 'server.js') },
  lint: { entryPoints: [join(root, 'server/src/cli/main.ts')], outfile: join(outdir, 'lint.js') },
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
  writeNotices(name, result.metafile);
  console.log(`bundle: dist/${name}.js ${(bytes / 1024).toFixed(0)} KiB${production ? ' (production)' : ''}`);
  if (name === 'server') copyHclWasm();
}

// The HCL parser's two WASM files (tree-sitter's runtime and the Terraform grammar) go beside the server
// bundle, where server/src/node/loadHcl.ts looks first: the .vsix has no node_modules.
function copyHclWasm() {
  const require = createRequire(import.meta.url);
  const files = {
    'web-tree-sitter.wasm': require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
    'tree-sitter-terraform.wasm': require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
  };
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(outdir, name));
}

/** The packages whose files esbuild put into a bundle (from its metafile), with their licence texts. */
function writeNotices(name, metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split('\\').join('/'));
    if (m) dirs.add(m[1]);
  }
  const packages = [...dirs].map((dir) => {
    const manifest = JSON.parse(readFileSync(resolve(root, dir, 'package.json'), 'utf8'));
    const licenseFile = readdirSync(resolve(root, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    return { name: manifest.name, version: manifest.version, license: manifest.license, text: licenseFile ? readFileSync(resolve(root, dir, licenseFile), 'utf8').trim() : undefined };
  }).sort((a, b) => a.name.localeCompare(b.name));
  const unique = packages.filter((p, i) => i === 0 || p.name !== packages[i - 1].name || p.version !== packages[i - 1].version);
  writeFileSync(join(outdir, `${name}.packages.json`), `${JSON.stringify(unique.map(({ text: _text, ...p }) => p), null, 2)}\n`);
  const notices = unique.map((p) => `${p.name} ${p.version} (${p.license})\n\n${p.text ?? `License: ${p.license} (no licence file in the package)`}\n`);
  writeFileSync(join(outdir, `${name}.licenses.txt`), `dist/${name}.js bundles these packages:\n\n${notices.join('\n---\n\n')}`);
}
