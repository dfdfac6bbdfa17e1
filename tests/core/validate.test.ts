import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/model';
import { validateSheet } from '../../src/core/validate';
import { exampleRow, examplesTab, HEADER, PRINCIPLE_HEADER, rowOf } from './validate-grid';

function problemsFor(rows: CellValue[][]) {
  return validateSheet(examplesTab(rows));
}

describe('validating example rows in the sheet', () => {
  it('finds nothing wrong with complete, distinct examples', () => {
    expect(problemsFor([exampleRow(1, 'Hub', 'Leeds'), exampleRow(2, 'Café', 'York')])).toEqual([]);
  });

  it('asks for each missing required field, naming its cell', () => {
    const problems = problemsFor([exampleRow(1, '', '', { 4: '', 5: '' })]);
    expect(problems.map((p) => [p.cell, p.field, p.severity])).toEqual([
      ['B5', 'name', 'error'],
      ['C5', 'council', 'error'],
      ['D5', 'description', 'error'],
      ['E5', 'type', 'error'],
    ]);
    expect(problems[0].message).toBe("Enter the example's name.");
  });

  it('suggests Tweak for "Tweek" in plain words', () => {
    const [problem] = problemsFor([exampleRow(1, 'Hub', 'Leeds', { 5: 'Tweek' })]);
    expect(problem).toMatchObject({ cell: 'E5', field: 'type', severity: 'error' });
    expect(problem.message).toBe(
      'Type of action must be Tweak, Tactic, Project or Strategy. Did you mean Tweak?',
    );
  });

  it('offers no suggestion for a type nothing like the four', () => {
    const [problem] = problemsFor([exampleRow(1, 'Hub', 'Leeds', { 5: 'Banana' })]);
    expect(problem.message).toBe('Type of action must be Tweak, Tactic, Project or Strategy.');
  });

  it('accepts a type in any case with stray spaces', () => {
    expect(problemsFor([exampleRow(1, 'Hub', 'Leeds', { 5: '  strategy ' })])).toEqual([]);
  });

  it('needs at least one principle note, placed on the first principle column', () => {
    const [problem] = problemsFor([exampleRow(1, 'Hub', 'Leeds', { 6: '' })]);
    expect(problem).toMatchObject({ cell: 'F5', field: 'notes', severity: 'error' });
    expect(problem.message).toContain('at least one principle');
  });

  it('counts a note under any principle column as the claim', () => {
    expect(problemsFor([exampleRow(1, 'Hub', 'Leeds', { 6: '', 14: 'Reports to the public.' })])).toEqual([]);
  });

  it('asks for a missing No. with the next free number', () => {
    const problems = problemsFor([exampleRow(7, 'Hub', 'Leeds'), exampleRow('', 'Café', 'York')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ cell: 'A6', field: 'id', severity: 'error' });
    expect(problems[0].message).toBe('No. is missing. Give this example the next free number, 8.');
  });

  it('wants No. to be a whole number', () => {
    const [problem] = problemsFor([exampleRow(2.5, 'Hub', 'Leeds')]);
    expect(problem.message).toContain('must be a whole number');
    expect(problemsFor([exampleRow('12a', 'Hub', 'Leeds')])[0].message).toContain('not "12a"');
  });

  it('flags a No. already used by an earlier row, pointing to it', () => {
    const problems = problemsFor([exampleRow(3, 'Hub', 'Leeds'), exampleRow(3, 'Café', 'York')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ cell: 'A6', field: 'id' });
    expect(problems[0].message).toContain(`already used in row ${rowOf(0)} (Hub)`);
    expect(problems[0].message).toContain('next free number, 4');
  });

  it('flags the same name and council written differently as a duplicate of the earlier row', () => {
    const problems = problemsFor([
      exampleRow(1, 'Community Hub', 'Leeds'),
      exampleRow(2, ' community  hub!', 'LEEDS'),
    ]);
    const duplicate = problems.find((p) => p.field === 'name');
    expect(duplicate).toMatchObject({ cell: 'B6', severity: 'error' });
    expect(duplicate?.message).toContain(`in row ${rowOf(0)} (No. 1)`);
  });

  it('lets two councils share an example name', () => {
    expect(
      problemsFor([exampleRow(1, 'Community Hub', 'Leeds'), exampleRow(2, 'Community Hub', 'York')]),
    ).toEqual([]);
  });

  describe('council spellings', () => {
    const leeds = (id: number, council: string) => exampleRow(id, `Example ${id}`, council);

    it.each([
      ['a different case', 'leeds', 'Leeds'],
      ['a space missing', 'Barking andDagenham', 'Barking and Dagenham'],
      ['"&" for "and"', 'Barking & Dagenham', 'Barking and Dagenham'],
      ['a letter missing', 'Gatehead', 'Gateshead'],
      ['two letters swapped', 'Gatesehad', 'Gateshead'],
    ])('warns about %s and suggests the spelling in use', (_case, written, inUse) => {
      const problems = problemsFor([leeds(1, inUse), leeds(2, inUse), leeds(3, written)]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ cell: 'C7', field: 'council', severity: 'warning' });
      expect(problems[0].message).toContain(`Did you mean ${inUse}?`);
    });

    it('accepts a genuinely new council', () => {
      expect(problemsFor([leeds(1, 'Leeds'), leeds(2, 'Gloucester'), leeds(3, 'Gloucestershire')])).toEqual(
        [],
      );
    });

    it('does not take short names a letter apart for the same council', () => {
      expect(problemsFor([leeds(1, 'Bury'), leeds(2, 'Bute')])).toEqual([]);
    });
  });

  describe('cell contents', () => {
    it.each(['=IMPORTXML("x")', '+44 123', '-minus', '@mention'])(
      'calls "%s" formula-like text an error',
      (text) => {
        const [problem] = problemsFor([exampleRow(1, text, 'Leeds')]);
        expect(problem).toMatchObject({ cell: 'B5', field: 'name', severity: 'error' });
        expect(problem.message).toContain('would read it as a formula');
      },
    );

    it('warns about HTML markup, saying it is shown as text', () => {
      const [problem] = problemsFor([exampleRow(1, 'Hub', 'Leeds', { 4: '<p>Opened a hub.</p>' })]);
      expect(problem).toMatchObject({ cell: 'D5', field: 'description', severity: 'warning' });
    });

    it('calls a cell over 50,000 characters an error', () => {
      const [problem] = problemsFor([exampleRow(1, 'Hub', 'Leeds', { 4: 'a'.repeat(50_001) })]);
      expect(problem).toMatchObject({ cell: 'D5', severity: 'error' });
      expect(problem.message).toContain('50,001 characters');
    });

    it('accepts a cell of exactly 50,000 characters', () => {
      expect(problemsFor([exampleRow(1, 'Hub', 'Leeds', { 4: 'a'.repeat(50_000) })])).toEqual([]);
    });

    it('names the principle of a note with a problem', () => {
      const [problem] = problemsFor([exampleRow(1, 'Hub', 'Leeds', { 7: '=1+1' })]);
      expect(problem).toMatchObject({ cell: 'G5', field: 'notes', principle: 2 });
    });

    it('warns about a value in a column with no header', () => {
      const [problem] = problemsFor([exampleRow(1, 'Hub', 'Leeds', { 16: 'A stray note' })]);
      expect(problem).toMatchObject({ cell: 'P5', field: 'other', severity: 'warning' });
    });
  });

  describe('links', () => {
    it('accepts http and https links', () => {
      const html = '<a href="https://leeds.gov.uk/hub">hub</a> and <a href="http://example.org">more</a>';
      expect(
        problemsFor([exampleRow(1, 'Hub', 'Leeds', { 4: html })]).filter((p) => p.severity === 'error'),
      ).toEqual([]);
    });

    it.each(['javascript:alert(1)', 'mailto:hub@leeds.gov.uk', 'ftp://files.leeds.gov.uk'])(
      'calls a %s link an error',
      (url) => {
        const tab = examplesTab([exampleRow(1, 'Hub', 'Leeds')]);
        tab.links = [];
        tab.links[4] = [[], [{ text: 'Hub', url }]];
        const [problem] = validateSheet(tab);
        expect(problem).toMatchObject({ cell: 'B5', field: 'name', severity: 'error' });
        expect(problem.message).toContain('starting with https:// or http://');
      },
    );
  });

  describe('rows that are not examples', () => {
    it('never judges the preamble, blank rows or repeated headers', () => {
      const rows = [
        exampleRow(1, 'Hub', 'Leeds'),
        [''],
        ['Section two'],
        HEADER,
        PRINCIPLE_HEADER,
        exampleRow(2, 'Café', 'York'),
      ];
      expect(problemsFor(rows)).toEqual([]);
    });

    it('finds nothing in a tab without the examples headers', () => {
      expect(
        validateSheet({
          name: 'Notes',
          values: [
            ['=x', 'Tweek'],
            ['<p>', ''],
          ],
        }),
      ).toEqual([]);
    });

    it('follows a repeated header that moves the columns', () => {
      const moved: CellValue[] = [
        'No.',
        'Council',
        'Name',
        'What did the council do?',
        'Type of action',
        'Shift the obstacles [1]',
      ];
      const rows = [
        exampleRow(1, 'Hub', 'Leeds'),
        moved,
        [2, 'York', 'Café', 'Opened a café.', 'Tweek', 'Less forms.'],
      ];
      const [problem] = problemsFor(rows);
      expect(problem).toMatchObject({ cell: 'E7', field: 'type' });
    });
  });

  it('reports only the rows asked for, still comparing with the whole table', () => {
    const tab = examplesTab([exampleRow(1, 'Hub', 'Leeds', { 5: 'Tweek' }), exampleRow(1, 'Café', 'York')]);
    const problems = validateSheet(tab, new Set([rowOf(1)]));
    expect(problems.map((p) => p.cell)).toEqual(['A6']);
  });
});
