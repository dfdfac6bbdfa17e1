// `npm start`: builds the add-on, bundles the preview server into .preview/, and runs it until Ctrl-C.
// Flags: --port N (or PORT=N; default 8080) and --fresh (start again from data/).

import './check-node.mjs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const serverFile = `${root}.preview/server.mjs`;

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', reject);
  });
}

const built = await run([fileURLToPath(new URL('build.mjs', import.meta.url))]);
if (built !== 0) process.exit(built);

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['preview/cli.ts'],
  outfile: serverFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

// The server runs as its own process so Ctrl-C reaches it directly; this one waits and passes on its exit code.
const server = spawn(process.execPath, [serverFile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
