import nx from '@nx/eslint-plugin';

// Dependency matrix: a project may only import projects whose tags are listed
// for each of its own tags. Scopes keep server code out of the browser bundle;
// types keep domain logic free of frameworks and stop cycles at the bottom.
const depConstraints = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:contract', 'type:domain', 'type:util', 'type:testing'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:domain', 'type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:contract', 'type:domain', 'type:util', 'type:testing'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:contract', 'type:domain', 'type:util', 'type:testing'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contract', 'type:util', 'type:testing'] },
  // What unit tests share (real texts, settle, page harness); imported by specs only.
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contract'] },
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

// The request classes with their class-validator / class-transformer decorators are the API's:
// the web takes the same shapes as types from `@peer/contract`.
const VALIDATION_ONLY = {
  group: ['class-validator', 'class-validator/*', 'class-transformer', 'class-transformer/*'],
  message: 'Request validation is the API\'s: import the request types from @peer/contract, never class-validator or class-transformer in the web.',
};
const CONTRACT_VALIDATION = {
  name: '@peer/contract/validation',
  message: 'API only (decorated request classes): import the request types from @peer/contract.',
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
          // A feature's texts are merged by the app at start; the feature's code stays lazy.
          checkDynamicDependenciesExceptions: ['^@peer/web/[a-z-]+/feature/i18n$'],
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
    // `@peer/contract` names the request classes as types only: imported from there, a handler's
    // body, params or query would reach Nest as a plain Object and go unvalidated.
    files: ['apps/api/**/*.ts', 'libs/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@peer/contract$',
              importNamePattern: '^(?!DataExport).*(Request|Params|Query)$',
              message: 'Request classes are values the ValidationPipe needs: import them from @peer/contract/validation.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/web/**/*.ts', 'apps/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [SERVER_ONLY, VALIDATION_ONLY],
          paths: [{ name: '@peer/curriculum', message: 'Node-only (files, hashing): import types from @peer/curriculum/model.' }, CONTRACT_VALIDATION],
        },
      ],
    },
  },
];
