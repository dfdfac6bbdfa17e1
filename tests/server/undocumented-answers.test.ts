// The add-on under each answer Google leaves open: hidden values read back, getSheetByName's case, a dropdown choice's type.
//
// A case marked `pending` fails on main today and is expected to: it waits for the fix named beside it
// (issue 11, "Depend on nothing undocumented"). When the fix lands, `it.fails` itself fails; turn the case
// into a plain `it` then.
import { describe, expect, it } from 'vitest';
import { type Variants, variantsOf } from '../../apps-script-standin/index';
import { filterExamples } from '../../src/core/filter';
import type { Query } from '../../src/core/model';
import type { NavigatorInput } from '../../src/core/navigator';
import { NAVIGATOR_TAB } from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';
import { type LoadedAddon, loadAddon, seedSpreadsheet } from './addon';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** `it`, or `it.fails` for a case that waits for a fix in another branch (the reason is in the test's title). */
const itUnless = (pending: boolean) => (pending ? it.fails : it);

function examplesSheet(addon: LoadedAddon): Sheet {
  const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheets()[0] as Sheet;
}

function shownExamples(addon: LoadedAddon): string[] {
  const sheet = examplesSheet(addon);
  return addon.run
    .getCatalogue()
    .examples.filter((e) => !sheet.isRowHiddenByFilter(e.row))
    .map((e) => e.id);
}

const TACTICS: Query = { types: ['Tactic'] };
const PRINCIPLE_3: Query = { principles: [3] };

describe.each(variantsOf('hiddenValues'))('the add-on’s own filter, $hiddenValues', (variants: Variants) => {
  // Fix: recognise the add-on's own filter without comparing hidden values to what was set.
  const pending = variants.hiddenValues === 'as-shown';
  const options = { variants };

  itUnless(pending)('is replaced when asked again with another query', () => {
    const addon = loadAddon(seedSpreadsheet(), options);
    addon.run.applySheetFilter(TACTICS);
    const result = addon.run.applySheetFilter(PRINCIPLE_3);
    const expected = filterExamples(addon.run.getCatalogue().examples, PRINCIPLE_3).map((e) => e.id);
    expect(result.filtered).toBe(true);
    expect(shownExamples(addon)).toEqual(expected);
  });

  itUnless(pending)('is removed by "Show all rows", and only it', () => {
    const addon = loadAddon(seedSpreadsheet(), options);
    addon.run.applySheetFilter(TACTICS);
    const result = addon.run.clearSheetFilter();
    expect(examplesSheet(addon).getFilter()).toBeNull();
    expect(result.message).toBeUndefined();
  });

  it('never takes a filter the person made for its own', () => {
    const addon = loadAddon(seedSpreadsheet(), options);
    const sheet = examplesSheet(addon);
    const app = addon.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    sheet
      .getDataRange()
      .createFilter()
      .setColumnFilterCriteria(1, app.newFilterCriteria().setHiddenValues(['1']).build());
    const before = addon.standIn.snapshot();
    expect(addon.run.applySheetFilter(TACTICS).filtered).toBe(false);
    expect(addon.run.clearSheetFilter().message).toMatch(/did not make/);
    expect(addon.standIn.snapshot()).toEqual(before);
  });
});

function input(scores: number[]): NavigatorInput {
  return {
    respondent: '',
    scores: PRINCIPLES.map((p, i) => ({ principle: p.id, score: scores[i], evidence: '' })),
  };
}

describe.each(variantsOf('sheetNameLookup'))(
  'a person’s own "navigator" tab, $sheetNameLookup',
  (variants) => {
    // The add-on compares tab names without case and knows its own tabs by developer metadata.
    it('is never written over: the Navigator goes to a tab of its own', () => {
      const seed = seedSpreadsheet();
      seed.sheets.push({ name: 'navigator', values: [['Our own notes on navigating the year']] });
      const addon = loadAddon(seed, { variants });
      const theirs = () => addon.standIn.snapshot().sheets.find((s) => s.name === 'navigator');
      const before = theirs();
      const result = addon.run.saveNavigator(input([3, 2, 3, 1, 3, 2, 3, 2, 4]));
      expect(theirs()).toEqual(before);
      expect(result.sheetName.toLowerCase()).not.toBe('navigator');
    });
  },
);

describe.each(variantsOf('listChoice'))('scores chosen from the dropdown, $listChoice', (variants) => {
  // The Navigator's formulas count a score cell holding the text "3" as 3 (VALUE).
  it('give the bearing and North Star of the chosen scores', () => {
    const addon = loadAddon(seedSpreadsheet(), { variants });
    addon.run.saveNavigator(input([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    for (let row = 5; row <= 13; row++) addon.standIn.choose(NAVIGATOR_TAB, `D${row}`, '4');
    const tab = addon.standIn.snapshot().sheets.find((s) => s.name === NAVIGATOR_TAB);
    expect([tab?.values[14][3], tab?.values[15][3], tab?.values[16][3]]).toEqual([4, 1, 'Shining']);
  });

  it('store what the variant says, so the other cases test what they claim', () => {
    const addon = loadAddon(seedSpreadsheet(), { variants });
    addon.run.saveNavigator(input([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    addon.standIn.choose(NAVIGATOR_TAB, 'D5', '3');
    const tab = addon.standIn.snapshot().sheets.find((s) => s.name === NAVIGATOR_TAB);
    expect(tab?.values[4][3]).toBe(variants.listChoice === 'text' ? '3' : 3);
  });
});

describe('a cell of exactly 50,000 characters, which the checks accept', () => {
  // Whether Sheets counts the leading apostrophe of a written text towards its 50,000 is undocumented
  // (the live check measures it); the stand-in counts it. The export tab writes every text with an
  // apostrophe (asSheetText), so today this example cannot be exported and the person is told to "try
  // again", which cannot help. The export fits every cell to the limit (src/core/sheet-limits.ts).
  it('exports to a new tab', () => {
    const seed = seedSpreadsheet();
    const tab = seed.sheets[0];
    const first = tab.values.findIndex((row) => row[0] === 1);
    tab.values[first][3] = 'a'.repeat(50_000);
    const addon = loadAddon(seed);
    expect(addon.run.exportExamples({}, 'sheet').count).toBe(53);
  });
});
