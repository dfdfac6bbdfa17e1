// What people type reaches the Navigator's tabs as typed; drafts and saves keep the newest; no JSON input gets a raw error.

import { describe, expect, it } from 'vitest';
import { HISTORY_TAB, NAVIGATOR_TAB, type NavigatorInput } from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';
import { type LoadedAddon, loadAddon } from './addon';

function input(scores: number[], respondent = '', evidence: Record<number, string> = {}): NavigatorInput {
  return {
    respondent,
    scores: PRINCIPLES.map((p, i) => ({ principle: p.id, score: scores[i], evidence: evidence[p.id] ?? '' })),
  };
}

const MINE = [3, 2, 3, 1, 3, 2, 3, 2, 4];

function sheetOf(addon: LoadedAddon, name: string) {
  const sheet = addon.standIn.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d/;

describe('text a person typed, on the Navigator tab and in its history', () => {
  const typed = [
    "'=SUM(1)",
    '007',
    'TRUE',
    '1,700',
    '2024-05-01',
    '=HYPERLINK("http://x")',
    '+44 1234',
    '100%',
    "'",
  ];
  const addon = loadAddon();
  const before = addon.standIn.snapshot();
  const evidence = Object.fromEntries(PRINCIPLES.map((p, i) => [p.id, typed[i]]));
  addon.run.saveNavigator(input(MINE, '007', evidence));
  const after = addon.standIn.snapshot();

  it('is stored as exactly that text on the tab', () => {
    const tab = sheetOf(addon, NAVIGATOR_TAB);
    expect(tab.values.slice(4, 13).map((r) => r[4])).toEqual(typed);
    expect(tab.values[17][3]).toBe('007');
    expect(tab.formulas?.flat().filter((f) => f.includes('HYPERLINK'))).toEqual([]);
  });

  it('is stored as exactly that text in the history, and read back identical', () => {
    const row = sheetOf(addon, HISTORY_TAB).values[1];
    expect(row[2]).toBe('007');
    expect(row.slice(13, 22)).toEqual(typed);
    const current = addon.run.getNavigator().current;
    expect(current?.respondent).toBe('007');
    expect(current?.scores.map((s) => s.evidence)).toEqual(typed);
  });

  it('changes nothing else: every tab that was there, and the document and script stores, are as they were', () => {
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.documentProperties).toEqual(before.documentProperties);
    expect(after.scriptProperties).toEqual(before.scriptProperties);
  });
});

describe('times on the Navigator tab and in its history', () => {
  it.each(['Europe/London', 'Asia/Kolkata', 'America/New_York'])(
    'are as people read them in the spreadsheet’s time zone (%s)',
    (timeZone) => {
      const addon = loadAddon(undefined, { timeZone });
      const { assessment } = addon.run.saveNavigator(input(MINE));
      const utilities = addon.standIn.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
      const expected = utilities.formatDate(new Date(assessment.takenAt), timeZone, 'd MMM yyyy, HH:mm');
      expect(assessment.takenAtText).toBe(expected);
      expect(sheetOf(addon, NAVIGATOR_TAB).values[18][3]).toBe(expected);
      expect(sheetOf(addon, HISTORY_TAB).values[1].slice(0, 2)).toEqual([expected, assessment.takenAt]);
    },
  );

  it('never show an ISO time on the Navigator tab, and only in the sortable column of the history', () => {
    const addon = loadAddon();
    addon.run.saveNavigator(input(MINE));
    const tab = sheetOf(addon, NAVIGATOR_TAB);
    expect(tab.values.flat().filter((v) => ISO.test(String(v)))).toEqual([]);
    expect(String(tab.values[18][3])).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/);
    const history = sheetOf(addon, HISTORY_TAB).values;
    expect(history[0][1]).toBe('Taken at (UTC, sortable)');
    expect(history[1].map((v, c) => (ISO.test(String(v)) ? c : -1)).filter((c) => c >= 0)).toEqual([1]);
    expect(history[1][0]).toBe(tab.values[18][3]);
  });
});

describe('the draft, when the answers are too long for one property', () => {
  it('keeps part of every answer, the same length each, and names each one shortened', () => {
    const addon = loadAddon();
    const before = addon.standIn.snapshot();
    const long = {
      respondent: 'Asha',
      scores: PRINCIPLES.map((p) => ({ principle: p.id, score: 2, evidence: `${p.id}`.repeat(2_000) })),
    };
    const saved = addon.run.saveNavigatorDraft(long, 1);
    const kept = addon.run.getNavigator().draft?.scores.map((s) => s.evidence.length) ?? [];
    expect(kept).toHaveLength(9);
    expect(new Set(kept).size).toBe(1);
    expect(kept[0]).toBeGreaterThan(800);
    expect(addon.run.getNavigator().draft?.scores[4].evidence).toBe('5'.repeat(kept[0]));
    for (const p of PRINCIPLES) expect(saved.message).toContain(`“${p.name}”`);
    expect(saved.message).toContain(`the first ${kept[0]} characters`);
    const after = addon.standIn.snapshot();
    expect(after.sheets).toEqual(before.sheets);
    expect(Object.keys(after.userProperties ?? {})).toHaveLength(1);
  });

  it('keeps short answers whole and cuts only the longest', () => {
    const { run } = loadAddon();
    const scores = PRINCIPLES.map((p) => ({
      principle: p.id,
      score: 1,
      evidence: p.id === 9 ? 'x'.repeat(20_000) : 'short',
    }));
    const saved = run.saveNavigatorDraft({ respondent: '', scores });
    const draft = run.getNavigator().draft;
    expect(draft?.scores.slice(0, 8).map((s) => s.evidence)).toEqual(Array(8).fill('short'));
    expect(draft?.scores[8].evidence.length).toBeGreaterThan(7_000);
    expect(saved.message).toContain('“Embrace new accountabilities”');
    expect(saved.message).not.toContain('“Shift the obstacles”');
  });
});

describe('saves that land out of order', () => {
  const draft = (evidence: string) => ({
    respondent: 'Asha',
    scores: [{ principle: 1 as const, score: 1, evidence }],
  });

  it('keep the newer Navigator draft when an older one lands after it', () => {
    const { run } = loadAddon();
    expect(run.saveNavigatorDraft(draft('newer'), 2_000)).toEqual({ saved: true, message: '' });
    expect(run.saveNavigatorDraft(draft('older'), 1_000)).toEqual({ saved: false, message: '' });
    expect(run.getNavigator().draft?.scores[0].evidence).toBe('newer');
    expect(run.saveNavigatorDraft(draft('newest'), 3_000).saved).toBe(true);
    expect(run.getNavigator().draft?.scores[0].evidence).toBe('newest');
  });

  it('keep a plotted draft forgotten when a draft saved before plotting lands after it', () => {
    const { run } = loadAddon();
    run.saveNavigatorDraft(draft('typing'), 1_000);
    run.saveNavigator(input(MINE), 3_000);
    expect(run.saveNavigatorDraft(draft('late'), 2_000).saved).toBe(false);
    expect(run.getNavigator().draft).toBeNull();
    expect(run.saveNavigatorDraft(draft('next time'), 4_000).saved).toBe(true);
  });

  it('keep the newer Explore filters when an older save lands after them', () => {
    const addon = loadAddon();
    addon.run.saveExploreState({ text: 'newer' }, 2_000);
    addon.run.saveExploreState({ text: 'older' }, 1_000);
    addon.raw.showSidebar();
    const html = addon.standIn.ui.sidebars.at(-1)?.html ?? '';
    const json =
      /<script id="initial-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json).query).toEqual({ match: 'any', text: 'newer' });
  });

  it('are kept in order when the sidebar sends no sequence (an earlier version of it)', () => {
    const { run } = loadAddon();
    run.saveNavigatorDraft(draft('first'));
    run.saveNavigatorDraft(draft('second'));
    expect(run.getNavigator().draft?.scores[0].evidence).toBe('second');
  });

  it('read a draft the previous version stored, before saves carried a sequence', () => {
    const addon = loadAddon({
      ...{ sheets: [{ name: 'Sheet1', values: [] }] },
      userProperties: {
        'frameworkInAction.navigatorDraft.stand-in-spreadsheet': JSON.stringify(draft('from before')),
      },
    });
    expect(addon.run.getNavigator().draft?.scores[0].evidence).toBe('from before');
    expect(addon.run.saveNavigatorDraft(draft('now'), 1).saved).toBe(true);
  });
});

/** Every shape a JSON caller could send in place of the right one. */
const ODD_JSON: unknown[] = [
  null,
  0,
  42,
  -1.5,
  '',
  'text',
  true,
  [],
  [1, 'a', null],
  {},
  { respondent: 7, scores: 'many' },
  { respondent: 7, scores: [{ principle: 1, score: 2 }] },
  { respondent: ['a'], scores: [null, 3, 'x', { principle: '1', score: '2', evidence: 5 }] },
  { scores: PRINCIPLES.map((p) => ({ principle: p.id, score: 2, evidence: { text: 'x' } })) },
  { principles: 'all', types: {}, councils: [1, null], text: 5, match: [] },
  { name: { first: 'x' } },
];

/** A message a person can act on, not JavaScript's own words about the code. */
const RAW_ERROR =
  /is not a function|Cannot read propert|undefined|null|is not iterable|object Object|NaN|Unexpected token/;

function outcome(call: () => unknown): string {
  try {
    call();
    return '';
  } catch (error) {
    // Errors thrown inside the add-on's vm are not this realm's Error: read their message as Apps Script would.
    return String((error as { message?: unknown })?.message ?? error);
  }
}

describe('every Navigator, export, saved view and Explore entry point, given any JSON', () => {
  const addon = loadAddon();
  const calls: [string, (value: unknown) => unknown][] = [
    ['saveNavigator', (v) => addon.run.saveNavigator(v as never)],
    ['saveNavigator (sequence)', (v) => addon.run.saveNavigator(input(MINE), v as never)],
    ['saveNavigatorDraft', (v) => addon.run.saveNavigatorDraft(v as never)],
    [
      'saveNavigatorDraft (sequence)',
      (v) => addon.run.saveNavigatorDraft({ respondent: '', scores: [] }, v as never),
    ],
    ['getNavigator', () => addon.run.getNavigator()],
    ['showNavigator', () => addon.raw.showNavigator()],
    ['exportExamples (query)', (v) => addon.run.exportExamples(v as never, 'csv')],
    ['exportExamples (format)', (v) => addon.run.exportExamples({}, v as never)],
    ['exportExamples (options)', (v) => addon.run.exportExamples({}, 'markdown', v as never)],
    ['saveView (name)', (v) => addon.run.saveView(v as never, {})],
    ['saveView (query)', (v) => addon.run.saveView(`View ${JSON.stringify(v)}`.slice(0, 50), v as never)],
    ['renameView', (v) => addon.run.renameView(v as never, v as never)],
    ['deleteView', (v) => addon.run.deleteView(v as never)],
    ['listSavedViews', () => addon.run.listSavedViews()],
    ['saveExploreState', (v) => addon.run.saveExploreState(v as never)],
    ['saveExploreState (sequence)', (v) => addon.run.saveExploreState({}, v as never)],
  ];

  it.each(calls)('%s answers or says what to fix in plain words', (_name, call) => {
    const messages = ODD_JSON.map((value) => outcome(() => call(value))).filter((m) => m !== '');
    for (const message of messages) expect(message).not.toMatch(RAW_ERROR);
  });

  it('tells someone whose name arrived as a number to type it again', () => {
    expect(
      outcome(() => addon.run.saveNavigator({ respondent: 7, scores: input(MINE).scores } as never)),
    ).toBe('Your name must be text: type it again, or leave it blank.');
  });
});
