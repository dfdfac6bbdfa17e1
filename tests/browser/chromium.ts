// Finds a Chromium or Google Chrome on this machine and starts it headless: the one way tests, the benchmark
// and the preview's screenshots get a browser. The search order is findBrowser's; README "Two commands" says it.

import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';
import { type Browser, chromium, type Download } from 'playwright-core';

/** Without the networking flags Chromium keeps calling Google's hosts, which this machine refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Set by the tests' global setup to the one browser every test file shares. */
export const SHARED_BROWSER_ENV = 'FIA_SHARED_BROWSER_WS';

/** What the search looks at; the real machine by default, fake paths in the test of the search order. */
export interface BrowserSearch {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  exists: (path: string) => boolean;
  /** Where `npx playwright-core install chromium` puts the Chromium this playwright-core drives. */
  playwrightChromium: () => string | null;
  /** Whether this Linux is Debian or a derivative (Ubuntu…), whose package manager is apt. */
  isDebian: () => boolean;
}

export type BrowserFound = { found: true; path: string } | { found: false; tried: string[]; message: string };

export function thisMachine(): BrowserSearch {
  return {
    env: process.env,
    platform: process.platform,
    home: homedir(),
    exists: existsSync,
    playwrightChromium: () => {
      try {
        return chromium.executablePath() || null;
      } catch {
        return null; // a platform Playwright has no build for
      }
    },
    isDebian: () => existsSync('/etc/debian_version'),
  };
}

/**
 * Where a browser may be, in the order they are tried: CHROMIUM_PATH; Debian's and Ubuntu's Chromium
 * (apt, then snap); Google Chrome and Chromium in their usual places on Linux, macOS or Windows; the
 * Chromium Playwright installed.
 */
export function browserCandidates(search: BrowserSearch): string[] {
  const { env, platform, home } = search;
  const system: Record<string, string[]> = {
    linux: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/usr/local/bin/chromium',
    ],
    darwin: [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      join(home, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
    ],
    win32: [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].flatMap((dir) =>
      dir
        ? [
            win32.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
            win32.join(dir, 'Chromium', 'Application', 'chrome.exe'),
          ]
        : [],
    ),
  };
  const playwright = search.playwrightChromium();
  return [...(system[platform] ?? system.linux), ...(playwright ? [playwright] : [])];
}

/** The first browser that is there, or every place tried and what to do about it. */
export function findBrowser(search: BrowserSearch = thisMachine()): BrowserFound {
  const chosen = search.env.CHROMIUM_PATH;
  if (chosen) {
    if (search.exists(chosen)) return { found: true, path: chosen };
    return {
      found: false,
      tried: [chosen],
      message: `CHROMIUM_PATH is set to ${chosen}, but there is no file there. Set it to the path of a Chrome or Chromium program, or unset it to let the tests look in the usual places.`,
    };
  }
  const tried = browserCandidates(search);
  const path = tried.find((p) => search.exists(p));
  if (path) return { found: true, path };
  return { found: false, tried, message: noBrowserMessage(tried, installCommand(search)) };
}

/** The one command that gets a browser the search will find, on this system. */
export function installCommand(search: BrowserSearch): string {
  if (search.platform === 'linux' && search.isDebian()) return 'sudo apt-get install chromium';
  return 'npx playwright-core install chromium';
}

function noBrowserMessage(tried: string[], command: string): string {
  return [
    'No Chrome or Chromium was found, so the browser tests cannot start. Looked for CHROMIUM_PATH (not set), then:',
    ...tried.map((p) => `  ${p}`),
    `Install one with:  ${command}`,
    'or set CHROMIUM_PATH to a Chrome or Chromium you already have.',
  ].join('\n');
}

/** The browser found, or an error carrying the message that says how to get one. */
export function browserPath(): string {
  const result = findBrowser();
  if (!result.found) throw new Error(result.message);
  return result.path;
}

export function launchOptions(executablePath: string) {
  return { executablePath, headless: true, args: CHROMIUM_ARGS };
}

/**
 * The browser the tests share when their global setup started one (closing it then only disconnects
 * this file), otherwise a browser of its own, found as findBrowser says.
 */
export function openBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER_ENV];
  if (shared) return chromium.connect(shared);
  return chromium.launch(launchOptions(browserPath()));
}

/**
 * A download's content as text. Read as a stream, since a browser shared over a connection (as the tests'
 * is) has no local path for download.path() to give.
 */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
