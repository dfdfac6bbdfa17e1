import { describe, expect, it } from 'vitest';
import {
  fitsStore,
  PROPERTY_STORE_LIMIT_BYTES,
  readQuery,
  readSavedViews,
  storedView,
  tidyViewName,
  utf8Bytes,
  viewKey,
  viewNameProblem,
} from '../../src/core/saved-views';

const views = [
  { name: 'Open data', query: { principles: [4 as const] }, savedAt: '2026-11-23T14:05:00.000Z' },
];

describe('saved view names', () => {
  it('asks for a name when it is empty', () => {
    expect(viewNameProblem(tidyViewName('   '), views)).toMatch(/^Enter a name/);
  });

  it('says when a name is too long', () => {
    expect(viewNameProblem('x'.repeat(61), views)).toMatch(/60 characters or fewer/);
    expect(viewNameProblem('x'.repeat(60), views)).toBeNull();
  });

  it('says when a name is taken, ignoring case', () => {
    expect(viewNameProblem('open DATA', views)).toBe(
      'There is already a view called "Open data". Choose another name, or delete that view first.',
    );
  });

  it('lets a view be renamed to a new spelling of its own name', () => {
    expect(viewNameProblem('Open Data', views, 'Open data')).toBeNull();
  });

  it('tidies spaces in a name', () => {
    expect(tidyViewName('  Open   data ')).toBe('Open data');
  });
});

describe('stored views', () => {
  it('reads back what was stored, sorted by name, ignoring other properties', () => {
    const properties = {
      [viewKey('b view')]: storedView({ name: 'b view', query: { types: ['Tweak'] }, savedAt: 'x' }),
      [viewKey('A view')]: storedView(views[0]),
      navigator: '{}',
    };
    expect(readSavedViews(properties).map((v) => v.name)).toEqual(['A view', 'b view']);
    expect(readSavedViews(properties)[1].query).toEqual({ match: 'any', types: ['Tweak'] });
  });

  it('passes over a value that is not JSON', () => {
    expect(readSavedViews({ [viewKey('broken')]: '{' })).toEqual([]);
  });

  it('keeps only what a query may hold', () => {
    expect(
      readQuery({
        principles: [4, 12, '3', 4],
        types: ['tweak', 'Nope'],
        councils: [1, 'Kirklees'],
        text: 'park',
        x: 1,
      }),
    ).toEqual({ match: 'any', principles: [4], types: ['Tweak'], councils: ['Kirklees'], text: 'park' });
  });

  it('knows when the store has no room left', () => {
    const full = { other: 'x'.repeat(PROPERTY_STORE_LIMIT_BYTES - 20) };
    expect(fitsStore(full, viewKey('New'), storedView({ name: 'New', query: {}, savedAt: '' }))).toBe(false);
    expect(fitsStore({}, viewKey('New'), storedView({ name: 'New', query: {}, savedAt: '' }))).toBe(true);
  });

  it('counts bytes as UTF-8 does', () => {
    expect(utf8Bytes('aé€🌱')).toBe(1 + 2 + 3 + 4);
  });
});
