// The Navigator draft in the person's user properties, one per spreadsheet, within the 9 KB value limit.

import { cleanDraft, type DraftSaved, fitDraft, type NavigatorDraft } from '../core/navigator';
import { activeSpreadsheet } from './spreadsheet';
import { keepForPerson } from './user-properties';

// User properties belong to the person (nobody else sees their draft) and are shared by every
// spreadsheet the add-on runs in: hence the spreadsheet's id in the key.
function draftKey(): string {
  return `frameworkInAction.navigatorDraft.${activeSpreadsheet().getId()}`;
}

/**
 * Keeps the person's unsent answers so they are there when the sidebar opens again; evidence too long
 * for one property is shortened, and the message says so.
 * Called by the sidebar's Navigator view (debounced) as the person answers.
 */
export function saveNavigatorDraft(draft: NavigatorDraft): DraftSaved {
  const fitted = fitDraft(draft);
  keepForPerson(draftKey(), JSON.stringify(fitted.draft), 'Your answers so far');
  return { saved: true, message: fitted.message };
}

/** The saved draft, or null when there is none (or it cannot be read). */
export function loadNavigatorDraft(): NavigatorDraft | null {
  const text = PropertiesService.getUserProperties().getProperty(draftKey());
  if (!text) return null;
  try {
    return cleanDraft(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Forgets the draft once it has been plotted. */
export function clearNavigatorDraft(): void {
  PropertiesService.getUserProperties().deleteProperty(draftKey());
}
