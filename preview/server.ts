// The local preview: the add-on's real sidebar beside a grid of its workbook, on this machine only (page and frames on two names).

import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { StandIn, WorkbookSeed } from '../apps-script-standin/index';
import { buildPageAssets, type PageAssets, withScriptShim } from './assets';
import { HttpError, readJson, sendJson, sendText } from './http';
import { type EditRequest, FRAME_HOST, type MenuRequest, PAGE_HOST, type RunRequest } from './page/protocol';
import { AddonSession, readSavedWorkbook, type SessionFiles, seedFromData, setAside } from './session';

/** The repository: this file sits one folder down, bundled (.preview/) or not (preview/). */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const DEFAULT_STATE_PATH = `${ROOT}.preview/workbook.json`;

export interface PreviewOptions {
  /** 0 picks any free port. Default 8080. */
  port?: number;
  host?: '127.0.0.1';
  /** Where the workbook is kept between runs; null keeps it in memory only. Default .preview/workbook.json. */
  statePath?: string | null;
  /** Start again from data/ even when a saved workbook exists. */
  fresh?: boolean;
  /** Start from this workbook instead of data/ or the saved one. */
  seed?: WorkbookSeed;
  log?: (line: string) => void;
}

export interface Preview {
  /** The page: http://localhost:<port>/. */
  url: string;
  /** Where the add-on's sidebars and dialogs are served: http://127.0.0.1:<port>, cross-site to the page. */
  frameOrigin: string;
  /** The stand-in the add-on runs on now (replaced by reset()). */
  readonly standIn: StandIn;
  /** Starts the add-on again on a workbook (default: data/), as if the spreadsheet were reopened. */
  reset(seed?: WorkbookSeed): void;
  close(): Promise<void>;
}

/** Nothing may come from elsewhere; the add-on's frames come from the frame origin only. */
function pagePolicy(frameOrigin: string): string {
  return `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src ${frameOrigin}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

/**
 * The sidebar's script and styles are inlined by the build, as Apps Script needs. It reaches the add-on only
 * by postMessage to the page (connect-src 'none'), and only the page may frame it.
 */
function framePolicy(pageOrigin: string): string {
  return `default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'none'; img-src 'self' data: blob:; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors ${pageOrigin}`;
}

/** Which of the two origins a route answers on. */
type Site = 'page' | 'frame';

interface Origins {
  page: string;
  frame: string;
}

type Route = (
  request: IncomingMessage,
  response: ServerResponse,
  match: RegExpExecArray,
) => Promise<void> | void;

/** The built add-on; a clear word when it has not been built yet. */
async function readBuilt(name: string): Promise<string> {
  try {
    return await readFile(`${ROOT}dist/${name}`, 'utf8');
  } catch {
    throw new Error(`dist/${name} is missing: run npm run build first (npm start does it for you).`);
  }
}

/**
 * Starts the preview: loads the built add-on into a fresh stand-in (seeded from `seed`, the saved
 * workbook or data/), runs its onOpen, and serves the page. Called by `npm start` and the browser tests.
 */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const log = options.log ?? (() => {});
  const statePath = options.statePath === undefined ? DEFAULT_STATE_PATH : options.statePath;
  const [code, sidebar, assets] = await Promise.all([
    readBuilt('Code.js'),
    readBuilt('Sidebar.html'),
    buildPageAssets(ROOT),
  ]);
  const saved = statePath && !options.fresh && !options.seed ? readSavedWorkbook(statePath, log) : null;
  const seed = options.seed ?? saved ?? seedFromData(ROOT);
  const session = openSession({ code, sidebar }, seed, statePath, seed === saved, log);
  let origins: Origins = { page: '', frame: '' };
  const table = routes(session, assets, () => origins);
  const server = createServer((request, response) => {
    handle(request, response, table, server).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!(error instanceof HttpError)) log(`Preview error: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) sendJson(response, status, { error: (error as Error).message });
      else response.end();
    });
  });
  await listen(server, options.port ?? 8080, options.host ?? '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  origins = { page: `http://${PAGE_HOST}:${port}`, frame: `http://${FRAME_HOST}:${port}` };
  return {
    url: `${origins.page}/`,
    frameOrigin: origins.frame,
    get standIn() {
      return session.standIn;
    },
    reset: (seed) => session.reset(seed ?? seedFromData(ROOT)),
    close: () => close(server),
  };
}

/** The add-on on its workbook; a saved workbook the stand-in cannot load is set aside for data/. */
function openSession(
  files: SessionFiles,
  seed: WorkbookSeed,
  statePath: string | null,
  seedIsSaved: boolean,
  log: (line: string) => void,
): AddonSession {
  try {
    return new AddonSession(files, seed, statePath);
  } catch (error) {
    if (!seedIsSaved || !statePath) throw error;
    setAside(statePath, `it cannot be loaded (${(error as Error).message})`, log);
    return new AddonSession(files, seedFromData(ROOT), statePath);
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function routes(session: AddonSession, assets: PageAssets, origins: () => Origins): RouteEntry[] {
  return [
    ['page', 'GET', /^\/$/, (_q, r) => sendText(r, 'text/html', assets.html, pagePolicy(origins().frame))],
    ['frame', 'GET', /^\/$/, (_q, r) => redirect(r, `${origins().page}/`)],
    ['page', 'GET', /^\/preview\.js$/, (_q, r) => sendText(r, 'text/javascript', assets.script)],
    ['page', 'GET', /^\/preview\.css$/, (_q, r) => sendText(r, 'text/css', assets.styles)],
    ['page', 'GET', /^\/api\/version$/, (_q, r) => sendJson(r, 200, session.uiCounts())],
    ['page', 'GET', /^\/api\/workbook$/, (_q, r) => sendJson(r, 200, session.view())],
    [
      'frame',
      'GET',
      /^\/(sidebar|dialog)\/(\d+)$/,
      (_q, r, m) => sendHtmlOutput(r, session, assets, origins().page, m[1], Number(m[2])),
    ],
    [
      'page',
      'POST',
      /^\/api\/run$/,
      async (q, r) => {
        const body = (await readJson(q)) as Partial<RunRequest>;
        if (typeof body?.name !== 'string' || !Array.isArray(body.args)) {
          throw new HttpError(400, 'Send { "name": "<function>", "args": [ ... ] }.');
        }
        sendJson(r, 200, session.run(body.name, body.args));
      },
    ],
    [
      'page',
      'POST',
      /^\/api\/menu$/,
      async (q, r) => {
        const body = (await readJson(q)) as Partial<MenuRequest>;
        if (typeof body?.functionName !== 'string')
          throw new HttpError(400, 'Send { "functionName": "<function>" }.');
        sendJson(r, 200, session.menu(body.functionName));
      },
    ],
    [
      'page',
      'POST',
      /^\/api\/edit$/,
      async (q, r) => {
        const body = (await readJson(q)) as Partial<EditRequest>;
        if (typeof body?.sheet !== 'string' || typeof body.a1 !== 'string' || typeof body.text !== 'string') {
          throw new HttpError(400, 'Send { "sheet": "<tab>", "a1": "B5", "text": "<what was typed>" }.');
        }
        sendJson(r, 200, session.edit(body.sheet, body.a1, body.text));
      },
    ],
  ];
}

type RouteEntry = [Site, string, RegExp, Route];

/** The page at the frame's address: a bookmark from before the two origins still finds the preview. */
function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  response.end();
}

function sendHtmlOutput(
  response: ServerResponse,
  session: AddonSession,
  assets: PageAssets,
  pageOrigin: string,
  kind: string,
  index: number,
): void {
  const outputs = kind === 'sidebar' ? session.standIn.ui.sidebars : session.standIn.ui.dialogs;
  const output = outputs[index];
  if (!output) throw new HttpError(404, `No ${kind} ${index} has been shown.`);
  sendText(
    response,
    'text/html',
    withScriptShim(output.html, assets.shim, pageOrigin),
    framePolicy(pageOrigin),
  );
}

/** Which origin a request was addressed to; null for any other name (a page elsewhere, through a renamed host). */
function siteOf(host: string | undefined, server: Server): Site | null {
  const { port } = server.address() as AddressInfo;
  if (host === `${PAGE_HOST}:${port}`) return 'page';
  if (host === `${FRAME_HOST}:${port}`) return 'frame';
  return null;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  table: RouteEntry[],
  server: Server,
): Promise<void> {
  const site = siteOf(request.headers.host, server);
  if (!site) throw new HttpError(403, `The preview answers on ${PAGE_HOST} and ${FRAME_HOST} only.`);
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  for (const [routeSite, method, pattern, route] of table) {
    const match = pattern.exec(path);
    if (!match || routeSite !== site) continue;
    if (request.method !== method) throw new HttpError(405, `Use ${method} for ${path}.`);
    await route(request, response, match);
    return;
  }
  throw new HttpError(404, `Nothing at ${path} on ${site === 'page' ? PAGE_HOST : FRAME_HOST}.`);
}
