// The stand-in refuses what Google refuses: tab names in any case, 50,000 characters a cell, simple triggers' limits.
import { describe, expect, it } from 'vitest';
import { createStandIn } from '../../apps-script-standin/index';
import { PEOPLE, services } from './helpers';

const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';

describe('tab names', () => {
  it('refuses a new tab whose name differs from an existing one only in case, with Google’s message', () => {
    const { ss, standIn } = services(PEOPLE);
    const before = standIn.snapshot();
    expect(() => ss.insertSheet('data')).toThrow(
      'A sheet with the name "data" already exists. Please enter another name.',
    );
    expect(standIn.snapshot()).toEqual(before);
  });

  it('refuses renaming a tab to another tab’s name in another case, and allows a change of case of its own', () => {
    const { ss, sheet } = services(PEOPLE);
    const other = ss.insertSheet('Navigator');
    expect(() => sheet.setName('NAVIGATOR')).toThrow('A sheet with the name "NAVIGATOR" already exists.');
    other.setName('navigator');
    expect(other.getName()).toBe('navigator');
  });

  it('numbers an unnamed tab past a name taken in another case', () => {
    const { ss } = services(
      PEOPLE,
      {},
      {
        sheets: [
          { name: 'Data', values: PEOPLE },
          { name: 'sheet3', values: [] },
        ],
      },
    );
    expect(ss.insertSheet().getName()).toBe('Sheet4');
  });

  it.each([
    ['exact-case', null],
    ['any-case', 'Data'],
  ] as const)('getSheetByName in another case finds %s: %s', (sheetNameLookup, found) => {
    const { ss } = services(PEOPLE, { variants: { sheetNameLookup } });
    expect(ss.getSheetByName('DATA')?.getName() ?? null).toBe(found);
    expect(ss.getSheetByName('Data')?.getName()).toBe('Data');
  });
});

describe('50,000 characters a cell', () => {
  const limit = 'x'.repeat(50_000);
  const over = `${limit}x`;

  it('accepts exactly 50,000 characters in a value, a formula and rich text', () => {
    const { app, sheet } = services(PEOPLE);
    sheet.getRange('D1').setValue(limit);
    sheet.getRange('D2').setRichTextValue(app.newRichTextValue().setText(limit).build());
    expect(sheet.getRange('D1:D2').getValues()).toEqual([[limit], [limit]]);
  });

  it.each([
    ['setValue', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('D1').setValue(over)],
    ['setValues', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('D1:D2').setValues([['ok'], [over]])],
    ['setFormula', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('D1').setFormula(`="${over}"`)],
    [
      'setFormulas',
      (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('D1').setFormulas([[`="${limit}"`]]),
    ],
    ['appendRow', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.appendRow(['ok', over])],
    [
      'a leading apostrophe over the limit',
      (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('D1').setValue(`'${limit}`),
    ],
  ])('refuses %s over the limit and changes nothing', (_name, write) => {
    const { sheet, standIn } = services(PEOPLE);
    const before = standIn.snapshot();
    expect(() => write(sheet)).toThrow(TOO_LONG);
    expect(standIn.snapshot()).toEqual(before);
  });

  it('refuses rich text over the limit', () => {
    const { app, sheet, standIn } = services(PEOPLE);
    const before = standIn.snapshot();
    const rich = app.newRichTextValue().setText(over).build();
    expect(() => sheet.getRange('D1').setRichTextValues([[rich]])).toThrow(TOO_LONG);
    expect(standIn.snapshot()).toEqual(before);
  });

  it('refuses a note over 50,000 characters (Google documents no note limit; the stand-in assumes the cell’s)', () => {
    const { sheet, standIn } = services(PEOPLE);
    sheet.getRange('A1').setNote(limit);
    const before = standIn.snapshot();
    expect(() => sheet.getRange('A2').setNote(over)).toThrow(/note contains more than the maximum of 50000/);
    expect(standIn.snapshot()).toEqual(before);
  });
});

describe('a simple trigger (AuthMode.LIMITED)', () => {
  it.each(['showSidebar', 'showModalDialog', 'showModelessDialog', 'alert'] as const)(
    'cannot call Ui.%s, which needs script.container.ui',
    (method) => {
      const { app, html, standIn } = services(PEOPLE);
      const page = html.createHtmlOutput('<p>hi</p>');
      const ui = app.getUi() as unknown as Record<string, (...a: unknown[]) => unknown>;
      expect(() => standIn.asSimpleTrigger(() => ui[method](page, 'Title'))).toThrow(
        `You do not have permission to call Ui.${method}. Required permissions: https://www.googleapis.com/auth/script.container.ui`,
      );
      expect(standIn.ui.sidebars.length + standIn.ui.dialogs.length + standIn.ui.alerts.length).toBe(0);
    },
  );

  it('can read and write the bound spreadsheet, properties, locks and toasts, and build a menu', () => {
    const { app, ss, sheet, properties, locks, standIn } = services(PEOPLE);
    standIn.asSimpleTrigger(() => {
      sheet.getRange('A2').setValue('Ada L.');
      properties.getDocumentProperties().setProperty('k', 'v');
      properties.getUserProperties().getProperty('k');
      const lock = locks.getDocumentLock();
      if (lock.tryLock(0)) lock.releaseLock();
      ss.toast('Checked');
      app.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
    });
    expect(sheet.getRange('A2').getValue()).toBe('Ada L.');
    expect(standIn.snapshot().documentProperties).toEqual({ k: 'v' });
    expect(standIn.ui.toasts).toEqual(['Checked']);
  });

  it('returns to full authorisation after the trigger, even when it throws', () => {
    const { app, html, standIn } = services(PEOPLE);
    expect(() =>
      standIn.asSimpleTrigger(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    app.getUi().showSidebar(html.createHtmlOutput('<p>hi</p>'));
    expect(standIn.ui.sidebars).toHaveLength(1);
  });
});

describe('undocumented answers, chosen by option', () => {
  it.each([
    ['as-set', ['Red', '', 'Blue', 'Red']],
    ['as-shown', ['Blue', 'Red']],
  ] as const)('getHiddenValues gives back the values %s', (hiddenValues, expected) => {
    const { app, sheet } = services(PEOPLE, { variants: { hiddenValues } });
    const filter = sheet.getRange('A1:C4').createFilter();
    filter.setColumnFilterCriteria(
      3,
      app.newFilterCriteria().setHiddenValues(['Red', '', 'Blue', 'Red']).build(),
    );
    expect(filter.getColumnFilterCriteria(3)?.getHiddenValues()).toEqual(expected);
    expect([2, 3, 4].map((r) => sheet.isRowHiddenByFilter(r))).toEqual([true, true, true]);
  });

  it.each([
    ['number', 3],
    ['text', '3'],
  ] as const)('choosing "3" from a list dropdown stores the %s', (listChoice, stored) => {
    const standIn = createStandIn(
      {
        sheets: [
          {
            name: 'Scores',
            values: [['Score'], ['']],
            validations: [{ range: 'A2', list: ['0', '1', '2', '3', '4'] }],
          },
        ],
      },
      { variants: { listChoice } },
    );
    const event = standIn.choose('Scores', 'A2', '3');
    expect(standIn.snapshot().sheets[0].values[1][0]).toBe(stored);
    expect(event.value).toBe('3');
  });

  it('refuses a choice the cell’s dropdown does not list', () => {
    const standIn = createStandIn({
      sheets: [
        { name: 'Scores', values: [['Score'], ['']], validations: [{ range: 'A2', list: ['0', '1'] }] },
      ],
    });
    expect(() => standIn.choose('Scores', 'A2', '3')).toThrow('has no dropdown listing "3"');
    expect(() => standIn.choose('Scores', 'A1', '0')).toThrow('has no dropdown listing "0"');
  });
});
