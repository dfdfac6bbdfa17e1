// The Explore view's filters, kept per person and per spreadsheet, so they survive closing the sidebar.

import { normaliseQuery } from '../core/filter';
import type { Query } from '../core/model';
import { activeSpreadsheet } from './spreadsheet';
import { keepForPerson } from './user-properties';

// User properties are the person's own (another person's filters never show), shared by every
// spreadsheet the add-on runs in: hence the spreadsheet's id in the key.
function stateKey(): string {
  return `frameworkInAction.explore.${activeSpreadsheet().getId()}`;
}

/** Longer than any real query; a guard so a pasted novel cannot fill the person's property store. */
const MAX_TEXT = 500;

/**
 * Saves the Explore view's filters for this person and spreadsheet.
 * Called by the sidebar (debounced) after the filters change.
 */
export function saveExploreState(query: Query): void {
  const clean = normaliseQuery(query);
  if (clean.text && clean.text.length > MAX_TEXT) clean.text = clean.text.slice(0, MAX_TEXT);
  keepForPerson(stateKey(), JSON.stringify(clean), 'Your filters');
}

/** The saved filters, or none. Called by showSidebar, which embeds them in the page. */
export function loadExploreState(): Query {
  try {
    return normaliseQuery(JSON.parse(PropertiesService.getUserProperties().getProperty(stateKey()) ?? '{}'));
  } catch {
    return normaliseQuery({});
  }
}
