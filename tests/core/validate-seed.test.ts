import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/core/read-workbook';
import { validateWorkbook } from '../../src/core/validate';
import { seedWorkbook } from './seed';

describe('what the validator says about the real seed sheet', () => {
  const problems = validateWorkbook(seedWorkbook());
  const examples = readCatalogue(seedWorkbook()).examples;
  const rowOfExample = (id: string) => examples.find((e) => e.id === id)?.row;

  it('finds no errors: every example has its No., name, council, description, type and a principle note', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('warns about the note in the column with no header beside example 1 (Kirklees), in P83', () => {
    const unlabelled = problems.filter((p) => p.field === 'other');
    expect(unlabelled.map((p) => p.cell)).toEqual([`P${rowOfExample('1')}`]);
    expect(rowOfExample('1')).toBe(83);
  });

  it('warns about HTML markup in 18 descriptions, the first in example 17 (D138)', () => {
    const markup = problems.filter((p) => p.message.includes('HTML markup'));
    expect(markup).toHaveLength(18);
    expect(markup.every((p) => p.field === 'description' && p.severity === 'warning')).toBe(true);
    expect(markup[0].cell).toBe(`D${rowOfExample('17')}`);
  });

  it('has no other problems: 19 warnings in all', () => {
    expect(problems).toHaveLength(19);
  });

  it('accepts the council "Kayleigh" (probably Keighley): no other row spells a council like it, and new councils are fine', () => {
    expect(examples.some((e) => e.council === 'Kayleigh')).toBe(true);
    expect(problems.some((p) => p.field === 'council')).toBe(false);
  });

  it('does not take Gloucester for Gloucestershire, or Cambridgeshire for Cambridgeshire and Peterborough', () => {
    const councils = new Set(examples.map((e) => e.council));
    expect([...councils]).toEqual(
      expect.arrayContaining(['Gloucester', 'Gloucestershire', 'Cambridgeshire']),
    );
    expect(problems.filter((p) => p.field === 'council')).toEqual([]);
  });
});
