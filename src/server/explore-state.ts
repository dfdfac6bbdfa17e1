// The Explore view's filters, kept per person and per spreadsheet, so they survive closing the sidebar.

import { normaliseQuery } from '../core/filter';
import type { Query } from '../core/model';
import { readSequence } from '../core/save-order';
import { utf8Length } from '../core/text';
import { activeSpreadsheet } from './spreadsheet';
import { keepLatestForPerson, readLatestForPerson } from './user-properties';

// User properties are the person's own (another person's filters never show), shared by every
// spreadsheet the add-on runs in: hence the spreadsheet's id in the key.
function stateKey(): string {
  return `frameworkInAction.explore.${activeSpreadsheet().getId()}`;
}

/** Longer than any real query; a guard so a pasted novel cannot fill the person's property store. */
const MAX_TEXT = 500;
/** Google keeps 9 KB per property value; the filters keep a margin below it. */
const MAX_STATE_BYTES = 8 * 1024;

/** The filters as they fit one property: search words cut, then the last-ticked councils left out. */
function fittedQuery(query: unknown): Query {
  const clean = normaliseQuery(query);
  if (clean.text && clean.text.length > MAX_TEXT) clean.text = clean.text.slice(0, MAX_TEXT);
  while (clean.councils?.length && utf8Length(JSON.stringify(clean)) > MAX_STATE_BYTES) {
    clean.councils = clean.councils.slice(0, -1);
    if (clean.councils.length === 0) delete clean.councils;
  }
  return clean;
}

/**
 * Saves the Explore view's filters for this person and spreadsheet, unless a newer save (a higher
 * `sequence`) is already kept: an older save landing late is passed over.
 * Called by the sidebar (debounced) after the filters change.
 */
export function saveExploreState(query: Query, sequence?: number): void {
  keepLatestForPerson(stateKey(), fittedQuery(query), readSequence(sequence), 'Your filters');
}

/** The saved filters, or none. Called by showSidebar, which embeds them in the page. */
export function loadExploreState(): Query {
  return normaliseQuery(readLatestForPerson(stateKey())?.value ?? {});
}
