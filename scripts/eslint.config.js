// ESLint flat config, run by `npm run lint` as `eslint --config scripts/eslint.config.js .`.
//
// It lives in scripts/, and with --config ESLint resolves `files` and `ignores` against the working
// directory, so every object below sets `basePath` to the project root: the patterns mean the
// same whichever directory eslint is started from.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig([
  {
    name: 'chronomap/ignores',
    basePath: root,
    ignores: ['node_modules/', 'dist/', 'public/data/', 'test-results/', 'playwright-report/', 'coverage/'],
  },
  {
    name: 'chronomap/recommended',
    basePath: root,
    // Not the type-checked presets: svelte-check does the type checking, and lint stays fast.
    extends: [js.configs.recommended, tseslint.configs.recommended, svelte.configs['flat/recommended']],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // <script lang="ts"> in components, and rune modules (*.svelte.ts), through the TS parser.
    name: 'chronomap/svelte-typescript',
    basePath: root,
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  {
    // As typescript-eslint advises for TypeScript: the compiler (svelte-check) finds undefined
    // names, and no-undef misreads type-only names.
    name: 'chronomap/svelte-no-undef',
    basePath: root,
    files: ['**/*.svelte'],
    rules: {
      'no-undef': 'off',
    },
  },
  {
    // Derived Maps and Sets here are rebuilt whole on each change and never mutated once shared,
    // and Leaflet's marker bookkeeping is not reactive state: plain collections are right.
    name: 'chronomap/plain-collections',
    basePath: root,
    files: ['**/*.svelte', '**/*.svelte.ts'],
    rules: { 'svelte/prefer-svelte-reactivity': 'off' },
  },
]);
