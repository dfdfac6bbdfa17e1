import { describe, expect, it } from 'vitest';
import type { CellValue, Workbook } from '../../src/core/model';
import { readCatalogue } from '../../src/core/read-workbook';
import { seedWorkbook } from './seed';

function countBy<T>(items: T[], key: (item: T) => string | number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('reading the seed export as it is', () => {
  const catalogue = readCatalogue(seedWorkbook());

  it('finds 53 examples numbered 1 to 53', () => {
    expect(catalogue.examples.map((e) => e.id)).toEqual(Array.from({ length: 53 }, (_, i) => String(i + 1)));
  });

  it('reads the types: Project 20, Strategy 14, Tactic 13, Tweak 6', () => {
    expect(countBy(catalogue.examples, (e) => e.type)).toEqual({
      Project: 20,
      Strategy: 14,
      Tactic: 13,
      Tweak: 6,
    });
  });

  it('reads each principle note into its principle', () => {
    const notes = countBy(
      catalogue.examples.flatMap((e) => e.notes),
      (n) => n.principle,
    );
    expect(notes).toEqual({ 1: 19, 2: 24, 3: 15, 4: 8, 5: 21, 6: 11, 7: 26, 8: 21, 9: 14 });
  });

  it('reads the 11 useful resources without their HTML', () => {
    expect(catalogue.resources).toHaveLength(11);
    expect(catalogue.resources[0].name).toBe('Community Power, New Local');
    expect(catalogue.resources.every((r) => !r.summary.includes('<p>'))).toBe(true);
  });

  it('warns about the note in the unlabelled column of example 1, naming its cell', () => {
    expect(catalogue.problems).toHaveLength(1);
    const [problem] = catalogue.problems;
    const first = catalogue.examples[0];
    expect(problem).toMatchObject({ severity: 'warning', row: first.row, column: 16, cell: `P${first.row}` });
    expect(problem.message).toContain('no header');
    // The list shows the cell beside the message: the message itself must not say it again.
    expect(problem.message).not.toContain(problem.cell);
  });

  it('keeps each example sheet and row', () => {
    const first = catalogue.examples[0];
    expect(first).toMatchObject({
      sheet: 'Framework in Action',
      name: 'Kirklees Democracy Commission',
      council: 'Kirklees',
    });
    expect(seedWorkbook()[0].values[first.row - 1][1]).toBe('Kirklees Democracy Commission');
  });

  it('turns HTML fragments into paragraphs of plain text', () => {
    const york = catalogue.examples.find((e) => e.id === '19');
    expect(york?.description.startsWith("Committed to ABCD as the council's core")).toBe(true);
    expect(york?.description).not.toMatch(/<\/?p>/);
    const bdGiving = catalogue.examples.find((e) => e.id === '49');
    expect(bdGiving?.description.startsWith('Established an endowment fund')).toBe(true);
  });
});

const HEADER: CellValue[] = ['No.', 'Name', 'Council', 'What did the council do?', 'Type of action'];
const PRINCIPLE_HEADERS = [
  'Shift the obstacles [1]',
  'Sustain motivation & purpose [2]',
  'Develop the Covid social infrastructure [3]',
];

function grid(values: CellValue[][]): Workbook {
  return [{ name: 'Anything', values }];
}

describe('reading the quirks of real sheets', () => {
  it('finds the table below a preamble, wherever its header row sits', () => {
    const { examples } = readCatalogue(
      grid([
        ['Welcome', ''],
        ['', ''],
        [...HEADER, ...PRINCIPLE_HEADERS],
        [7, 'Hub', 'Fife', 'Did it', 'Tweak', 'note'],
      ]),
    );
    expect(examples).toMatchObject([
      { id: '7', name: 'Hub', row: 4, notes: [{ principle: 1, text: 'note' }] },
    ]);
  });

  it('reads principle names from a second header row under a merged title', () => {
    const values: CellValue[][] = [
      [...HEADER, 'Which framework principles does this show in action?', '', ''],
      ['', '', '', '', '', ...PRINCIPLE_HEADERS],
      [1, 'A', 'B', 'C', 'Project', '', 'two', 'three'],
    ];
    expect(readCatalogue(grid(values)).examples[0].notes.map((n) => n.principle)).toEqual([2, 3]);
  });

  it('recognises principle columns by name, whatever the spacing, case or "&"', () => {
    const values: CellValue[][] = [
      [...HEADER, '  SUSTAIN MOTIVATION AND PURPOSE ', 'create open and transparent cultures'],
      [1, 'A', 'B', 'C', 'Tactic', 'x', 'y'],
    ];
    expect(readCatalogue(grid(values)).examples[0].notes.map((n) => n.principle)).toEqual([2, 4]);
  });

  it('follows reordered columns and ignores columns a council added', () => {
    const values: CellValue[][] = [
      [
        'Council',
        'Our contact',
        'Type of action',
        'Name',
        'No.',
        'What did the council do?',
        'Shift the obstacles [1]',
      ],
      ['Leeds', 'Sam', 'strategy', 'Baths', 30, 'Transferred', 'fewer forms'],
    ];
    const { examples, problems } = readCatalogue(grid(values));
    expect(examples[0]).toMatchObject({ id: '30', name: 'Baths', council: 'Leeds', type: 'Strategy' });
    expect(problems).toEqual([]);
  });

  it('passes over repeated header rows, their titles and blank rows inside the table', () => {
    const values: CellValue[][] = [
      [...HEADER, ...PRINCIPLE_HEADERS],
      [1, 'A', 'B', 'C', 'Tweak', 'n', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['', '', '', '', 'Which framework principles does this show in action?', '', '', ''],
      [...HEADER, ...PRINCIPLE_HEADERS],
      [2, 'D', 'E', 'F', 'Tactic', '', 'n', ''],
    ];
    const { examples, problems } = readCatalogue(grid(values));
    expect(examples.map((e) => [e.id, e.row])).toEqual([
      ['1', 2],
      ['2', 6],
    ]);
    expect(problems).toEqual([]);
  });

  it('decodes entities and trims stray spaces', () => {
    const values: CellValue[][] = [
      HEADER,
      [' 3 ', '  Fish &amp; chips ', 'Wigan ', '<p>One</p><p>Two &lt;3</p>', ' project '],
    ];
    expect(readCatalogue(grid(values)).examples[0]).toMatchObject({
      id: '3',
      name: 'Fish & chips',
      council: 'Wigan',
      description: 'One\n\nTwo <3',
      type: 'Project',
    });
  });

  it('keeps a type it does not know as no type, for the checks to report', () => {
    const values: CellValue[][] = [HEADER, [1, 'A', 'B', 'C', 'Tweek']];
    expect(readCatalogue(grid(values)).examples[0].type).toBe('');
  });

  it('keeps the links of anchors and of the cells', () => {
    const values: CellValue[][] = [
      HEADER,
      [1, 'A', 'B', 'See <a href="https://example.org/r">the report</a>.', 'Tweak'],
    ];
    const links = [[], [[], [{ text: 'A', url: 'https://example.org/a' }], [], [], []]];
    const { examples } = readCatalogue([{ name: 'T', values, links }]);
    expect(examples[0].description).toBe('See the report.');
    expect(examples[0].links).toEqual([
      { text: 'A', url: 'https://example.org/a' },
      { text: 'the report', url: 'https://example.org/r' },
    ]);
  });

  it("leaves out of the description the last paragraph when every line of it is one of the cell's links", () => {
    const description = 'Opened libraries.\n\nThe map\nhttps://example.org/b';
    const values: CellValue[][] = [HEADER, [1, 'A', 'B', description, 'Tweak']];
    const cellLinks = [
      { text: 'The map', url: 'https://example.org/a' },
      { text: 'https://example.org/b', url: 'https://example.org/b' },
    ];
    const { examples } = readCatalogue([{ name: 'T', values, links: [[], [[], [], [], cellLinks, []]] }]);
    expect(examples[0].description).toBe('Opened libraries.');
    expect(examples[0].links).toEqual(cellLinks);
  });

  it('keeps a last paragraph that holds more than the links, and a description that is only a link', () => {
    const link = { text: 'The map', url: 'https://example.org/a' };
    const values: CellValue[][] = [
      HEADER,
      [1, 'A', 'B', 'Opened libraries.\n\nThe map shows them', 'Tweak'],
      [2, 'C', 'D', 'The map', 'Tweak'],
    ];
    const links = [[], [[], [], [], [link], []], [[], [], [], [link], []]];
    const { examples } = readCatalogue([{ name: 'T', values, links }]);
    expect(examples.map((e) => e.description)).toEqual([
      'Opened libraries.\n\nThe map shows them',
      'The map',
    ]);
  });

  it('takes a row holding only a No. for an example, so the checks say what it lacks', () => {
    const values: CellValue[][] = [HEADER, [1, 'A', 'B', 'C', 'Tweak'], [2, '', '', '', '']];
    expect(readCatalogue(grid(values)).examples.map((e) => [e.id, e.name])).toEqual([
      ['1', 'A'],
      ['2', ''],
    ]);
  });

  it('reads a dated cell as its date, not as an object (UTC when the zone is not known)', () => {
    const values: CellValue[][] = [HEADER, [1, 'A', 'B', new Date(Date.UTC(2021, 5, 1)), 'Tweak']];
    expect(readCatalogue(grid(values)).examples[0].description).toBe('2021-06-01');
  });

  it('finds no table in a workbook without one', () => {
    const catalogue = readCatalogue(grid([['Just', 'notes']]));
    expect(catalogue.table).toBeNull();
    expect(catalogue.examples).toEqual([]);
  });
});
