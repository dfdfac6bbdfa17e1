// `npm start`: runs the preview until Ctrl-C, on the port asked for (--port N or PORT, default 8080).

import { DEFAULT_STATE_PATH, startPreview } from './server';

const DEFAULT_PORT = 8080;

function portFrom(args: string[]): number {
  const at = args.indexOf('--port');
  const text = at >= 0 ? args[at + 1] : process.env.PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`"${text}" is not a port: give a number from 1 to 65535, e.g. npm start -- --port 8081`);
  }
  return port;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = portFrom(args);
  const fresh = args.includes('--fresh');
  let preview: Awaited<ReturnType<typeof startPreview>>;
  try {
    preview = await startPreview({ port, fresh, log: (line) => console.log(line) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${port} is already in use (perhaps another preview is running).\n` +
          `Stop it, or pick another port: npm start -- --port ${port + 1}   (or PORT=${port + 1} npm start)`,
      );
      process.exit(1);
    }
    throw error;
  }
  console.log(`Framework in Action preview: ${preview.url}`);
  console.log(
    fresh
      ? 'Started again from data/. Your changes are kept in .preview/workbook.json.'
      : `Your changes are kept in ${DEFAULT_STATE_PATH.replace(/^.*\/(\.preview\/)/, '$1')} (npm start -- --fresh starts again from data/).`,
  );
  console.log('Press Ctrl-C to stop.');
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the preview.');
    preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
