import playwright from 'eslint-plugin-playwright';
import baseConfig from '../eslint.config.mjs';

export default [
  playwright.configs['flat/recommended'],
  ...baseConfig,
  {
    // Specs take `test` and `expect` from the shared fixture, which checks every page they reach with axe.
    files: ['src/**/*.ts'],
    ignores: ['src/support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@playwright/test', message: "Import from './support/test': its `test` checks every page the spec visits for accessibility." },
            { name: 'playwright', message: "Import from './support/test'." },
            { name: 'playwright/test', message: "Import from './support/test'." },
          ],
        },
      ],
    },
  },
];
