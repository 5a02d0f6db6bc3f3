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
  // Type-aware rules for the TypeScript sources (tsconfig.json's project): a promise nobody awaits loses
  // its rejection, and an async function where a void callback is expected is the same thing hidden.
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
  // The service is pure (ARCHITECTURE.md, "Invariants"): no Node module, no LSP connection, no layer above
  // it. Its tsconfig (no Node types) catches a use of Node's globals; this catches the imports, types
  // included. The protocol's data types (vscode-languageserver-types, -textdocument) are what it speaks.
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: builtinModules.map((name) => ({ name, message: 'The service does no I/O: the host (server/src/node) does it and passes the result in.' })),
        patterns: [
          { group: ['node:*'], message: 'The service does no I/O: the host (server/src/node) does it and passes the result in.' },
          { group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'], message: 'The service speaks in vscode-languageserver-types; the connection is server/src/lsp.' },
          { regex: '^(\\.\\./)+(lsp|node|cli)(/|$)', message: 'The service imports no layer above it (server/src/lsp, node, cli).' },
        ],
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
