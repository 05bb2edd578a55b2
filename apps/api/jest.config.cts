const { availableParallelism } = require('node:os');

module.exports = {
  displayName: 'api',
  // The specs wait on PostgreSQL much of the time, so even two cores keep two of them busy
  // (jest's default, one fewer than the cores, ran them one at a time there: 148 s instead of 264 s).
  maxWorkers: Math.max(2, availableParallelism() - 1),
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    // The same OpenAPI transformer as the build, so the specs see the document the app serves.
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        astTransformers: { before: ['<rootDir>/openapi-plugin.js'] },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // One real PostgreSQL per run, one migrated template; each test file clones it.
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30_000,
  coverageDirectory: '../../coverage/apps/api',
};
