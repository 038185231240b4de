// Layering rules: where code lives says where it runs (see docs/ARCHITECTURE.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import serverBoundaries from './eslint-rules/server-boundaries.js';
import rendererFeatures from './eslint-rules/renderer-features.js';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'child_process',
  'worker_threads',
  'stream',
  'events',
  'util',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'data/**',
      'out/**',
      'bench/results/**',
      'test-results/**',
      'scratch/**',
      '**/.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // shared/ is pure: zod and libphonenumber-js at most. No node, no DOM-only libraries, no electron, no react, no other layer.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins
              .filter((n) => !n.includes('*'))
              .map((name) => ({ name, message: 'shared/ is pure: no node modules (Bad layering).' })),
            { name: 'electron', message: 'shared/ is pure: no electron (Bad layering).' },
            { name: 'react', message: 'shared/ is pure: no react (Bad layering).' },
          ],
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure: no node modules (Bad layering).' },
            {
              group: [
                '**/server/**',
                '**/renderer/**',
                '**/electron/**',
                'react-*',
                'socket.io*',
                'kysely',
                'better-sqlite3',
                'pg',
                'fastify',
              ],
              message: 'shared/ may import only shared/, zod and libphonenumber-js (Bad layering).',
            },
            // 12 MB with its astronomy and time-zone libraries: the office calendar is computed on the server.
            {
              group: ['date-holidays', 'date-holidays/*'],
              message: 'shared/ runs in the console too: date-holidays stays on the server (Bad layering).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    // server/ never imports the console or the Electron shell.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'server/ never imports electron (Bad layering).' },
            { name: 'react', message: 'server/ never imports react (Bad layering).' },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'server/ never imports renderer/ or electron/ (Bad layering).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // renderer/ is a web app: it talks to the server over HTTP and socket.io, never imports it.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'renderer/ never imports electron: use the preload verbs, feature-detected (Bad layering).',
            },
          ],
          patterns: [
            { group: ['node:*'], message: 'renderer/ runs in a browser: no node modules (Bad layering).' },
            {
              group: ['**/server/**', '**/electron/**'],
              message: 'renderer/ never imports server/ or electron/ (Bad layering).',
            },
          ],
        },
      ],
    },
  },
  {
    // The preload exposes named verbs only: contextBridge, ipcRenderer and shared/ schemas.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '**/server/**', '**/renderer/**', '**/electron/main/**'],
              message:
                'electron/preload may import only electron (contextBridge, ipcRenderer) and shared/ (Bad layering).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/renderer/**', 'better-sqlite3', 'pg'],
              message: 'electron/main never imports server/, renderer/ or native modules (Bad layering).',
            },
          ],
        },
      ],
    },
  },
  {
    // server/: kernel ← platform ← modules (each through its public entry) ← the composition root.
    files: ['server/**/*.ts'],
    plugins: { local: { rules: { 'server-boundaries': serverBoundaries } } },
    rules: { 'local/server-boundaries': 'error' },
  },
  {
    // Test code stays out of what ships: server/ and shared/ import neither test/ nor vitest outside
    // their *.test.ts files. (no-restricted-syntax, so as not to replace these folders' import rules.)
    files: ['server/**/*.ts', 'shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ImportExpression', 'ExportNamedDeclaration', 'ExportAllDeclaration'].map(
          (node) => ({
            selector: `${node}[source.value=/(^|\\/)test\\/|\\.test-support$|^vitest(\\/|$)/]`,
            message: 'Test code (test/, *.test-support, vitest) is imported by tests only.',
          }),
        ),
      ],
    },
  },
  {
    // The integration files share their worker's modules (vitest.config.ts, isolate: false): a mock,
    // a stubbed global or environment variable, or fake timers would reach the next file. None here.
    files: ['test/integration/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'stubEnv', 'stubGlobal', 'useFakeTimers', 'spyOn'].map((property) => ({
          object: 'vi',
          property,
          message:
            'Integration files share modules with the next file in their worker: no mocks, stubs or fake timers.',
        })),
      ],
    },
  },
  {
    // renderer/src/features/<x>/ stand apart: no feature imports another, nor the app that composes them.
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    plugins: { renderer: { rules: { 'features-apart': rendererFeatures } } },
    rules: { 'renderer/features-apart': 'error' },
  },
);
