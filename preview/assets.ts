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

/** Inline script text must not end its own element; an attribute value is escaped for its quotes. */
function inlineScript(code: string, pageOrigin: string): string {
  const origin = pageOrigin.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<script data-page-origin="${origin}">${code.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
}

/**
 * The sidebar page as Google would frame it: our google.script shim first (told the page's origin, the one
 * it may talk to), then `<base target="_top">` unless the page sets its own base, then the page unchanged.
 */
export function withScriptShim(html: string, shim: string, pageOrigin: string): string {
  const head = /<head[^>]*>/i.exec(html);
  const at = head ? head.index + head[0].length : 0;
  const headEnd = html.search(/<\/head>/i);
  const hasBase = /<base\b/i.test(html.slice(0, headEnd < 0 ? html.length : headEnd));
  const base = hasBase ? '' : '<base target="_top">';
  return `${html.slice(0, at)}${inlineScript(shim, pageOrigin)}${base}${html.slice(at)}`;
}
