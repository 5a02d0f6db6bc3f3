import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** One module's imports of the project's own modules: file (relative to the root, `/`-separated) → files. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

export interface GraphOptions {
  /** Folders (relative to `root`) whose `.ts` files are the graph's modules; `.d.ts` files are not. */
  readonly folders: readonly string[];
  /** Folders (relative to `root`) left out, e.g. a project's tests that live inside its folder. */
  readonly exclude?: readonly string[];
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  resolveJsonModule: true,
};

/**
 * The import graph of the TypeScript files under `folders` as Node loads them: an edge for each module a
 * file requires when it runs (see `runtimeImports`) that resolves to another of those files. Compiling
 * every file to see what it requires is slow, so the graph starts from what each file names
 * (`ts.preProcessFile`: imports, type-only ones included, re-exports, `require` and `import()`), which
 * holds every runtime edge, and compiles only the files in a cycle of that graph: an edge of any other
 * file closes no cycle, whatever the compiler keeps of it.
 */
export function importGraph(root: string, options: GraphOptions): ImportGraph {
  const excluded = (options.exclude ?? []).map((folder) => path.resolve(root, folder));
  const files = options.folders.flatMap((folder) => tsFiles(path.resolve(root, folder), excluded)).sort();
  const modules = new Set(files);
  const texts = new Map(files.map((file) => [file, fs.readFileSync(file, 'utf8')]));
  const ownModules = (file: string, specifiers: readonly string[]): string[] => {
    const targets = new Set<string>();
    for (const specifier of specifiers) {
      const resolved = ts.resolveModuleName(specifier, file, COMPILER_OPTIONS, ts.sys).resolvedModule;
      const target = resolved ? path.resolve(resolved.resolvedFileName) : undefined;
      if (target !== undefined && target !== file && modules.has(target)) targets.add(relative(root, target));
    }
    return [...targets].sort();
  };
  const named = new Map(files.map((file) => {
    const imports = ts.preProcessFile(texts.get(file)!, true, true).importedFiles.map((reference) => reference.fileName);
    return [relative(root, file), ownModules(file, imports)];
  }));
  const graph = new Map(named);
  for (const member of cyclicComponents(named).flat()) {
    const file = path.resolve(root, member);
    graph.set(member, ownModules(file, runtimeImports(file, texts.get(file)!)));
  }
  return graph;
}

function tsFiles(dir: string, excluded: readonly string[]): string[] {
  if (excluded.includes(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsFiles(full, excluded);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * The module specifiers a file loads when it runs: the `require(…)` calls of the JavaScript the compiler
 * emits for it (CommonJS, as `tsconfig.base.json` builds), so `import`, `export … from`, `import x =
 * require(…)`, `import(…)` and `require(…)` count, and an import the compiler erases does not: `import
 * type`, and an import whose names are used only as types (`transpileModule` decides that from the file
 * alone, so it keeps a re-export `export { T } from` of a type: such an edge counts, which errs on the
 * side of a cycle).
 */
function runtimeImports(file: string, text: string): string[] {
  const emitted = ts.transpileModule(text, { compilerOptions: COMPILER_OPTIONS, fileName: file }).outputText;
  const source = ts.createSourceFile(`${file}.js`, emitted, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require'
      && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0])) specifiers.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** The graph's strongly connected components of more than one module, or of one that imports itself (Tarjan). */
export function cyclicComponents(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    lowLink.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(next)!));
      }
    }
    if (lowLink.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * A readable cycle through a component: its first module, the shortest import chain back to it inside the
 * component, e.g. `a.ts → b.ts → a.ts`, and the component's other modules when the chain does not pass them.
 */
export function describeCycle(graph: ImportGraph, component: readonly string[]): string {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map<string, string>();
  const queue = [start];
  let last: string | undefined;
  for (let i = 0; i < queue.length && last === undefined; i++) {
    for (const next of graph.get(queue[i]) ?? []) {
      if (next === start) { last = queue[i]; break; }
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, queue[i]);
        queue.push(next);
      }
    }
  }
  const between: string[] = [];
  for (let node = last; node !== undefined && node !== start; node = previous.get(node)) between.unshift(node);
  const chain = [start, ...between, start];
  const others = component.filter((member) => !chain.includes(member));
  const rest = others.length > 0 ? ` (the cycle also takes in ${others.join(', ')})` : '';
  return `${chain.join(' → ')}${rest}`;
}
