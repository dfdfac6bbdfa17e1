// Test settings: core, server and stand-in tests in Node; browser tests drive the Chrome or Chromium that
// tests/browser/chromium.ts finds. With none, the browser test files are left out and
// tests/browser/chromium.test.ts fails the run, after tests/global-setup.ts has said how to get one.
import { defineConfig } from 'vitest/config';
import { findBrowser } from './tests/browser/chromium.ts';

/** Every file that drives a browser through tests/browser/harness.ts. */
const BROWSER_TESTS = ['tests/browser/!(chromium).test.ts', 'tests/**/*-browser.test.ts'];

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(findBrowser().found ? [] : BROWSER_TESTS)],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
