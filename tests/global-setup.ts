// Before any test: builds dist/ once (server and browser tests run the built add-on), then finds a browser
// once and starts the one every browser test file shares, or says once how to get one.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser, launchOptions, SHARED_BROWSER_ENV } from './browser/chromium';

export default async function setup(): Promise<() => Promise<void>> {
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], {
    stdio: 'inherit',
  });
  const browser = findBrowser();
  if (!browser.found) {
    // vitest.config.ts has left the browser test files out; tests/browser/chromium.test.ts fails the run.
    console.error(`\n${browser.message}\nThe core and server tests run now; the browser tests do not.\n`);
    return async () => {};
  }
  // One browser for the whole run: each file connects to it instead of starting its own.
  const server = await chromium.launchServer(launchOptions(browser.path));
  process.env[SHARED_BROWSER_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[SHARED_BROWSER_ENV];
    await server.close();
  };
}
