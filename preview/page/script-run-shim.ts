// google.script in a sidebar served by the preview: run asks the page around the frame, by postMessage, to call the add-on.
//
// The sidebar is cross-origin to the page (docs/platform.md, "The sidebar's frame"), so, as in Google, the only
// way out is a message to the parent; the page makes the call and answers with the outcome.

import { checkScriptRunArguments } from '../../apps-script-standin/script-run-values';
import type { CallOutcome, FrameRequest, RunReply } from './protocol';

type Handler = (value: unknown, userObject?: unknown) => void;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

/** The page's origin, written on this script's element by the server that served the frame. */
const PAGE_ORIGIN = document.currentScript?.dataset.pageOrigin ?? '';

function tellPage(message: FrameRequest): void {
  if (window.parent !== window && PAGE_ORIGIN) window.parent.postMessage(message, PAGE_ORIGIN);
}

/** Calls not yet answered: tests wait for none before reading the grid (see gridSettled in the harness). */
const inFlight = window as unknown as { __previewCallsInFlight: number };
inFlight.__previewCallsInFlight = 0;

const waiting = new Map<number, (outcome: CallOutcome) => void>();
let nextId = 1;

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== PAGE_ORIGIN || event.source !== window.parent) return;
  const reply = event.data as Partial<RunReply> | null;
  if (reply?.type !== 'fia-preview:ran' || typeof reply.id !== 'number' || !reply.outcome) return;
  waiting.get(reply.id)?.(reply.outcome);
  waiting.delete(reply.id);
});

/** One call through the page; what cannot reach it fails as Google's "server error" does. */
function callThroughPage(name: string, args: unknown[]): Promise<CallOutcome> {
  if (window.parent === window || !PAGE_ORIGIN) {
    return Promise.resolve({ error: 'This page is not inside the preview, so it cannot call the add-on.' });
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    tellPage({ type: 'fia-preview:run', id, body: JSON.stringify({ name, args }) });
  });
}

async function call(name: string, args: unknown[], handlers: Handlers): Promise<void> {
  inFlight.__previewCallsInFlight++;
  try {
    const outcome = await callThroughPage(name, args);
    if (outcome.error !== undefined) {
      const error = new Error(outcome.error);
      if (handlers.failure) handlers.failure(error, handlers.userObject);
      else console.error(error);
    } else {
      handlers.success?.(outcome.result, handlers.userObject);
    }
  } finally {
    inFlight.__previewCallsInFlight--;
  }
}

/** Each with… returns a new runner, as in Apps Script; any other name is a server function. */
function runner(handlers: Handlers): unknown {
  const chain = {
    withSuccessHandler: (success: Handler) => runner({ ...handlers, success }),
    withFailureHandler: (failure: Handler) => runner({ ...handlers, failure }),
    withUserObject: (userObject: unknown) => runner({ ...handlers, userObject }),
  };
  return new Proxy(chain, {
    get: (target, name) => {
      if (typeof name !== 'string') return undefined;
      if (Object.hasOwn(target, name)) return target[name as keyof typeof chain];
      return (...args: unknown[]) => {
        // As in Google's client, an illegal argument (a Date, a function, a DOM node) throws here and sends nothing.
        checkScriptRunArguments(args);
        void call(name, args, handlers);
      };
    },
  });
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner({}),
    host: {
      origin: PAGE_ORIGIN,
      close: () => tellPage({ type: 'fia-preview:close' }),
      setHeight: () => {},
      setWidth: () => {},
      editor: { focus: () => tellPage({ type: 'fia-preview:focus-editor' }) },
    },
  },
};
