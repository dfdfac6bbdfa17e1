// Developer metadata on tabs: added, found by key across the spreadsheet, gone with its tab, kept in snapshots.
import { describe, expect, it } from 'vitest';
import { createStandIn } from '../../apps-script-standin/index';
import { PEOPLE, services } from './helpers';

describe('developer metadata on a tab', () => {
  it('is read back with its key, value, document visibility and the tab as its location', () => {
    const { app, sheet } = services(PEOPLE);
    expect(sheet.addDeveloperMetadata('owner', 'add-on')).toBe(sheet);
    const [entry] = sheet.getDeveloperMetadata();
    if (!entry) throw new Error('no metadata');
    expect(entry.getKey()).toBe('owner');
    expect(entry.getValue()).toBe('add-on');
    expect(entry.getVisibility()).toBe(app.DeveloperMetadataVisibility.DOCUMENT);
    expect(entry.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SHEET);
    expect(entry.getLocation().getSheet()?.getName()).toBe('Data');
  });

  it('has a null value when added with a key alone, and takes a visibility in place of a value', () => {
    const { app, sheet } = services();
    sheet.addDeveloperMetadata('plain');
    sheet.addDeveloperMetadata('private', app.DeveloperMetadataVisibility.PROJECT);
    const [plain, hidden] = sheet.getDeveloperMetadata();
    expect(plain.getValue()).toBeNull();
    expect(hidden.getValue()).toBeNull();
    expect(hidden.getVisibility()).toBe('PROJECT');
  });

  it('gives every entry its own id', () => {
    const { ss, sheet } = services();
    sheet.addDeveloperMetadata('a', '1');
    ss.insertSheet('Other').addDeveloperMetadata('a', '2');
    const ids = ss
      .createDeveloperMetadataFinder()
      .find()
      .map((m) => m.getId());
    expect(new Set(ids).size).toBe(2);
  });

  it('is found across every tab by key and value, in tab order, and not on a tab of the same name made by hand', () => {
    const { ss, sheet } = services();
    const ours = ss.insertSheet('Navigator');
    ours.addDeveloperMetadata('role', 'navigator');
    sheet.addDeveloperMetadata('role', 'other');
    ss.insertSheet('navigator copy');
    const found = ss.createDeveloperMetadataFinder().withKey('role').withValue('navigator').find();
    expect(found.map((m) => m.getLocation().getSheet()?.getName())).toEqual(['Navigator']);
    expect(
      ss
        .createDeveloperMetadataFinder()
        .withKey('role')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['other', 'navigator']);
    expect(ss.createDeveloperMetadataFinder().withKey('nobody').find()).toEqual([]);
  });

  it('is searched on one tab only by the tab’s own finder', () => {
    const { ss, sheet } = services();
    sheet.addDeveloperMetadata('role', 'data');
    ss.insertSheet('Other').addDeveloperMetadata('role', 'other');
    expect(
      sheet
        .createDeveloperMetadataFinder()
        .withKey('role')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['data']);
  });

  it('changes value and goes away when removed', () => {
    const { sheet } = services();
    sheet.addDeveloperMetadata('role', 'a');
    sheet.getDeveloperMetadata()[0].setValue('b');
    expect(sheet.getDeveloperMetadata()[0].getValue()).toBe('b');
    sheet.getDeveloperMetadata()[0].remove();
    expect(sheet.getDeveloperMetadata()).toEqual([]);
  });

  it('goes with its tab when the tab is deleted', () => {
    const { ss } = services();
    const tab = ss.insertSheet('Temporary');
    tab.addDeveloperMetadata('role', 'temporary');
    ss.deleteSheet(tab);
    expect(ss.createDeveloperMetadataFinder().withKey('role').find()).toEqual([]);
  });

  it('refuses a call whose key is not text', () => {
    const { sheet } = services();
    expect(() => sheet.addDeveloperMetadata(3 as unknown as string)).toThrow(
      /don't match the method signature/,
    );
  });

  it('is in the snapshot and comes back from a seed', () => {
    const { standIn, sheet } = services();
    sheet.addDeveloperMetadata('role', 'navigator');
    const snapshot = standIn.snapshot();
    expect(snapshot.sheets[0].developerMetadata).toEqual([
      { key: 'role', value: 'navigator', visibility: 'DOCUMENT' },
    ]);
    const again = createStandIn(JSON.parse(JSON.stringify(snapshot)));
    const app = again.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const found = app.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey('role').find();
    expect(found.map((m) => m.getValue())).toEqual(['navigator']);
  });

  it('counts each call as a service call', () => {
    const { standIn, ss } = services();
    ss.createDeveloperMetadataFinder().withKey('role').find();
    expect(standIn.calls.byMethod()).toMatchObject({
      'Spreadsheet.createDeveloperMetadataFinder': 1,
      'DeveloperMetadataFinder.find': 1,
    });
  });
});
