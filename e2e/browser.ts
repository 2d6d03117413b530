// Finds the Chromium to drive: Debian's /usr/bin/chromium when present (offline machines), else
// Playwright's own download. Never skips: without a browser the run fails with instructions.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Without the networking flags Chromium keeps trying to reach Google's hosts on closed networks.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const system = SYSTEM_CHROMIUM.find((path) => fs.existsSync(path));
  if (system) return { executablePath: system, args: QUIET_FLAGS };
  if (fs.existsSync(chromium.executablePath())) return { args: QUIET_FLAGS };
  throw new Error(
    'No Chromium found for the browser tests.\n' +
      '  Debian/Ubuntu: apt-get install -y chromium\n' +
      '  Elsewhere:     npx playwright install chromium',
  );
}
