// Where the tests look for a browser, in what order, and what they say when there is none.

import { describe, expect, it } from 'vitest';
import { type BrowserSearch, browserCandidates, findBrowser, SHARED_BROWSER_ENV } from './chromium';

/** A made-up machine: only the paths in `present` exist. */
function machine(overrides: Partial<BrowserSearch> & { present?: string[] } = {}): BrowserSearch {
  const present = new Set(overrides.present ?? []);
  return {
    env: {},
    platform: 'linux',
    home: '/home/ada',
    exists: (path) => present.has(path),
    playwrightChromium: () => '/home/ada/.cache/ms-playwright/chromium-1/chrome-linux64/chrome',
    isDebian: () => true,
    ...overrides,
  };
}

describe('finding a browser', () => {
  it('takes CHROMIUM_PATH before anything else', () => {
    const search = machine({
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
      present: ['/opt/my/chrome', '/usr/bin/chromium'],
    });
    expect(findBrowser(search)).toEqual({ found: true, path: '/opt/my/chrome' });
  });

  it('says so when CHROMIUM_PATH points at nothing, rather than quietly using another browser', () => {
    const result = findBrowser(
      machine({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, present: ['/usr/bin/chromium'] }),
    );
    expect(result.found).toBe(false);
    if (!result.found)
      expect(result.message).toContain('CHROMIUM_PATH is set to /nowhere/chrome, but there is no file there');
  });

  it("looks on Linux at Debian's Chromium, Ubuntu's snap, Google Chrome, then Playwright's Chromium", () => {
    expect(browserCandidates(machine())).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/usr/local/bin/chromium',
      '/home/ada/.cache/ms-playwright/chromium-1/chrome-linux64/chrome',
    ]);
  });

  it('takes the first one there', () => {
    const search = machine({ present: ['/snap/bin/chromium', '/usr/bin/google-chrome'] });
    expect(findBrowser(search)).toEqual({ found: true, path: '/snap/bin/chromium' });
  });

  it("finds Google Chrome or Chromium in a Mac's Applications folders", () => {
    const search = machine({ platform: 'darwin', home: '/Users/ada', playwrightChromium: () => null });
    expect(browserCandidates(search)).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/ada/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]);
  });

  it("finds Chrome on Windows under Program Files and the person's own AppData", () => {
    const search = machine({
      platform: 'win32',
      env: { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' },
      playwrightChromium: () => null,
    });
    expect(browserCandidates(search)).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
      'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\ada\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    ]);
  });

  it('finds a Chromium that Playwright installed when nothing else is there', () => {
    const playwright = '/home/ada/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    expect(findBrowser(machine({ present: [playwright] }))).toEqual({ found: true, path: playwright });
  });

  it('lists every place it looked and the one install command for Debian when there is none', () => {
    const result = findBrowser(machine());
    expect(result.found).toBe(false);
    if (result.found) return;
    expect(result.tried).toEqual(browserCandidates(machine()));
    for (const path of result.tried) expect(result.message).toContain(`  ${path}\n`);
    expect(result.message).toContain('Install one with:  sudo apt-get install chromium');
  });

  it("offers Playwright's Chromium on a Mac, on Windows and on a Linux without apt", () => {
    for (const search of [
      machine({ platform: 'darwin' }),
      machine({ platform: 'win32' }),
      machine({ isDebian: () => false }),
    ]) {
      const result = findBrowser(search);
      expect(result.found ? '' : result.message).toContain(
        'Install one with:  npx playwright-core install chromium',
      );
    }
  });
});

describe('this machine', () => {
  const found = findBrowser().found;

  // The final check of a run without a browser: the browser test files were left out, so this fails the run.
  it('has a browser the browser tests can start', () => {
    expect(
      found,
      'The browser tests could not start: no Chrome or Chromium was found (the message before the tests says how to get one).',
    ).toBe(true);
  });

  it.skipIf(!found)('gives every browser test file the one browser the global setup started', () => {
    expect(process.env[SHARED_BROWSER_ENV]).toMatch(/^ws:\/\//);
  });
});
