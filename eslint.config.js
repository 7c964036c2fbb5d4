// Lint is part of `npm test` with --max-warnings=0. Besides code quality it
// enforces the one-way architecture in ../shared/DESIGN.md:
//   renderer ──▶ shared ◀── electron/core ◀── electron/app
// shared/ imports no Node, DOM or Electron; only electron/app imports
// 'electron'; renderer/ imports no Node and nothing from electron/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'node:*'];

const noNode = {
  paths: [...nodeBuiltins.filter((m) => !m.endsWith('*')).map((name) => ({ name, message: 'Node is not available here (see DESIGN.md: architecture).' }))],
  patterns: [{ group: ['node:*'], message: 'Node is not available here.' }],
};
const electronOnlyInApp = { name: 'electron', message: "Only electron/app may import 'electron'." };

/** @param {string[]} dirs @param {string} why */
const forbidDirs = (dirs, why) => dirs.map((d) => ({ group: [`**/${d}/**`, `**/${d}`], message: why }));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'scratch/**', 'test-results/**', 'resources/**/*.js', 'test/corpus/generators/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // No import cycles. Sources import each other by their .ts names, so the resolver is told of the extensions.
    // WARNING: the rule follows value imports only (import-x skips `import type`), so a cycle of types alone
    // passes it; test/electron/import-graph.test.ts checks those.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode.paths, electronOnlyInApp],
          patterns: [...noNode.patterns, ...forbidDirs(['electron', 'renderer'], 'shared/ is the bottom layer: it imports nothing above it.')],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInApp],
          patterns: [
            ...forbidDirs(['renderer'], 'The core never imports the UI.'),
            { group: ['**/app/**', '**/electron/app'], message: 'The core knows nothing of the Electron shell.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/app/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidDirs(['renderer'], 'The shell loads the renderer as files, it does not import it.') }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode.paths, electronOnlyInApp],
          patterns: [...noNode.patterns, ...forbidDirs(['electron'], 'The renderer talks to the core only through window.threadline.')],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bin/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
