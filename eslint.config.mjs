import nx from '@nx/eslint-plugin';

// Dependency matrix: a project may only import projects whose tags are listed
// for each of its own tags. Scopes keep server code out of the browser bundle;
// types keep domain logic free of frameworks and stop cycles at the bottom.
const depConstraints = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:contract', 'type:domain', 'type:util'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:domain', 'type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:contract', 'type:domain', 'type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:contract', 'type:domain', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contract', 'type:util'] },
  // The request/response types: plain types and validators over the domain model.
  { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
  // Web utilities may read the contract's types (scope rules keep this from looping back).
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contract'] },
];

const SERVER_ONLY = {
  group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'pg', 'argon2'],
  message: 'Server-only package: keep it in scope:api.',
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', 'tmp', 'data', '**/playwright-report', '**/test-results'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  {
    // Framework code must never reach the shared or web side.
    files: ['libs/shared/**/*.ts', 'libs/curriculum/**/*.ts', 'libs/progress/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SERVER_ONLY] }] },
  },
  {
    files: ['libs/web/**/*.ts', 'apps/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [SERVER_ONLY],
          paths: [{ name: '@peer/curriculum', message: 'Node-only (files, hashing): import types from @peer/curriculum/model.' }],
        },
      ],
    },
  },
];
