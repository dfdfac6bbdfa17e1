import { describe, expect, it } from 'vitest';
import {
  descriptionWithLinks,
  draftAsExample,
  draftFrom,
  draftRow,
  type ExampleDraft,
  nextExampleNumber,
  withoutLinkLines,
} from '../../src/core/draft';
import type { ColumnMap } from '../../src/core/model';
import { readCatalogue } from '../../src/core/read-workbook';
import { STANDARD_COLUMNS, validateDraft } from '../../src/core/validate';
import { seedWorkbook } from './seed';

const draft: ExampleDraft = {
  name: ' Warm Spaces ',
  council: 'Leeds',
  description: 'Opened libraries as warm spaces.',
  type: 'tweak',
  notes: [
    { principle: 6, text: 'Libraries as meeting places.' },
    { principle: 1, text: 'No sign-up.' },
  ],
  links: [{ text: 'Warm Spaces', url: 'https://leeds.gov.uk/warm' }],
};

describe('a draft as the sheet row', () => {
  it('puts each field in the sheet own column order, principles in their columns', () => {
    const row = draftRow(draft, STANDARD_COLUMNS, 54);
    expect(row).toEqual([
      54,
      'Warm Spaces',
      'Leeds',
      'Opened libraries as warm spaces.',
      'Tweak',
      'No sign-up.',
      '',
      '',
      '',
      '',
      'Libraries as meeting places.',
      '',
      '',
      '',
    ]);
  });

  it('follows columns a council has moved, leaving its own columns empty', () => {
    const moved: ColumnMap = {
      ...STANDARD_COLUMNS,
      name: 3,
      council: 2,
      principles: { 1: 7, 6: 8 },
      extra: [6],
      width: 8,
    };
    expect(draftRow(draft, moved, 9)).toEqual([
      9,
      'Leeds',
      'Warm Spaces',
      'Opened libraries as warm spaces.',
      'Tweak',
      '',
      'No sign-up.',
      'Libraries as meeting places.',
    ]);
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-1 day', '@all', "'quoted"])(
    'keeps "%s" as text with a leading apostrophe',
    (text) => {
      expect(draftRow({ ...draft, name: text }, STANDARD_COLUMNS, 1)[1]).toBe(`'${text}`);
    },
  );

  it('adds the links on their own lines after the description, each spanning its label', () => {
    const { text, links } = descriptionWithLinks(draft);
    expect(text).toBe('Opened libraries as warm spaces.\n\nWarm Spaces');
    expect(text.slice(links[0].start, links[0].end)).toBe('Warm Spaces');
    expect(links[0].url).toBe('https://leeds.gov.uk/warm');
  });

  it('reads the description back without the lines its links added', () => {
    const { text } = descriptionWithLinks(draft);
    expect(withoutLinkLines(text, draft.links)).toBe('Opened libraries as warm spaces.');
  });

  it('gives back the example as the reader would, notes in principle order', () => {
    const example = draftAsExample(draft, 54, 'Examples', 240);
    expect(example).toMatchObject({ id: '54', name: 'Warm Spaces', type: 'Tweak', row: 240 });
    expect(example.notes.map((n) => n.principle)).toEqual([1, 6]);
  });
});

describe('the next No.', () => {
  it('is one above the highest in use, gaps left alone', () => {
    expect(nextExampleNumber(['1', '2', '7', '', 'x'])).toBe(8);
  });

  it('is 1 for an empty table', () => {
    expect(nextExampleNumber([])).toBe(1);
  });
});

describe('a draft from whatever crossed google.script.run', () => {
  it('keeps the fields it knows and drops the rest', () => {
    expect(
      draftFrom({ name: 5, notes: [{ principle: 12, text: 'x' }, { principle: 2 }], links: 'no' }),
    ).toEqual({
      name: '5',
      council: '',
      description: '',
      type: '',
      notes: [{ principle: 2, text: '' }],
      links: [],
    });
  });
});

describe('validating a draft with the same rules as the sheet', () => {
  const catalogue = readCatalogue(seedWorkbook());
  const fields = (d: ExampleDraft) => validateDraft(d, catalogue).map((p) => p.field);

  it('finds nothing wrong with a complete new example', () => {
    expect(validateDraft(draft, catalogue)).toEqual([]);
  });

  it('asks for every required field of an empty draft, on the form (row 0)', () => {
    const problems = validateDraft(draftFrom({}), catalogue);
    expect(problems.map((p) => p.field)).toEqual(['name', 'council', 'description', 'type', 'notes']);
    expect(problems.every((p) => p.row === 0 && p.column === 0 && p.cell === '')).toBe(true);
  });

  it('suggests Tweak for "Tweek"', () => {
    const [problem] = validateDraft({ ...draft, type: 'Tweek' }, catalogue);
    expect(problem.message).toBe(
      'Type of action must be Tweak, Tactic, Project or Strategy. Did you mean Tweak?',
    );
  });

  it('asks for the note of a ticked principle, naming it', () => {
    const [problem] = validateDraft({ ...draft, notes: [{ principle: 4, text: ' ' }] }, catalogue);
    expect(problem).toMatchObject({ field: 'notes', principle: 4 });
    expect(problem.message).toBe(
      'Say how the example shows "4. Create open and transparent cultures", or untick it.',
    );
  });

  it('calls an example already in the sheet a duplicate, pointing to its row', () => {
    const [problem] = validateDraft(
      { ...draft, name: 'kirklees democracy commission', council: 'Kirklees' },
      catalogue,
    );
    expect(problem).toMatchObject({ field: 'name', severity: 'error' });
    expect(problem.message).toContain('row 83 (No. 1)');
  });

  it('warns about a council spelt nearly like one in the sheet', () => {
    const [problem] = validateDraft({ ...draft, council: 'Gatshead' }, catalogue);
    expect(problem).toMatchObject({ field: 'council', severity: 'warning' });
    expect(problem.message).toContain('Did you mean Gateshead?');
  });

  it('calls formula-like text an error', () => {
    expect(fields({ ...draft, description: '=IMPORTDATA("https://evil.example")' })).toEqual(['description']);
  });

  it('wants link addresses that start with http or https', () => {
    expect(fields({ ...draft, links: [{ text: 'x', url: 'javascript:alert(1)' }] })).toEqual(['links']);
    expect(fields({ ...draft, links: [{ text: 'Report', url: '' }] })).toEqual(['links']);
    expect(fields({ ...draft, links: [{ text: '', url: '' }] })).toEqual([]);
  });
});
