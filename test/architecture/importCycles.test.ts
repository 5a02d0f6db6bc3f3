import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../support/paths';
import { ImportGraph, cyclicComponents, describeCycle, importGraph } from './importGraph';

/**
 * Import cycles that are known and not yet untangled, each the sorted modules of one strongly connected
 * component, with why it stays. A component must match an entry exactly: a module that joins a listed
 * cycle is a new cycle, and an entry that no longer matches fails too (remove it).
 */
const ALLOWED_CYCLES: readonly (readonly string[])[] = [];

/** The server (service, `lsp/`, `node/`, `cli/`) and the extension, without its in-editor tests (the test project's). */
const PROJECT_MODULES = { folders: ['server/src', 'client/src'], exclude: ['client/src/test'] };

describe('import cycles', () => {
  test("the server's and the extension's modules import each other without a cycle", () => {
    const graph = importGraph(repoRoot, PROJECT_MODULES);
    assert.ok(graph.size > 200, `only ${graph.size} modules found under ${PROJECT_MODULES.folders.join(', ')}`);
    const allowed = new Set(ALLOWED_CYCLES.map((cycle) => cycle.join('\n')));
    const components = cyclicComponents(graph);
    const found = new Set(components.map((component) => component.join('\n')));
    const unexpected = components.filter((component) => !allowed.has(component.join('\n'))).map((component) => describeCycle(graph, component));
    const stale = ALLOWED_CYCLES.filter((cycle) => !found.has(cycle.join('\n'))).map((cycle) => cycle.join(', '));
    assert.deepEqual(unexpected, [], `import cycles (move what both modules need to a module of its own):\n${unexpected.join('\n')}`);
    assert.deepEqual(stale, [], `allowed cycles that are no longer found (remove them from ALLOWED_CYCLES):\n${stale.join('\n')}`);
  });

  test('each strongly connected component is found once and described as a chain of imports', () => {
    const graph: ImportGraph = new Map([
      ['a.ts', ['b.ts']], ['b.ts', ['c.ts', 'd.ts']], ['c.ts', ['a.ts', 'e.ts']], ['d.ts', ['b.ts']],
      ['e.ts', ['f.ts']], ['f.ts', []], ['g.ts', ['g.ts']], ['h.ts', ['a.ts']],
    ]);
    const components = cyclicComponents(graph);
    assert.deepEqual(components, [['a.ts', 'b.ts', 'c.ts', 'd.ts'], ['g.ts']]);
    assert.deepEqual(components.map((component) => describeCycle(graph, component)), [
      'a.ts → b.ts → c.ts → a.ts (the cycle also takes in d.ts)',
      'g.ts → g.ts',
    ]);
  });

  test('a module used at run time closes a cycle; one the compiler erases (types only) does not', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cycles-'));
    try {
      const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
      write('types.ts', "import { size } from './uses';\nexport interface Shape { readonly size: number }\nexport const unit = size({ size: 1 });\n");
      write('uses.ts', "import { Shape } from './types';\nexport function size(shape: Shape): number { return shape.size; }\n");
      write('values.ts', "import { area } from './area';\nexport const side = 2;\nexport const square = () => area();\n");
      write('area.ts', "import { side } from './values';\nexport const area = () => side * side;\n");
      write('reexports.ts', "export { unit } from './types';\n");
      write('typeOnly.ts', "import type { square } from './values';\nexport type Square = typeof square;\n");
      const graph = importGraph(dir, { folders: ['.'] });
      assert.deepEqual(cyclicComponents(graph).map((component) => describeCycle(graph, component)), ['area.ts → values.ts → area.ts']);
      write('uses.ts', "import { Shape, unit } from './types';\nexport function size(shape: Shape): number { return shape.size * unit; }\n");
      const withValue = importGraph(dir, { folders: ['.'] });
      assert.deepEqual(cyclicComponents(withValue), [['area.ts', 'values.ts'], ['types.ts', 'uses.ts']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
