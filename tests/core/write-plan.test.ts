import { describe, expect, it } from 'vitest';
import { draftFrom, joinNotes } from '../../src/core/draft';
import { STANDARD_COLUMNS } from '../../src/core/validate';
import {
  isExampleRow,
  isFreeRow,
  isOwnTypeRule,
  missingColumns,
  type RuleInfo,
  refusal,
  rowRuns,
  TYPE_HELP_TEXT,
} from '../../src/core/write-plan';

const draft = draftFrom({
  name: 'Warm Spaces',
  council: 'Leeds',
  description: 'Opened libraries.',
  type: 'tweak',
  notes: [{ principle: 2, text: 'Meeting places.' }],
  links: [],
});

const ownRule: RuleInfo = {
  criteria: 'VALUE_IN_LIST',
  values: [['Tweak', 'Tactic', 'Project', 'Strategy'], true],
  allowInvalid: true,
  helpText: TYPE_HELP_TEXT,
};

describe('isExampleRow', () => {
  it('is an example with a No., a name, a council or a description', () => {
    expect(isExampleRow([54, '', '', ''], STANDARD_COLUMNS)).toBe(true);
    expect(isExampleRow(['', '', '', 'Did it.'], STANDARD_COLUMNS)).toBe(true);
  });

  it('is not one with only a checkbox, a type or a note', () => {
    const cells = ['', '', '', '', 'Tweak', 'A note', '', '', '', '', '', '', '', '', false];
    expect(isExampleRow(cells, { ...STANDARD_COLUMNS, extra: [15], width: 15 })).toBe(false);
  });
});

describe('rowRuns', () => {
  it('writes the standard columns as one run, text with a leading apostrophe and the No. as a number', () => {
    const runs = rowRuns({ ...draft, name: '007' }, STANDARD_COLUMNS, 54);
    expect(runs).toHaveLength(1);
    expect(runs[0].column).toBe(1);
    expect(runs[0].values.slice(0, 6)).toEqual([54, "'007", "'Leeds", "'Opened libraries.", "'Tweak", '']);
    expect(runs[0].values[6]).toBe("'Meeting places.");
  });

  it("splits around a council's own column", () => {
    const columns = {
      ...STANDARD_COLUMNS,
      council: 4,
      description: 5,
      type: 6,
      principles: { 2: 7 },
      extra: [3],
      width: 7,
    };
    expect(rowRuns(draft, columns, 1).map((r) => [r.column, r.values.length])).toEqual([
      [1, 2],
      [4, 4],
    ]);
  });
});

describe('isFreeRow', () => {
  it("is free with a council's checkbox or formula in its own column", () => {
    const columns = { ...STANDARD_COLUMNS, extra: [15], width: 15 };
    const formulas = Array.from({ length: 15 }, (_, c) => (c === 14 ? '=ROW()' : ''));
    expect(
      isFreeRow(
        Array.from({ length: 15 }, (_, c) => (c === 14 ? false : '')),
        formulas,
        columns,
      ),
    ).toBe(true);
  });

  it('is not free with a value or a formula in a table column', () => {
    expect(isFreeRow(['', '', '', '', '', 'Contacts'], [], STANDARD_COLUMNS)).toBe(false);
    expect(isFreeRow([], ['=1+1'], STANDARD_COLUMNS)).toBe(false);
  });
});

describe('missingColumns', () => {
  it('names No. and the columns of the fields and principles the draft fills', () => {
    const columns = { ...STANDARD_COLUMNS, id: 0, council: 0, principles: { 1: 6 } };
    expect(missingColumns(draft, columns).map((m) => m.header)).toEqual([
      'No.',
      'Council',
      'Sustain motivation & purpose [2]',
    ]);
  });
});

describe('Type rules', () => {
  it('knows its own rule by its list and help text', () => {
    expect(isOwnTypeRule(ownRule)).toBe(true);
    expect(isOwnTypeRule({ ...ownRule, helpText: 'Choose one' })).toBe(false);
    expect(
      isOwnTypeRule({ ...ownRule, values: [['Tweak', 'Tactic', 'Project', 'Strategy', 'Pilot'], true] }),
    ).toBe(false);
    expect(isOwnTypeRule({ ...ownRule, allowInvalid: false })).toBe(false);
  });
});

describe('refusal', () => {
  const strict: RuleInfo = {
    criteria: 'VALUE_IN_LIST',
    values: [['York', 'Leeds City Council']],
    allowInvalid: false,
    helpText: '',
  };

  it('refuses text a strict list does not hold, saying what it allows', () => {
    expect(refusal(strict, 'Leeds', 3)).toEqual({ column: 3, allowed: 'one of: York, Leeds City Council' });
    expect(refusal(strict, 'York', 3)).toBeNull();
  });

  it('lets anything through a rule that only warns, and empty cells through any rule', () => {
    expect(refusal({ ...strict, allowInvalid: true }, 'Leeds', 3)).toBeNull();
    expect(refusal(strict, '', 3)).toBeNull();
  });

  it('refuses under a strict rule of a kind it cannot judge, rather than fail part way', () => {
    expect(
      refusal({ ...strict, criteria: 'CUSTOM_FORMULA', values: ['=LEN(C2)<5'] }, 'Leeds', 3)?.allowed,
    ).toContain('cannot check');
  });
});

describe('joinNotes', () => {
  it('joins two notes for one principle, each on its own line', () => {
    expect(
      joinNotes([
        { principle: 1, text: 'One.' },
        { principle: 3, text: 'Three.' },
        { principle: 1, text: ' Two. ' },
        { principle: 1, text: '' },
      ]),
    ).toEqual([
      { principle: 1, text: 'One.\nTwo.' },
      { principle: 3, text: 'Three.' },
    ]);
  });
});
