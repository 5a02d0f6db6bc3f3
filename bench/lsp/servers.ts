import * as path from 'node:path';
import { ComparisonSchema } from '../schemas';
import { DocumentFamily } from '../docs/types';

export type ServerId = 'ours' | 'ours-pull' | 'yaml-language-server' | 'json-language-server' | 'json-language-server-pull' | 'null-server' | 'null-server-pull';

/** A document the server must flag once its schema is active (a readiness check, not timed). */
export interface ReadyProbe {
  readonly fileName: string;
  readonly languageId: string;
  readonly text: string;
}

export interface ServerSpec {
  readonly id: ServerId;
  readonly label: string;
  readonly families: readonly DocumentFamily[];
  readonly command: string;
  readonly args: readonly string[];
  readonly initializationOptions?: unknown;
  /** Answers `workspace/configuration`. */
  readonly configuration: (section: string | undefined) => unknown;
  /** Settings pushed with `workspace/didChangeConfiguration` after `initialized`, if any. */
  readonly pushedSettings?: unknown;
  readonly readyProbes: readonly ReadyProbe[];
  /** Diagnostics are asked for (`textDocument/diagnostic`, LSP 3.17) instead of waited for. */
  readonly pullDiagnostics?: boolean;
}

export interface ServerContext {
  readonly repoRoot: string;
  readonly schemas: Record<Exclude<DocumentFamily, 'template' | 'terraform'>, ComparisonSchema>;
}

/**
 * How each server is started and configured, as an editor would. Ours and the JSON server run twice: with
 * pushed diagnostics (what an editor without pull support gets: 500 ms debounce) and with pulled ones
 * (how VS Code runs it: the client asks right after a change, so the time is the validation alone).
 */
export function serverSpecs(context: ServerContext): ServerSpec[] {
  const { repoRoot, schemas } = context;
  const node = process.execPath;
  const modules = path.join(repoRoot, 'node_modules');
  const yamlSettings = {
    schemas: { [schemas.component.uri]: ['component-*.yaml', 'ready-*.yaml'] },
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    // The CloudFormation short forms the generated templates use, so that they are not errors.
    customTags: ['!Ref scalar', '!Sub scalar', '!GetAtt scalar'],
  };
  return [
    ours(repoRoot, node, false),
    ours(repoRoot, node, true),
    {
      id: 'yaml-language-server',
      label: 'yaml-language-server',
      families: ['component', 'template'],
      command: node,
      args: [path.join(modules, 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
      configuration: (section) => (section === 'yaml' ? yamlSettings : section === 'http' ? { proxy: '', proxyStrictSSL: false } : {}),
      readyProbes: [{ fileName: 'ready-component.yaml', languageId: 'yaml', text: 'schemaVersion: 1.0\nphases: 5\n' }],
    },
    jsonServer(modules, node, schemas, 'json-language-server', 'vscode-json-languageservice', false),
    jsonServer(modules, node, schemas, 'json-language-server-pull', 'vscode-json-languageservice (pull)', true),
    nullServer(repoRoot, node, false),
    nullServer(repoRoot, node, true),
  ];
}

/** The transport floor: a server with no language work (bench/lsp/nullServer.ts), pushing or pulled. */
function nullServer(repoRoot: string, node: string, pull: boolean): ServerSpec {
  const script = path.join(repoRoot, 'out', 'bench', 'lsp', 'nullServer.js');
  return { ...everyFamily('null-server', 'null server', node, script, pull), configuration: () => null };
}

/** Our server, pushing diagnostics (any editor) or answering pulls (VS Code, editors with LSP 3.17 pull). */
function ours(repoRoot: string, node: string, pull: boolean): ServerSpec {
  const script = path.join(repoRoot, 'out', 'server', 'src', 'lsp', 'main.js');
  return {
    ...everyFamily('ours', 'ours', node, script, pull),
    initializationOptions: { settings: {} },
    configuration: (section) => (section === 'imagebuilder' ? {} : null),
  };
}

/** A Node server of every document family, run with `--stdio`, pushing or (`-pull`) pulled. */
function everyFamily(id: 'ours' | 'null-server', label: string, node: string, script: string, pull: boolean): Omit<ServerSpec, 'configuration'> {
  return {
    id: pull ? `${id}-pull` : id,
    label: pull ? `${label} (pull)` : label,
    families: ['component', 'infrastructure', 'recipe', 'template', 'terraform'],
    command: node,
    args: [script, '--stdio'],
    ...(pull ? { pullDiagnostics: true } : {}),
    readyProbes: [],
  };
}

/** VS Code's JSON server with our request schemas, publishing diagnostics (push) or answering pulls. */
function jsonServer(modules: string, node: string, schemas: ServerContext['schemas'], id: ServerId, label: string, pull: boolean): ServerSpec {
  return {
    id,
    label,
    families: ['infrastructure', 'recipe'],
    command: node,
    args: [path.join(modules, 'vscode-langservers-extracted', 'bin', 'vscode-json-language-server'), '--stdio'],
    initializationOptions: { provideFormatter: false },
    configuration: () => null,
    pushedSettings: {
      json: {
        validate: { enable: true },
        schemas: [
          { fileMatch: ['infrastructure-*.json'], url: schemas.infrastructure.uri },
          { fileMatch: ['recipe-*.json'], url: schemas.recipe.uri },
        ],
      },
    },
    ...(pull ? { pullDiagnostics: true } : {}),
    readyProbes: [
      { fileName: 'infrastructure-ready.json', languageId: 'json', text: '{ "name": 5 }\n' },
      { fileName: 'recipe-ready.json', languageId: 'json', text: '{ "name": 5 }\n' },
    ],
  };
}
