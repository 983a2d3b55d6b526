import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import importCycles from './scripts/lint/import-cycles.js';

// Boundaries that actually restrict: a service may use shared libraries of its own scope or
// scope:shared, never another service; contracts depend on nothing but util.
const depConstraints = [
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util'],
  },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util'],
  },
  {
    sourceTag: 'type:util',
    onlyDependOnLibsWithTags: ['type:util', 'type:contracts', 'type:data-access'],
  },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:contracts', 'type:data-access', 'type:util', 'type:testing'],
  },
  // The demo agency (libs/demo-data): data only; services use it in their seed/ folder alone.
  { sourceTag: 'type:demo', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
  ...['evaluation', 'competency', 'training', 'career-planning', 'notification'].map((s) => ({
    sourceTag: `scope:${s}`,
    onlyDependOnLibsWithTags: [`scope:${s}`, 'scope:shared'],
  })),
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tools/**',
      '.jenjang/**',
      'deploy/infra/**',
      '.nx/**',
      // plain JavaScript is linted where the project writes it: scripts/ and the CLI's launcher
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      '!scripts/**/*.{js,mjs}',
      '!tools/*/bin/*.js',
      '!*.config.{js,mjs}',
      '!jest.preset.js',
    ],
  },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { jenjang: { rules: { 'no-import-cycle': importCycles.noImportCycle } } },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-console': 'error',
      // No import cycles between files, nor between the feature folders of a service.
      'jenjang/no-import-cycle': [
        'error',
        {
          // Debt: training's recommendation, enrollment and JP folders share one module and lean
          // on each other (JP is read from enrollments, a completion reports the JP earned).
          allowFolderCycles: ['services/training/src'],
        },
      ],
    },
  },
  {
    // NestJS reads constructor parameter types at run time (emitDecoratorMetadata): a type-only
    // import of an injected class would erase it, so classes with decorators keep value imports.
    files: [
      '**/*.module.ts',
      '**/*.controller.ts',
      '**/*.consumer.ts',
      '**/*.service.ts',
      '**/*.repository.ts',
      '**/*.guard.ts',
      '**/*.filter.ts',
      '**/*.indicator.ts',
      '**/*.relay.ts',
      '**/*.server.ts',
      '**/*.interceptor.ts',
      '**/*.dto.ts',
    ],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Domain code is pure: no framework, no driver.
    files: ['**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'mongoose',
                'kafkajs',
                'mongodb',
                '@jenjang/messaging',
                '@jenjang/persistence',
                '@jenjang/platform',
              ],
              message: 'domain/ is pure: no framework or driver imports',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests (and their fixtures) may also use the testing library.
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: depConstraints.map((c) =>
            c.sourceTag.startsWith('type:')
              ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] }
              : c,
          ),
        },
      ],
    },
  },
  {
    // A service's demo seed (and only it) may use the demo agency's data.
    files: ['services/*/src/seed/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: depConstraints.map((c) =>
            c.sourceTag === 'type:app'
              ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:demo'] }
              : c,
          ),
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'libs/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['scripts/**/*.ts', 'tools/**/*.ts', '**/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The infrastructure CLI and the jest/SWC configuration are plain JavaScript run by Node:
    // the same rules without type information.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'Buffer',
          'URL',
          'URLSearchParams',
          'fetch',
          'AbortController',
          'AbortSignal',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'setImmediate',
          'structuredClone',
          'require',
          'module',
          'exports',
          '__dirname',
          '__filename',
        ].map((name) => [name, 'readonly']),
      ),
      parserOptions: { projectService: false, project: null },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      'no-undef': 'error',
      'no-console': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  prettier,
);
