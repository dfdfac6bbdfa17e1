// Saved views in the document's properties: everyone using the spreadsheet sees the same list.

import type { Query } from '../core/model';
import {
  missingViewMessage,
  readQuery,
  readSavedViews,
  type SavedView,
  type SavedViewsResult,
  storedView,
  storeProblem,
  tidyViewName,
  viewKey,
  viewNameProblem,
} from '../core/saved-views';
import { withDocumentLock } from './lock';

type Properties = GoogleAppsScript.Properties.Properties;

const BUSY_MESSAGE = 'Someone else is changing the saved views right now. Try again in a moment.';

/** A change made under the document lock, from the store as it is now, so two people cannot take one name. */
function changeViews(
  change: (store: Properties, all: Record<string, string>) => SavedViewsResult,
): SavedViewsResult {
  const store = PropertiesService.getDocumentProperties();
  return withDocumentLock(
    () => change(store, store.getProperties()),
    () => ({ ok: false, message: BUSY_MESSAGE, views: readSavedViews(store.getProperties()) }),
  );
}

function find(views: readonly SavedView[], name: unknown): SavedView | undefined {
  return typeof name === 'string' ? views.find((v) => v.name === name) : undefined;
}

/**
 * The saved views of this spreadsheet, by name.
 * Called by the sidebar's Export view when it opens the saved views list.
 */
export function listSavedViews(): SavedView[] {
  return readSavedViews(PropertiesService.getDocumentProperties().getProperties());
}

/**
 * Saves the current filter under a new name, for everyone using the spreadsheet.
 * Called from the saved views panel's "Save this view".
 */
export function saveView(name: string, query: Query): SavedViewsResult {
  return changeViews((store, all) => {
    const views = readSavedViews(all);
    const tidy = tidyViewName(name);
    const problem = viewNameProblem(tidy, views);
    if (problem) return { ok: false, message: problem, views };
    const view: SavedView = { name: tidy, query: readQuery(query), savedAt: new Date().toISOString() };
    const value = storedView(view);
    const tooMuch = storeProblem(all, viewKey(tidy), value);
    if (tooMuch) return { ok: false, message: tooMuch, views };
    store.setProperty(viewKey(tidy), value);
    return {
      ok: true,
      message: `Saved the view "${tidy}".`,
      views: readSavedViews({ ...all, [viewKey(tidy)]: value }),
    };
  });
}

/**
 * Gives a saved view a new name; its filter stays as it was.
 * Called from the saved views panel's "Rename".
 */
export function renameView(oldName: string, newName: string): SavedViewsResult {
  return changeViews((store, all) => {
    const views = readSavedViews(all);
    const view = find(views, oldName);
    if (!view) return { ok: false, message: missingViewMessage(String(oldName)), views };
    const tidy = tidyViewName(newName);
    const problem = viewNameProblem(tidy, views, view.name);
    if (problem) return { ok: false, message: problem, views };
    if (tidy === view.name) return { ok: true, message: `The view is already called "${tidy}".`, views };
    const value = storedView({ ...view, name: tidy });
    const tooMuch = storeProblem(all, viewKey(tidy), value, viewKey(view.name));
    if (tooMuch) return { ok: false, message: tooMuch, views };
    store.setProperty(viewKey(tidy), value);
    store.deleteProperty(viewKey(view.name));
    const next = { ...all, [viewKey(tidy)]: value };
    delete next[viewKey(view.name)];
    return { ok: true, message: `Renamed "${view.name}" to "${tidy}".`, views: readSavedViews(next) };
  });
}

/**
 * Deletes a saved view for everyone using the spreadsheet.
 * Called from the saved views panel's "Delete", after the person confirms.
 */
export function deleteView(name: string): SavedViewsResult {
  return changeViews((store, all) => {
    const views = readSavedViews(all);
    const view = find(views, name);
    if (!view) return { ok: false, message: missingViewMessage(String(name)), views };
    store.deleteProperty(viewKey(view.name));
    const next = { ...all };
    delete next[viewKey(view.name)];
    return { ok: true, message: `Deleted the view "${view.name}".`, views: readSavedViews(next) };
  });
}
