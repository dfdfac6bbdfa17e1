// Faults in the middle of a change: a lock someone else holds, a full property store, a service error in a write.
// Each leaves the sheet exactly as it was and tells the person what happened in plain words.

import { describe, expect, it } from 'vitest';
import type { WorkbookSeed } from '../../apps-script-standin/index';
import type { ExampleDraft } from '../../src/core/draft';
import { type LoadedAddon, loadAddon, seedSpreadsheet } from '../server/addon';

const DRAFT: ExampleDraft = {
  name: 'Warm Spaces',
  council: 'Leeds',
  description: 'Opened libraries as warm spaces in winter.',
  type: 'Tweak',
  notes: [{ principle: 6, text: 'Libraries as meeting places.' }],
  links: [{ text: 'Write-up', url: 'https://example.org/warm-spaces' }],
};
const QUERY = { principles: [1], types: ['Tactic'] };
const SCORES = {
  respondent: 'Asha',
  scores: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((principle) => ({
    principle,
    score: 2,
    evidence: 'Seen in our work.',
  })),
};

type Outcome = { message: string; thrown: boolean };

/** The operation's words to the person: its result's message, or the error the sidebar would show. */
function attempt(call: () => unknown): Outcome {
  try {
    const result = call() as { message?: string } | undefined;
    return { message: result?.message ?? '', thrown: false };
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error), thrown: true };
  }
}

/** Every tab's cells, notes, formats, filter, validations and charts: the sheet as the person sees it. */
function sheetNow(addon: LoadedAddon) {
  return addon.standIn.snapshot().sheets;
}

/** Plain words: no stack, no code names, and something the person can do. */
function expectPlainWords(outcome: Outcome): void {
  expect(outcome.message.trim()).not.toBe('');
  expect(outcome.message).not.toMatch(/TypeError|ReferenceError|undefined|null|\bat \w+ \(|Exception/);
}

/** Operations that change the sheet under the document lock, as the sidebar calls them. */
const LOCKED_CHANGES: Record<string, (addon: LoadedAddon) => unknown> = {
  addExample: ({ run }) => run.addExample(DRAFT),
  exportExamples: ({ run }) => run.exportExamples(QUERY as never, 'sheet'),
  saveNavigator: ({ run }) => run.saveNavigator(SCORES as never),
  saveView: ({ run }) => run.saveView('Community projects', QUERY as never),
  renameView: ({ run }) => run.renameView('Community projects', 'Our projects'),
  deleteView: ({ run }) => run.deleteView('Community projects'),
  insertExamples: ({ run }) => run.insertExamples(),
};

describe('someone else holding the document lock', () => {
  for (const [name, change] of Object.entries(LOCKED_CHANGES)) {
    it(`makes ${name} change nothing and say to try again`, () => {
      const addon = loadAddon();
      const release = addon.standIn.holdLock('document');
      const before = addon.standIn.snapshot();
      const outcome = attempt(() => change(addon));
      release();
      expect(addon.standIn.snapshot()).toEqual(before);
      expectPlainWords(outcome);
      expect(outcome.message).toMatch(/again/i);
    });
  }
});

/** A copy of the seed whose document and user property stores are full to the last few bytes. */
function fullStores(): WorkbookSeed {
  const limit = 500 * 1024;
  const fill = (): Record<string, string> => {
    const store: Record<string, string> = {};
    let used = 0;
    for (let i = 0; used < limit - 16; i++) {
      const key = `other-addon-${String(i).padStart(3, '0')}`;
      const size = Math.min(9 * 1024, limit - 16 - used - key.length);
      store[key] = 'x'.repeat(size);
      used += key.length + size;
    }
    return store;
  };
  return { ...seedSpreadsheet(), documentProperties: fill(), userProperties: fill() };
}

/** Operations that keep something in a property store. */
const PROPERTY_WRITES: [string, (addon: LoadedAddon) => unknown][] = [
  ['saveView', ({ run }) => run.saveView('Community projects', QUERY as never)],
  ['applySheetFilter', ({ run }) => run.applySheetFilter(QUERY as never)],
  ['saveExploreState', ({ run }) => run.saveExploreState(QUERY as never)],
  ['saveNavigatorDraft', ({ run }) => run.saveNavigatorDraft(SCORES as never)],
];

describe('a full property store', () => {
  for (const [name, write] of PROPERTY_WRITES) {
    it(`leaves the sheet as it was when ${name} cannot keep its data, and says so plainly`, () => {
      const addon = loadAddon(fullStores());
      const before = sheetNow(addon);
      const outcome = attempt(() => write(addon));
      expect(sheetNow(addon)).toEqual(before);
      if (outcome.message) {
        expectPlainWords(outcome);
        // "Properties" and "quota" are Apps Script's words, not a council officer's.
        expect(outcome.message).not.toMatch(/propert(y|ies)|quota/i);
      }
    });
  }
});

describe('a service error in the middle of a write', () => {
  const WRITES: [string, string, (addon: LoadedAddon) => unknown][] = [
    ['addExample', 'Range.setValues', ({ run }) => run.addExample(DRAFT)],
    ['addExample', 'Range.setRichTextValue', ({ run }) => run.addExample(DRAFT)],
    ['exportExamples', 'Range.setValues', ({ run }) => run.exportExamples(QUERY as never, 'sheet')],
    ['saveNavigator', 'Range.setValues', ({ run }) => run.saveNavigator(SCORES as never)],
    ['checkExamples', 'Range.setNotes', ({ run }) => run.checkExamples()],
  ];
  for (const [name, method, write] of WRITES) {
    it(`leaves the sheet as it was when ${method} fails during ${name}, and says what happened`, () => {
      const addon = loadAddon();
      const before = sheetNow(addon);
      addon.standIn.failNext(method, new Error('Service Spreadsheets timed out while accessing document.'));
      const outcome = attempt(() => write(addon));
      expect(sheetNow(addon)).toEqual(before);
      expectPlainWords(outcome);
    });
  }
});
