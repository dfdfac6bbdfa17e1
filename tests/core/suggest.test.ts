import { describe, expect, it } from 'vitest';
import {
  councilSpellings,
  editDistance,
  isNearCouncil,
  suggestActionType,
  suggestCouncil,
} from '../../src/core/suggest';

describe('edit distance', () => {
  it.each([
    ['tweak', 'tweak', 0],
    ['tweek', 'tweak', 1],
    ['tatcic', 'tactic', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('puts %s and %s %i apart', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('suggesting a type of action', () => {
  it.each([
    ['Tweek', 'Tweak'],
    ['tactics', 'Tactic'],
    ['Projet', 'Project'],
    ['strat', 'Strategy'],
    ['STRATEGEY', 'Strategy'],
  ])('reads "%s" as %s', (written, meant) => {
    expect(suggestActionType(written)).toBe(meant);
  });

  it.each(['Banana', '', 'Plan'])('suggests nothing for "%s"', (written) => {
    expect(suggestActionType(written)).toBeNull();
  });
});

describe('council near-misses', () => {
  it('treats case, spacing, punctuation and "&" as the same council', () => {
    expect(isNearCouncil('Redcar & Cleveland Borough', 'redcar and cleveland  borough')).toBe(true);
  });

  it('keeps short different names apart', () => {
    expect(isNearCouncil('Bury', 'Bute')).toBe(false);
  });

  it('suggests the most used spelling of the same council', () => {
    const spellings = councilSpellings(['Newham', 'Newham', 'Newhm', 'newham']);
    expect(suggestCouncil('Newhm', spellings, 1)).toBe('Newham');
  });

  it('suggests nothing for a spelling other rows also use', () => {
    const spellings = councilSpellings(['Newham', 'Newhm', 'Newhm']);
    expect(suggestCouncil('Newhm', spellings, 1)).toBeNull();
  });

  it('suggests the sheet spelling to a draft that differs only in case', () => {
    expect(suggestCouncil('newham', councilSpellings(['Newham']))).toBe('Newham');
    expect(suggestCouncil('Newham', councilSpellings(['Newham']))).toBeNull();
  });

  it('suggests nothing for a new council', () => {
    expect(suggestCouncil('Keighley', councilSpellings(['Leeds', 'Kirklees']))).toBeNull();
  });
});
