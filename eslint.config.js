// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'https', 'net', 'os', 'path', 'process', 'readline', 'stream',
  'timers', 'tls', 'url', 'util', 'worker_threads', 'zlib', 'v8', 'perf_hooks',
];

/** Import boundaries of docs/design.md §4.1: core is pure, renderer is web-only, only main touches Electron. */
const noNodeNoElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: nodeBuiltins.map((name) => ({ name, message: 'src/core and src/renderer must not import Node built-ins.' })),
      patterns: [
        { group: ['node:*'], message: 'src/core and src/renderer must not import Node built-ins.' },
        { group: ['electron', 'electron/*'], message: 'Only src/main (and the preload bridge) may import Electron.' },
        { group: ['ws', 'playwright-core', '**/host/**', '**/main/**', '**/cli/**'], message: 'Not across this boundary.' },
      ],
    },
  ],
};

/**
 * The layers of src/core, bottom first (docs/architecture.md, "Layers of the core"). A folder may
 * import its own files and any folder below it, never one above: the shared vocabulary is at the
 * bottom, and the session layer receives its delegate policy from its caller instead of importing
 * the AI. Law and transcript do not import each other; the order between them is only a listing.
 */
export const CORE_LAYERS = ['shared', 'scenario', 'procedure', 'session', 'law', 'transcript', 'ai', 'protocol'];

/** Relative import paths that reach `folder` from one or two folders deep inside another layer. */
function pathsInto(folder) {
  return ['../', '../../', '../../../'].flatMap((up) => [`${up}${folder}`, `${up}${folder}/**`]);
}

/** One block per layer: the boundary rules of every core file, plus no import of a layer above it. */
const coreLayerRules = CORE_LAYERS.map((layer, rank) => {
  const above = CORE_LAYERS.slice(rank + 1);
  const [base] = noNodeNoElectron['no-restricted-imports'].slice(1);
  return {
    files: [`src/core/${layer}/**/*.ts`],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...base,
          patterns: [
            ...base.patterns,
            ...(above.length === 0
              ? []
              : [
                  {
                    group: above.flatMap(pathsInto),
                    message: `src/core/${layer} may import only the layers below it (${CORE_LAYERS.slice(0, rank).join(', ') || 'none'}); see docs/architecture.md, "Layers of the core".`,
                  },
                ]),
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', 'playwright-report', 'docs/**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...noNodeNoElectron,
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'process', message: 'src/core has no Node.' },
        { name: 'require', message: 'src/core has no Node.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG (pure-rand) in the session context.' },
        { object: 'Date', property: 'now', message: 'Time arrives as event data; no clock in the core.' },
      ],
    },
  },
  ...coreLayerRules,
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: noNodeNoElectron,
  },
  {
    files: ['src/host/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*', '**/main/**'], message: 'Only src/main may import Electron.' }] },
      ],
    },
  },
);
