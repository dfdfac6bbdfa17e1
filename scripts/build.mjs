// Builds dist/: Code.js (the server bundle plus a global wrapper per entry point), Sidebar.html, appsscript.json.

import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const SERVER_ENTRY = 'src/server/main.ts';
const SIDEBAR_ENTRY = 'sidebar/main.ts';
const SIDEBAR_STYLES = 'sidebar/styles/index.css';
const SIDEBAR_PAGE = 'sidebar/index.html';
const GLOBAL = '__frameworkInAction';

const shared = {
  absWorkingDir: root,
  bundle: true,
  target: 'es2020',
  charset: 'utf8',
  legalComments: 'none',
  loader: { '.txt': 'text' },
  logLevel: 'warning',
};

/** The names the server entry exports, from esbuild's own metadata: never a hand-kept list. */
async function serverExports() {
  const result = await esbuild.build({
    ...shared,
    entryPoints: [SERVER_ENTRY],
    format: 'esm',
    write: false,
    metafile: true,
  });
  const [output] = Object.values(result.metafile.outputs);
  return output.exports;
}

/**
 * Apps Script only sees top-level function declarations, so the IIFE bundle is followed by one
 * wrapper per export: menus, triggers and google.script.run all find them by name.
 */
async function buildServer() {
  const names = await serverExports();
  const result = await esbuild.build({
    ...shared,
    entryPoints: [SERVER_ENTRY],
    format: 'iife',
    globalName: GLOBAL,
    write: false,
  });
  const wrappers = names
    .map((name) => `function ${name}(...args) { return ${GLOBAL}.${name}(...args); }`)
    .join('\n');
  await writeFile(`${dist}/Code.js`, `${result.outputFiles[0].text}\n${wrappers}\n`);
  return names;
}

/** Inline text must not close its own element early. */
function escapeForElement(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

async function buildSidebar() {
  const [script, styles, page] = await Promise.all([
    esbuild.build({ ...shared, entryPoints: [SIDEBAR_ENTRY], format: 'iife', minify: true, write: false }),
    esbuild.build({ ...shared, entryPoints: [SIDEBAR_STYLES], minify: true, write: false }),
    readFile(`${root}${SIDEBAR_PAGE}`, 'utf8'),
  ]);
  const html = page
    .replace('/* sidebar styles */', () => escapeForElement(styles.outputFiles[0].text, 'style'))
    .replace('/* sidebar script */', () => escapeForElement(script.outputFiles[0].text, 'script'));
  if (/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(html))
    throw new Error('Sidebar.html must not load anything from outside');
  await writeFile(`${dist}/Sidebar.html`, html);
  return html.length;
}

await mkdir(dist, { recursive: true });
const [names, sidebarBytes] = await Promise.all([buildServer(), buildSidebar()]);
await copyFile(`${root}appsscript.json`, `${dist}/appsscript.json`);
console.log(
  `Built dist/: Code.js (${names.length} entry points), Sidebar.html (${Math.round(sidebarBytes / 1024)} KB), appsscript.json`,
);
