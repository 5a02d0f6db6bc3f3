import * as fs from 'node:fs';
import * as path from 'node:path';
import { HclParser } from '../service/parse/hcl/syntax';

/** The two WASM files: tree-sitter's runtime and the Terraform dialect of the HCL grammar. */
const RUNTIME = 'web-tree-sitter.wasm';
const GRAMMAR = 'tree-sitter-terraform.wasm';

/**
 * Loads the HCL parser (web-tree-sitter and `@tree-sitter-grammars/tree-sitter-hcl`'s Terraform grammar,
 * both WASM) on first use: a server that never sees a `.tf` file never pays for it. WebAssembly
 * instantiation is asynchronous, so the host asks for `load()` when an HCL document shows up and analyses
 * it again once `current()` has the parser; until then the service leaves HCL documents `pending`.
 */
export class HclLoader {
  private parser: HclParser | undefined;
  private loading: Promise<HclParser> | undefined;
  /** Milliseconds the last load took (runtime + grammar), for the bench and the log. */
  loadMs: number | undefined;

  constructor(private readonly start: string = __dirname) {}

  current(): HclParser | undefined {
    return this.parser;
  }

  load(): Promise<HclParser> {
    this.loading ??= this.doLoad().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  private async doLoad(): Promise<HclParser> {
    const began = performance.now();
    // Required here, not at the top: the runtime's JavaScript is only evaluated when a parser is wanted.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const treeSitter = require('web-tree-sitter') as typeof import('web-tree-sitter');
    await treeSitter.Parser.init({ wasmBinary: fs.readFileSync(wasmPath(RUNTIME, this.start)) });
    const language = await treeSitter.Language.load(fs.readFileSync(wasmPath(GRAMMAR, this.start)));
    const parser = new treeSitter.Parser();
    parser.setLanguage(language);
    this.parser = parser;
    this.loadMs = performance.now() - began;
    return parser;
  }
}

/**
 * Where a WASM file is: beside the bundle (`dist/`, where scripts/bundle.mjs copies both), else in
 * node_modules (running from `out/`).
 */
export function wasmPath(name: string, start: string = __dirname): string {
  const beside = path.join(start, name);
  if (fs.existsSync(beside)) return beside;
  return require.resolve(name === RUNTIME ? 'web-tree-sitter/web-tree-sitter.wasm' : '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm');
}
