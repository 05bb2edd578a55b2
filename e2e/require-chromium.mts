import type { FullConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Stops the run before any test when the configured Chromium is missing. The
 * config cannot throw itself: Nx also loads it to list the project's targets.
 */
export default function requireChromium(config: FullConfig): void {
  for (const project of config.projects) {
    const path = project.use.launchOptions?.executablePath;
    if (!path || !existsSync(path)) {
      throw new Error(
        `Chromium not found at ${path ?? '(no executablePath)'}. Install Debian's with ` +
          '`sudo apt-get install -y --no-install-recommends chromium` (`npm test` does it itself when run as root), ' +
          'or set CHROMIUM_PATH to a Chromium binary.',
      );
    }
  }
}
