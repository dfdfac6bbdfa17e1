import { describe, expect, it } from 'vitest';
import {
  PROPERTY_STORE_LIMIT_BYTES,
  STORE_FULL_MESSAGE,
  VIEW_TOO_LARGE_MESSAGE,
  viewKey,
} from '../../src/core/saved-views';
import { loadAddon, seedSpreadsheet } from './addon';

const OPEN_DATA = { principles: [4 as const], match: 'any' as const };

function documentProperties(addon: ReturnType<typeof loadAddon>): GoogleAppsScript.Properties.Properties {
  const service = addon.standIn.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  return service.getDocumentProperties();
}

describe('saved views', () => {
  it('saves the current filter under a name, in the document, for everyone', () => {
    const addon = loadAddon();
    const result = addon.run.saveView('  Open   data ', OPEN_DATA);
    expect(result).toMatchObject({ ok: true, message: 'Saved the view "Open data".' });
    expect(addon.run.listSavedViews()).toEqual([
      { name: 'Open data', query: OPEN_DATA, savedAt: expect.any(String) },
    ]);
    expect(documentProperties(addon).getProperty(viewKey('Open data'))).not.toBeNull();
  });

  it('says when the name is taken, and keeps the view that has it', () => {
    const addon = loadAddon();
    addon.run.saveView('Open data', OPEN_DATA);
    const result = addon.run.saveView('open data', { types: ['Tweak'] });
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      'There is already a view called "Open data". Choose another name, or delete that view first.',
    );
    expect(addon.run.listSavedViews().map((v) => v.query)).toEqual([OPEN_DATA]);
  });

  it('asks for a name when none is given', () => {
    expect(loadAddon().run.saveView('   ', OPEN_DATA)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Enter a name/),
    });
  });

  it('says when the store is full, and writes nothing', () => {
    const seed = seedSpreadsheet();
    // Filled to within 100 bytes of the 500 KB quota, as other features and views might leave it.
    const fill: Record<string, string> = {};
    let room = PROPERTY_STORE_LIMIT_BYTES - 100;
    for (let i = 0; room > 0; i++) {
      const key = `filler${i}`;
      const value = 'x'.repeat(Math.min(9000, room - key.length));
      fill[key] = value;
      room -= key.length + value.length;
    }
    seed.documentProperties = fill;
    const addon = loadAddon(seed);
    const before = documentProperties(addon).getKeys().length;
    const result = addon.run.saveView('Open data', { ...OPEN_DATA, text: 'y'.repeat(400) });
    expect(result).toMatchObject({ ok: false, message: STORE_FULL_MESSAGE });
    expect(documentProperties(addon).getKeys()).toHaveLength(before);
  });

  it('renames a view, keeping its filter', () => {
    const addon = loadAddon();
    addon.run.saveView('Open data', OPEN_DATA);
    const result = addon.run.renameView('Open data', 'Trust and openness');
    expect(result).toMatchObject({ ok: true, message: 'Renamed "Open data" to "Trust and openness".' });
    expect(addon.run.listSavedViews()).toEqual([
      { name: 'Trust and openness', query: OPEN_DATA, savedAt: expect.any(String) },
    ]);
  });

  it('will not rename a view to a name another view has', () => {
    const addon = loadAddon();
    addon.run.saveView('Open data', OPEN_DATA);
    addon.run.saveView('Tweaks', { types: ['Tweak'] });
    expect(addon.run.renameView('Tweaks', 'OPEN DATA')).toMatchObject({ ok: false });
    expect(addon.run.listSavedViews().map((v) => v.name)).toEqual(['Open data', 'Tweaks']);
  });

  it('deletes a view, and says so when it is already gone', () => {
    const addon = loadAddon();
    addon.run.saveView('Open data', OPEN_DATA);
    expect(addon.run.deleteView('Open data')).toMatchObject({ ok: true, views: [] });
    expect(addon.run.deleteView('Open data')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no saved view called "Open data"/),
    });
  });

  it('keeps only a clean query, whatever the sidebar sends', () => {
    const addon = loadAddon();
    addon.run.saveView('Odd', { principles: [4, 99], types: ['Nope'], text: 'park' } as never);
    expect(addon.run.listSavedViews()[0].query).toEqual({ match: 'any', principles: [4], text: 'park' });
  });

  it('says to try again while someone else is changing the views', () => {
    const addon = loadAddon();
    const release = addon.standIn.holdLock('document');
    expect(addon.run.saveView('Open data', OPEN_DATA)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Try again/),
    });
    release();
    expect(addon.run.listSavedViews()).toEqual([]);
  });
});

describe('a view too large for one property value', () => {
  it('says the view itself is too large, not that the store is full, and saves nothing', () => {
    const addon = loadAddon();
    const before = addon.standIn.snapshot();
    const councils = Array.from(
      { length: 200 },
      (_, i) => `The Royal Borough of Somewhere Quite Long Indeed, North and South ${i}`,
    );
    const result = addon.run.saveView('Every council', { councils });
    expect(result.ok).toBe(false);
    expect(result.message).toBe(VIEW_TOO_LARGE_MESSAGE);
    expect(result.message).not.toBe(STORE_FULL_MESSAGE);
    expect(addon.standIn.snapshot()).toEqual(before);
  });
});
