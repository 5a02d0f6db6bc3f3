import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'node_modules.*/**', '.vscode-test/**', 'bin/**', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-constant-condition': ['error', { checkLoops: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  // Type-aware rules for the TypeScript sources, each checked in its own project (the nearest tsconfig.json;
  // client/src/test is the test project's): a promise nobody awaits loses its rejection, and an async
  // function where a void callback is expected is the same thing hidden.
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // node:test's test/describe/it return promises that the runner itself awaits and reports.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // The service is pure (ARCHITECTURE.md, "Layering"): no Node module, no LSP connection, no layer above
  // it. The compiler already refuses Node (its project has no Node types) and the layers above (files of
  // no project it references); this says why in the editor, and refuses the packages the compiler would
  // resolve: the connection and the editor's API. The protocol's data types (vscode-languageserver-types,
  // -textdocument) are what it speaks.
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: builtinModules.map((name) => ({ name, message: 'The service does no I/O: the host (server/src/node) does it and passes the result in.' })),
        patterns: [
          { group: ['node:*'], message: 'The service does no I/O: the host (server/src/node) does it and passes the result in.' },
          { group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'], message: 'The service speaks in vscode-languageserver-types; the connection is server/src/lsp.' },
          { group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The editor\'s API is the client\'s (client/src); the service knows no editor.' },
          { regex: '^(\\.\\./)+(lsp|node|cli)(/|$)', message: 'The service imports no layer above it (server/src/lsp, node, cli).' },
        ],
      }],
    },
  },
  // The server and the CLI run outside any editor: the editor's API is the client's alone.
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/service/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The editor\'s API is the client\'s (client/src); the server speaks LSP.' }],
      }],
    },
  },
  // The build and packaging scripts are plain ES modules run by Node.
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
);
