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
/**
 * The folders of src/core, bottom first, and the folders each may import (docs/architecture.md,
 * "Layers of the core"). The lists form a DAG in this order; a folder not listed for another is
 * refused to it, so law and transcript stay independent of each other, as the doc says.
 */
export const CORE_LAYER_IMPORTS = {
  shared: [],
  scenario: ['shared'],
  procedure: ['shared', 'scenario'],
  session: ['shared', 'scenario', 'procedure'],
  law: ['shared', 'scenario', 'procedure', 'session'],
  transcript: ['shared', 'scenario', 'session'],
  ai: ['shared', 'scenario', 'procedure', 'session', 'law'],
  protocol: ['shared', 'scenario', 'procedure', 'session', 'law'],
  assessment: ['shared', 'scenario', 'procedure', 'session', 'law', 'ai', 'transcript'],
};
export const CORE_LAYERS = Object.keys(CORE_LAYER_IMPORTS);

/** Relative import paths that reach `folder` of the core from any depth inside another folder. */
function pathsInto(folder) {
  return ['../', '../../', '../../../'].flatMap((up) => [
    `${up}${folder}`,
    `${up}${folder}/**`,
    `${up}core/${folder}`,
    `${up}core/${folder}/**`,
  ]);
}

/** One block per core folder: the boundary rules of every core file, plus no import of a folder it may not use. */
const coreLayerRules = Object.entries(CORE_LAYER_IMPORTS).map(([layer, allowed]) => {
  const refused = CORE_LAYERS.filter((other) => other !== layer && !allowed.includes(other));
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
            {
              group: refused.flatMap(pathsInto),
              message: `src/core/${layer} may import only ${allowed.join(', ') || 'nothing else in the core'}; see docs/architecture.md, "Layers of the core".`,
            },
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
