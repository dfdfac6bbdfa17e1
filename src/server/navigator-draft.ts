// The Navigator draft in the person's user properties, one per spreadsheet, within the 9 KB value limit.

import { cleanDraft, type DraftSaved, fitDraft, type NavigatorDraft } from '../core/navigator';
import { readSequence } from '../core/save-order';
import { activeSpreadsheet } from './spreadsheet';
import { forgetForPerson, keepLatestForPerson, readLatestForPerson } from './user-properties';

// User properties belong to the person (nobody else sees their draft) and are shared by every
// spreadsheet the add-on runs in: hence the spreadsheet's id in the key.
function draftKey(): string {
  return `frameworkInAction.navigatorDraft.${activeSpreadsheet().getId()}`;
}

/**
 * Keeps the person's unsent answers so they are there when the sidebar opens again; evidence too long
 * for one property is shortened, and the message says so. A save older than the one kept (a lower
 * `sequence`, landing late) is passed over: saved is false and nothing changes.
 * Called by the sidebar's Navigator view (debounced) as the person answers.
 */
export function saveNavigatorDraft(draft: NavigatorDraft, sequence?: number): DraftSaved {
  const fitted = fitDraft(draft);
  const kept = keepLatestForPerson(draftKey(), fitted.draft, readSequence(sequence), 'Your answers so far');
  return kept ? { saved: true, message: fitted.message } : { saved: false, message: '' };
}

/** The saved draft, or null when there is none (or it cannot be read). */
export function loadNavigatorDraft(): NavigatorDraft | null {
  const stored = readLatestForPerson(draftKey());
  return stored && stored.value !== null ? cleanDraft(stored.value) : null;
}

/**
 * Forgets the draft once it has been plotted, keeping the plot's sequence so that a draft save made
 * before plotting and landing after it does not bring the plotted answers back as a draft.
 */
export function clearNavigatorDraft(sequence: number | null): void {
  forgetForPerson(draftKey(), sequence, 'Your answers so far');
}
