// saveNavigator and getNavigator on the built add-on, against the stand-in seeded with the real examples.

import { describe, expect, it } from 'vitest';
import type { NavigatorInput } from '../../src/core/navigator';
import { HISTORY_TAB, NAVIGATOR_TAB } from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';
import { loadAddon, spreadsheetWithExamples } from './addon';

function input(scores: number[], respondent = '', evidence: Record<number, string> = {}): NavigatorInput {
  return {
    respondent,
    scores: PRINCIPLES.map((p, i) => ({ principle: p.id, score: scores[i], evidence: evidence[p.id] ?? '' })),
  };
}

const MINE = [3, 2, 3, 1, 3, 2, 3, 2, 4];

function sheetOf(addon: ReturnType<typeof loadAddon>, name: string) {
  const sheet = addon.standIn.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

describe('the Navigator tab after plotting', () => {
  const addon = loadAddon();
  const before = addon.standIn.snapshot();
  const result = addon.run.saveNavigator(input(MINE, 'Asha', { 4: 'We publish our risk register.' }));
  const tab = sheetOf(addon, NAVIGATOR_TAB);

  it('returns the assessment with an ISO date, its brightness and weakest principles', () => {
    expect(result.assessment.takenAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(result.assessment.brightness).toBe(0.64);
    expect(result.assessment.weakest).toEqual([4, 2, 6]);
    expect(result.sheetName).toBe(NAVIGATOR_TAB);
  });

  it('holds a row per principle with its group, prompt, score and evidence', () => {
    expect(tab.values[3].slice(0, 5)).toEqual(['Principle', 'Group', 'Prompt', 'Score (0-4)', 'Evidence']);
    expect(tab.values.slice(4, 13).map((row) => row[3])).toEqual(MINE);
    expect(tab.values[7].slice(0, 5)).toEqual([
      'Create open and transparent cultures',
      'Setting course',
      'Where could you build trust by working more openly?',
      1,
      'We publish our risk register.',
    ]);
  });

  it('computes the bearing and the North Star with live formulas over the score cells', () => {
    expect(tab.formulas?.[14][3]).toMatch(/^=IFERROR\(ROUND\(SUM\(VALUE\(D5\),.*VALUE\(D13\)\)\/COUNTA\(/);
    expect(tab.formulas?.[16][3]).toMatch(/^=IFERROR\(IF\(\(SUM\(VALUE\(D5\).*>=0.9,"Shining"/);
    expect([tab.values[14][3], tab.values[15][3], tab.values[16][3]]).toEqual([2.56, 0.64, 'Glowing']);
  });

  it('gives each score cell a 0-4 dropdown', () => {
    expect(tab.validations).toEqual([
      expect.objectContaining({ range: 'D5:D13', list: ['0', '1', '2', '3', '4'] }),
    ]);
  });

  it('has one radar chart over the principle names and scores, titled, beside the table', () => {
    expect(tab.charts).toHaveLength(1);
    expect(tab.charts?.[0]).toMatchObject({
      type: 'RADAR',
      ranges: ['A4:A13', 'D4:D13'],
      options: { title: 'Relationships Navigator: your coordinates' },
      position: { row: 4, column: 10 },
    });
  });

  it('describes the chart in words next to the table', () => {
    expect(String(tab.values[20][0])).toContain('radar chart beside this table plots the score in column D');
  });

  it('starts the history with one row, dated as people read it with the ISO time beside it', () => {
    const history = sheetOf(addon, HISTORY_TAB);
    expect(history.values).toHaveLength(2);
    expect(history.values[1].slice(0, 13)).toEqual([
      result.assessment.takenAtText,
      result.assessment.takenAt,
      'Asha',
      ...MINE,
      0.64,
    ]);
    expect(result.assessment.takenAtText).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/);
  });

  it('shows the Navigator tab, not its history, once plotted', () => {
    expect(addon.standIn.snapshot().activeSheet).toBe(NAVIGATOR_TAB);
  });

  it('adds the Navigator tab, then its history, after the tabs already there', () => {
    expect(addon.standIn.snapshot().sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      NAVIGATOR_TAB,
      HISTORY_TAB,
    ]);
  });

  it('leaves every other tab as it was, cell by cell', () => {
    const after = addon.standIn.snapshot();
    for (const sheet of before.sheets) {
      expect(after.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    }
  });

  it('recommends, for the weakest principle, the easiest examples that show it', () => {
    expect(result.recommendations.map((r) => r.principle)).toEqual([4, 2, 6]);
    expect(result.recommendations[0].examples.map((e) => e.id)).toEqual(['1', '6', '21']);
    expect(result.recommendations[0].examples[0].note).toMatch(/^Increasing democratic engagement/);
  });
});

describe('a score edited by hand in the sheet', () => {
  it('recomputes the bearing and the North Star', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE));
    addon.standIn.edit(NAVIGATOR_TAB, 'D5:D13', [[4], [4], [4], [4], [4], [4], [4], [4], [4]]);
    const tab = sheetOf(addon, NAVIGATOR_TAB);
    expect([tab.values[14][3], tab.values[15][3], tab.values[16][3]]).toEqual([4, 1, 'Shining']);
  });
});

describe('plotting a second time', () => {
  const addon = loadAddon();
  addon.run.saveNavigator(input(MINE, 'Asha'));
  const second = addon.run.saveNavigator(input([4, 4, 4, 4, 4, 4, 4, 4, 3], 'Asha'));
  const tab = sheetOf(addon, NAVIGATOR_TAB);

  it('updates the one radar chart rather than adding a second', () => {
    expect(tab.charts).toHaveLength(1);
    expect(tab.charts?.[0]).toMatchObject({ type: 'RADAR', ranges: ['A4:A13', 'D4:D13'] });
  });

  it('rewrites the table and appends a second history row', () => {
    expect(tab.values.slice(4, 13).map((row) => row[3])).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 3]);
    expect(sheetOf(addon, HISTORY_TAB).values).toHaveLength(3);
  });

  it('returns the same person’s previous assessment to draw beneath', () => {
    expect(second.previous?.scores.map((s) => s.score)).toEqual(MINE);
  });

  it('makes getNavigator return both, the latest as current', () => {
    const state = addon.run.getNavigator();
    expect(state.history).toHaveLength(2);
    expect(state.current?.scores.map((s) => s.score)).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 3]);
    expect(state.previous?.scores.map((s) => s.score)).toEqual(MINE);
    expect(state.team).toBeNull();
    expect(state.levels.map((l) => l.score)).toEqual([0, 1, 2, 3, 4]);
    expect(state.principles.map((p) => p.prompt)).toEqual(PRINCIPLES.map((p) => p.prompt));
  });
});

describe('a team of three, one after another', () => {
  const addon = loadAddon();
  addon.run.saveNavigator(input([0, 1, 2, 3, 4, 0, 1, 2, 3], 'Asha'));
  addon.run.saveNavigator(input([2, 2, 2, 2, 2, 2, 2, 2, 2], 'Ben'));
  const last = addon.run.saveNavigator(input([4, 3, 2, 1, 0, 4, 3, 2, 4], 'Cara'));
  const tab = sheetOf(addon, NAVIGATOR_TAB);

  it('shows each principle’s team average and spread beside the latest scores', () => {
    expect(tab.values[3].slice(5, 8)).toEqual(['Team average', 'Team lowest', 'Team highest']);
    expect(tab.values[4].slice(3, 8)).toEqual([4, '', 2, 0, 4]);
    expect(tab.values[12].slice(5, 8)).toEqual([3, 2, 4]);
    expect(last.team?.respondents).toEqual(['Asha', 'Ben', 'Cara']);
  });

  it('plots the team average on the one chart', () => {
    expect(tab.charts).toHaveLength(1);
    expect(tab.charts?.[0].ranges).toEqual(['A4:A13', 'F4:F13']);
    expect(String(tab.charts?.[0].options.title)).toContain('team average of 3 people');
  });

  it('keeps three history rows, one per person', () => {
    expect(
      sheetOf(addon, HISTORY_TAB)
        .values.slice(1)
        .map((row) => row[2]),
    ).toEqual(['Asha', 'Ben', 'Cara']);
  });
});

describe('refusing what cannot be plotted', () => {
  it('refuses a missing answer naming the principle, and writes nothing', () => {
    const addon = loadAddon();
    const before = addon.standIn.snapshot();
    const answers = input(MINE);
    answers.scores[6].score = null;
    expect(() => addon.run.saveNavigator(answers)).toThrow(
      'Choose a score from 0 to 4 for “Renew relationships with the voluntary sector”.',
    );
    expect(addon.standIn.snapshot().sheets).toEqual(before.sheets);
  });

  it('refuses a score outside 0 to 4', () => {
    const { run } = loadAddon();
    expect(() => run.saveNavigator(input([5, 2, 2, 2, 2, 2, 2, 2, 2]))).toThrow(
      'The score for “Shift the obstacles” must be a whole number from 0 to 4.',
    );
  });

  it('keeps evidence that starts with = as text, not a formula', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE, '=cmd', { 1: '=IMPORTXML("http://x")' }));
    const tab = sheetOf(addon, NAVIGATOR_TAB);
    expect(tab.values[4][4]).toBe('=IMPORTXML("http://x")');
    expect(tab.formulas?.[4][4] ?? '').toBe('');
    expect(addon.run.getNavigator().current?.respondent).toBe('=cmd');
  });
});

describe('a save that stops part way', () => {
  const TIMED_OUT = new Error('Service Spreadsheets timed out while accessing document.');
  const SAID =
    /^Your coordinates were not plotted\. .*the spreadsheet is as it was\. Try again in a moment\.$/;

  for (const method of [
    'Range.setValues',
    'Range.setFontWeight',
    'Sheet.insertChart',
    'Sheet.appendRow',
    'SpreadsheetApp.flush',
  ]) {
    it(`takes away the tabs it made when ${method} fails on the first plot, leaving the spreadsheet as it was`, () => {
      const addon = loadAddon();
      addon.run.saveNavigatorDraft({ respondent: 'Asha', scores: [] });
      const before = addon.standIn.snapshot();
      addon.standIn.failNext(method, TIMED_OUT);
      expect(() => addon.run.saveNavigator(input(MINE, 'Asha'))).toThrow(SAID);
      expect(addon.standIn.snapshot()).toEqual(before);
    });
  }

  for (const method of [
    'Range.setValues',
    'Range.setDataValidation',
    'Sheet.updateChart',
    'Sheet.appendRow',
    'SpreadsheetApp.flush',
  ]) {
    it(`puts the Navigator and history tabs back as they were when ${method} fails on a later plot`, () => {
      const addon = loadAddon();
      addon.run.saveNavigator(input(MINE, '=Asha', { 1: '=IMPORTXML("http://x")', 2: '007' }));
      const before = addon.standIn.snapshot();
      addon.standIn.failNext(method, TIMED_OUT);
      expect(() => addon.run.saveNavigator(input([4, 4, 4, 4, 4, 4, 4, 4, 3], 'Ben'))).toThrow(SAID);
      expect(addon.standIn.snapshot()).toEqual(before);
    });
  }

  it('goes on taking back the other steps when one cannot be taken back', () => {
    const addon = loadAddon();
    addon.standIn.failNext('Sheet.appendRow', TIMED_OUT);
    addon.standIn.failNext('Spreadsheet.deleteSheet', TIMED_OUT);
    expect(() => addon.run.saveNavigator(input(MINE))).toThrow(/could not put back everything/);
    const names = addon.standIn.snapshot().sheets.map((s) => s.name);
    expect(names).toContain(HISTORY_TAB);
    expect(names).not.toContain(NAVIGATOR_TAB);
  });

  it('plots on the next try after a failed write', () => {
    const addon = loadAddon();
    addon.standIn.failNext('Sheet.insertChart', TIMED_OUT);
    expect(() => addon.run.saveNavigator(input(MINE))).toThrow(SAID);
    expect(addon.run.saveNavigator(input(MINE)).sheetName).toBe(NAVIGATOR_TAB);
    expect(sheetOf(addon, HISTORY_TAB).values).toHaveLength(2);
  });
});

describe('the draft', () => {
  it('is kept for the person and this spreadsheet, and given back by getNavigator', () => {
    const { run } = loadAddon();
    const draft = { respondent: 'Asha', scores: [{ principle: 1 as const, score: 2, evidence: 'Started' }] };
    expect(run.saveNavigatorDraft(draft)).toEqual({ saved: true, message: '' });
    const restored = run.getNavigator().draft;
    expect(restored?.respondent).toBe('Asha');
    expect(restored?.scores[0]).toEqual({ principle: 1, score: 2, evidence: 'Started' });
    expect(restored?.scores[1]).toEqual({ principle: 2, score: null, evidence: '' });
  });

  it('fits under the 9 KB a user property may hold, saying what was shortened', () => {
    const { run } = loadAddon();
    const long = {
      respondent: '',
      scores: [{ principle: 3 as const, score: 1, evidence: 'x'.repeat(20_000) }],
    };
    const saved = run.saveNavigatorDraft(long);
    expect(saved.saved).toBe(true);
    expect(saved.message).toContain('“Develop the Covid social infrastructure”');
    expect(run.getNavigator().draft?.scores[2].evidence.length).toBeGreaterThan(7000);
  });

  it('is forgotten once the coordinates are plotted', () => {
    const { run } = loadAddon();
    run.saveNavigatorDraft({ respondent: '', scores: [] });
    run.saveNavigator(input(MINE));
    expect(run.getNavigator().draft).toBeNull();
  });
});

describe('service calls', () => {
  function callsToPlotTwice(addon: ReturnType<typeof loadAddon>) {
    addon.standIn.calls.reset();
    addon.run.saveNavigator(input(MINE, 'Asha'));
    addon.run.saveNavigator(input(MINE, 'Ben'));
    addon.run.getNavigator();
    return addon.standIn.calls.byMethod();
  }

  it('are the same for 53 examples and for 10,000', () => {
    const small = callsToPlotTwice(loadAddon());
    const large = callsToPlotTwice(loadAddon(spreadsheetWithExamples(10_000)));
    expect(large).toEqual(small);
  });

  it('write the tab with one setValues and the history with one appendRow per plot', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE));
    addon.standIn.calls.reset();
    addon.run.saveNavigator(input(MINE));
    const calls = addon.standIn.calls.byMethod();
    expect(calls['Range.setValues']).toBe(1);
    expect(calls['Sheet.appendRow']).toBe(1);
    expect(calls['Range.setValue'] ?? 0).toBe(0);
  });

  it('read the history with one getValues in getNavigator', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE));
    addon.standIn.calls.reset();
    addon.run.getNavigator();
    expect(addon.standIn.calls.byMethod()['Range.getValues']).toBe(1);
  });
});

describe('opening the Navigator from the menu', () => {
  it('adds one "Relationships Navigator" item, with no other service call in AuthMode.NONE', () => {
    const { raw, standIn } = loadAddon();
    standIn.setAuthMode('NONE');
    raw.onOpen({ authMode: 'NONE' });
    const items = standIn.ui.menus[0].items.filter(
      (i) => i !== 'separator' && i.caption === 'Relationships Navigator',
    );
    expect(items).toEqual([{ caption: 'Relationships Navigator', functionName: 'showNavigator' }]);
  });

  it('opens the sidebar at the Navigator, with the history and draft already in the page', () => {
    const { raw, run, standIn } = loadAddon();
    run.saveNavigator(input(MINE, 'Asha'));
    raw.showNavigator();
    const html = standIn.ui.sidebars[0].html;
    const json =
      /<script id="initial-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const data = JSON.parse(json);
    expect(data.view).toBe('navigator');
    expect(data.navigator.history).toHaveLength(1);
    expect(data.catalogue.examples).toHaveLength(53);
  });
});
