/**
 * Preloaded into a server (`node --require loadTrace.js server.js --stdio`, with `IB_LOAD_TRACE=FILE`): appends
 * one line to FILE, at once, for every sign of the HCL parser being loaded: a module required whose name
 * mentions tree-sitter, a `.wasm` file read, a WebAssembly module compiled or instantiated. The bundle
 * (`dist/server.js`) inlines web-tree-sitter's JavaScript, so the last two are what shows it there. The
 * bench reads FILE while the server runs: empty after start, lines after the first `.tf` document.
 */
const file = process.env.IB_LOAD_TRACE;
if (file) {
  // The module objects themselves (an `import * as` copy has read-only getters): what the server's code calls.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  const note = (what: string) => fs.appendFileSync(file, `${what}\n`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  Module._load = function traced(request: string, ...rest: unknown[]) {
    if (request.includes('tree-sitter')) note(`require ${request}`);
    return load.call(this, request, ...rest);
  };
  const readFileSync = fs.readFileSync;
  (fs as { readFileSync: unknown }).readFileSync = function traced(this: unknown, ...args: unknown[]) {
    if (String(args[0]).endsWith('.wasm')) note(`read ${String(args[0])}`);
    return (readFileSync as (...a: unknown[]) => unknown).apply(this, args);
  };
  const wasm = (globalThis as unknown as { WebAssembly: Record<'instantiate' | 'compile', (...args: unknown[]) => unknown> }).WebAssembly;
  for (const name of ['instantiate', 'compile'] as const) {
    const original = wasm[name];
    wasm[name] = (...args: unknown[]) => {
      note(`WebAssembly.${name}`);
      return original.apply(wasm, args);
    };
  }
}
