// Runs `npm run bench`: bundles bench/main.ts for Node with esbuild, then runs it (Node 20 cannot run TypeScript).

import { mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = process.argv[2] ?? 'bench/main.ts';
// Two folders deep, like tests/server/, so helpers that find files from import.meta.url still do.
const outfile = `${root}bench-results/build/${entry.replace(/^.*\//, '').replace(/\.ts$/, '.mjs')}`;

await mkdir(`${root}bench-results/build`, { recursive: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  loader: { '.txt': 'text' },
  sourcemap: 'inline',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
