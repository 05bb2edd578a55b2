// Makes sure the browser tests have a Chromium before they start: the one
// CHROMIUM_PATH names, or Debian's /usr/bin/chromium, installed with apt when
// running as root. Playwright itself never downloads a browser here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium';

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function apt(...args) {
  process.stderr.write(`apt-get ${args.join(' ')}\n`);
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) fail(`Chromium is missing and apt-get could not run (${result.error.message}). Install Chromium and set CHROMIUM_PATH to it.`);
  if (result.status !== 0) fail(`apt-get ${args[0]} failed with exit code ${result.status}. Install Chromium by hand: ${INSTALL}`);
}

const configured = process.env.CHROMIUM_PATH;
if (configured) {
  // A path given on purpose must not be silently replaced by another browser.
  if (!existsSync(configured)) fail(`CHROMIUM_PATH is ${configured}, which does not exist.`);
} else if (!existsSync(DEBIAN_CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    fail(`The browser tests need Chromium and ${DEBIAN_CHROMIUM} is missing. Install it with:\n\n  ${INSTALL}\n\nor set CHROMIUM_PATH to a Chromium binary.`);
  }
  process.stderr.write(`${DEBIAN_CHROMIUM} is missing: installing Debian's chromium\n`);
  apt('update', '-q');
  apt('install', '-y', '-q', '--no-install-recommends', 'chromium');
  if (!existsSync(DEBIAN_CHROMIUM)) fail(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is still missing.`);
}
