import { defineConfig, devices } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env['E2E_PORT'] ?? 3210);
const baseURL = `http://localhost:${port}`;
// The test identity provider's port; src/support/identity-provider.ts reads the same variable.
const providerPort = Number(process.env['E2E_OIDC_PORT'] ?? 3211);
// Debian's Chromium; Playwright never downloads a browser here, so the path is
// always given and a missing binary stops the run (see require-chromium.mts).
const chromium = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'tmp', 'e2e', 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  globalSetup: './require-chromium.mts',
  // The axe line sums up the accessibility check every test runs (src/support/test.ts).
  reporter: [['list'], ['./axe-reporter.mts']],
  timeout: 30_000,
  use: {
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // The real app as `npm start` runs it: built API and web, embedded PostgreSQL, demo data.
  webServer: [
    {
      command: 'node e2e/serve.mjs',
      cwd: root,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      // Every spec signs the demo people in from this one address; the login limits have their own API
      // tests, and here they would only cut the suite off once it signs in more than 30 times a minute.
      env: { PORT: String(port), PEER_DATA_DIR: join(root, 'tmp', 'e2e', 'data'), LOG_LEVEL: 'warn', LOGIN_RATE_LIMIT: '1000', LOGIN_RATE_LIMIT_PER_ADDRESS: '1000' },
    },
    // The identity provider an organisation's people sign in through (src/organisation-sign-in.spec.ts).
    {
      command: 'node e2e/oidc-provider.mjs',
      cwd: root,
      url: `http://127.0.0.1:${providerPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { OIDC_PORT: String(providerPort), APP_URL: baseURL },
    },
  ],
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
