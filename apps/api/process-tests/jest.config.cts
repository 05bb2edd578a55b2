// Tests with real app processes (`node dist/apps/api/main.js`); run by `nx run api:test-processes` after a build.
module.exports = {
  displayName: 'api-processes',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  // Named apart from *.spec.ts so the in-process `api:test` run never picks them up.
  testMatch: ['<rootDir>/**/*.process-test.ts'],
  // The same cluster and migrated template as the API tests; each test clones a database.
  globalSetup: '<rootDir>/../test/global-setup.ts',
  globalTeardown: '<rootDir>/../test/global-teardown.ts',
  // Each test starts app processes of its own: one file at a time on a small machine.
  maxWorkers: 1,
  testTimeout: 90_000,
};
