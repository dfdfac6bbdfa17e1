// Builds dist-live/ for the live check: Code.js (live-check/main.ts and a global runLiveCheck), Sidebar.html, appsscript.json.
// Kept apart from dist/, so `npm run push` never sends the live check to a real copy of the sheet.

import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist-live`;
const GLOBAL = '__frameworkInActionLiveCheck';

// The page the check measures is the add-on's own: build dist/ first (the tests have built it already).
if (!process.argv.includes('--reuse-dist')) await import('./build.mjs');

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['live-check/main.ts'],
  bundle: true,
  format: 'iife',
  globalName: GLOBAL,
  target: 'es2020',
  charset: 'utf8',
  legalComments: 'none',
  loader: { '.txt': 'text' },
  logLevel: 'warning',
  write: false,
});
await mkdir(out, { recursive: true });
// Apps Script's editor lists only top-level functions: one wrapper, for the one function to run.
const wrapper = `function runLiveCheck(options) { return ${GLOBAL}.runLiveCheck(options); }`;
await writeFile(`${out}/Code.js`, `${result.outputFiles[0].text}\n${wrapper}\n`);
await copyFile(`${root}dist/Sidebar.html`, `${out}/Sidebar.html`);
// The same scopes as the add-on: the check asks nothing the add-on itself could not.
const manifest = JSON.parse(await readFile(`${root}appsscript.json`, 'utf8'));
await writeFile(`${out}/appsscript.json`, `${JSON.stringify(manifest, null, 2)}\n`);
console.log('Built dist-live/: Code.js (runLiveCheck), Sidebar.html, appsscript.json');
