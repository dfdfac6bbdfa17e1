import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/model';
import { validateSheet } from '../../src/core/validate';
import { exampleNumberOf, nextExampleNumber } from '../../src/core/validate/example-number';
import { exampleRow, examplesTab } from './validate-grid';

function numberProblems(rows: CellValue[][]) {
  return validateSheet(examplesTab(rows)).filter((p) => p.field === 'id');
}

describe('a No.', () => {
  it('is a whole number written with digits, spaces allowed around', () => {
    expect(['7', ' 12 ', '007', '9007199254740991'].map(exampleNumberOf)).toEqual([
      7, 12, 7, 9007199254740991,
    ]);
  });

  it('is not what JavaScript would also take for a number', () => {
    for (const text of ['1e2', '0x10', '1.5', '1.0', '+3', '-3', '0', '', ' ', '1 2', 'Infinity'])
      expect(exampleNumberOf(text), text).toBeNull();
  });

  it('is not a number above 2^53, where two Nos. could read as one', () => {
    expect(exampleNumberOf('9007199254740993')).toBeNull();
  });

  it('written as 1e2 or 0x10 is a problem that says to use digits', () => {
    const problems = numberProblems([exampleRow('1e2', 'Hub', 'Leeds'), exampleRow('0x10', 'Café', 'York')]);
    expect(problems.map((p) => [p.cell, p.severity])).toEqual([
      ['A5', 'error'],
      ['A6', 'error'],
    ]);
    expect(problems[0].message).toBe(
      'No. must be a whole number written with digits only, such as 1, not "1e2".',
    );
  });

  it('above 2^53 is a problem, not a duplicate of its neighbour', () => {
    const problems = numberProblems([
      exampleRow('9007199254740992', 'Hub', 'Leeds'),
      exampleRow('9007199254740993', 'Café', 'York'),
    ]);
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem.message).toContain('too large');
      expect(problem.message).not.toContain('already used');
    }
  });

  it('written as 007 is the same No. as 7', () => {
    const problems = numberProblems([exampleRow(7, 'Hub', 'Leeds'), exampleRow('007', 'Café', 'York')]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('No. 7 is already used in row 5'),
    ]);
  });

  it('read as 0 or 1.5 from a number cell is a problem', () => {
    expect(numberProblems([exampleRow(0, 'Hub', 'Leeds')])[0].message).toContain('from 1 up');
    expect(numberProblems([exampleRow(1.5, 'Hub', 'Leeds')])[0].message).toContain('not "1.5"');
  });
});

describe('the next No.', () => {
  it('is one more than the largest, exactly, near 2^53', () => {
    expect(nextExampleNumber(['3', '9007199254740990', '12'])).toBe(9007199254740991);
  });

  it('passes over Nos. that are not whole numbers written with digits', () => {
    expect(nextExampleNumber(['1e2', '0x10', '3', '1.5', '9007199254740993'])).toBe(4);
  });
});
