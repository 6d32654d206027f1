import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What the pure core must never reach: UI libraries and browser state. */
export const DOMAIN_FORBIDDEN_IMPORTS = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  'zustand',
  'zustand/*',
  'recharts',
  'recharts/*',
  'react-router',
  'react-router/*',
];
export const DOMAIN_FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
  'fetch',
  'XMLHttpRequest',
];

export default defineConfig([
  globalIgnores([
    'dist',
    'coverage',
    'test-results',
    'playwright-report',
    'node_modules',
    '.venv-exports',
  ]),
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, tseslint.configs.strict, tseslint.configs.stylistic],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: [
      'vite.config.ts',
      'playwright.config.ts',
      'eslint.config.js',
      'build/**',
      'e2e/**',
      'scripts/**',
      'tests/**/*.node.test.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The service worker template runs in the worker's global scope, not a page's.
    files: ['build/serviceWorker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // Benchmarks and scripts print their figures on purpose; tests may report figures with info.
    files: ['**/*.bench.ts', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**'],
    rules: {
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      // A test that reaches a missing value should fail on the spot; `!` says so tersely.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The core stays free of UI and browser state, as excalidraw keeps packages/math (STYLE.md).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: DOMAIN_FORBIDDEN_IMPORTS,
              message: 'src/domain is pure TypeScript: no React, zustand, recharts or router.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOMAIN_FORBIDDEN_GLOBALS.map((name) => ({
          name,
          message: 'src/domain must not touch browser globals; use an adapter in src/app.',
        })),
      ],
    },
  },
]);
