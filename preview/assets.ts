// The preview page's own files, bundled by esbuild when the preview starts, and the sidebar with its shim.

import { readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

export interface PageAssets {
  html: string;
  script: string;
  styles: string;
  /** Defines google.script.run in a sidebar page; runs before the sidebar's own script. */
  shim: string;
}

async function bundle(root: string, entry: string): Promise<string> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

export async function buildPageAssets(root: string): Promise<PageAssets> {
  const [html, script, styles, shim] = await Promise.all([
    readFile(`${root}/preview/page/index.html`, 'utf8'),
    bundle(root, 'preview/page/main.ts'),
    bundle(root, 'preview/page/preview.css'),
    bundle(root, 'preview/page/script-run-shim.ts'),
  ]);
  return { html, script, styles, shim };
}

/** Inline script text must not end its own element. */
function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
}

/** The sidebar page as Google would frame it: our google.script shim first, then the page unchanged. */
export function withScriptShim(html: string, shim: string): string {
  const head = /<head[^>]*>/i.exec(html);
  const at = head ? head.index + head[0].length : 0;
  return `${html.slice(0, at)}${inlineScript(shim)}${html.slice(at)}`;
}
