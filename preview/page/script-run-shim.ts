// google.script in a sidebar served by the preview: run calls the built add-on through /api/run.

import { checkScriptRunArguments } from '../../apps-script-standin/script-run-values';
import type { CallOutcome } from './protocol';

type Handler = (value: unknown, userObject?: unknown) => void;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

/** Tells the preview page (the sidebar's parent) something happened, e.g. that the grid may have changed. */
function tellPage(type: string): void {
  if (window.parent !== window) window.parent.postMessage({ type }, location.origin);
}

/** Calls not yet answered: tests wait for none before reading the grid (see gridSettled in the harness). */
const inFlight = window as unknown as { __previewCallsInFlight: number };
inFlight.__previewCallsInFlight = 0;

async function call(name: string, args: unknown[], handlers: Handlers): Promise<void> {
  inFlight.__previewCallsInFlight++;
  try {
    await callServer(name, args, handlers);
  } finally {
    inFlight.__previewCallsInFlight--;
  }
}

async function callServer(name: string, args: unknown[], handlers: Handlers): Promise<void> {
  let outcome: CallOutcome;
  try {
    const response = await fetch('/api/run', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, args }),
    });
    outcome = (await response.json()) as CallOutcome;
  } catch {
    outcome = { error: "We're sorry, a server error occurred. Please wait a bit and try again." };
  }
  tellPage('fia-preview:ran');
  if (outcome.error !== undefined) {
    const error = new Error(outcome.error);
    if (handlers.failure) handlers.failure(error, handlers.userObject);
    else console.error(error);
  } else {
    handlers.success?.(outcome.result, handlers.userObject);
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
      origin: location.origin,
      close: () => tellPage('fia-preview:close'),
      setHeight: () => {},
      setWidth: () => {},
      editor: { focus: () => tellPage('fia-preview:focus-editor') },
    },
  },
};
