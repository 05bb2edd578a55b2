module.exports = {
  displayName: 'api',
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
