import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { repoRoot } from '../support/paths';

/**
 * The layers inside `server/src/` share one TypeScript project, so the compiler does not keep them apart
 * (ARCHITECTURE.md, "Layering"): `node/` imports only the service, `lsp/` and `cli/` import the service and
 * `node/`, never each other. Type-only imports count: a layer that names another's types depends on it.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  node: ['service', 'node'],
  lsp: ['service', 'node', 'lsp'],
  cli: ['service', 'node', 'cli'],
};

/** Every import of a layer's module that the layer may not make: "from → to" (paths relative to `serverSrc`). */
function layerViolations(serverSrc: string): string[] {
  const violations: string[] = [];
  for (const [layer, allowed] of Object.entries(MAY_IMPORT)) {
    for (const file of tsFiles(path.join(serverSrc, layer))) {
      for (const imported of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles) {
        if (!imported.fileName.startsWith('.')) continue;
        const target = path.relative(serverSrc, path.resolve(path.dirname(file), imported.fileName));
        const targetLayer = target.split(path.sep)[0];
        if (!allowed.includes(targetLayer)) violations.push(`${path.relative(serverSrc, file)} → ${target}`);
      }
    }
  }
  return violations.sort();
}

function tsFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('layers inside server/src', () => {
  test('node/ imports only the service; lsp/ and cli/ import the service and node/, never each other', () => {
    assert.ok(tsFiles(path.join(repoRoot, 'server', 'src', 'lsp')).length > 10, 'the lsp layer is found');
    assert.deepEqual(layerViolations(path.join(repoRoot, 'server', 'src')), []);
  });

  test('an import across the layers is found, a type-only one too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    try {
      const write = (name: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      };
      write('service/a.ts', 'export const a = 1;\n');
      write('node/files.ts', "import { a } from '../service/a';\nexport const files = a;\n");
      write('cli/check.ts', "import { files } from '../node/files';\nimport { serve } from '../lsp/server';\nexport const check = () => serve(files);\n");
      write('lsp/server.ts', "import type { check } from '../cli/check';\nexport const serve = (n: number): number => n;\nexport type Check = typeof check;\n");
      write('lsp/deep/inner.ts', "import { serve } from '../server';\nexport const inner = serve;\n");
      assert.deepEqual(layerViolations(dir), [
        `cli${path.sep}check.ts → lsp${path.sep}server`,
        `lsp${path.sep}server.ts → cli${path.sep}check`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
