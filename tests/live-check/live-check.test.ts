// The live check's logic, run as Google would run it but on the stand-in: dist-live/Code.js in a vm.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createStandIn,
  loadAppsScript,
  type StandIn,
  type Variants,
  variantsOf,
  type WorkbookSeed,
} from '../../apps-script-standin/index';
import { NAVIGATOR_CHART_OPTIONS } from '../../live-check/chart-options';
import type { LiveCheckRow } from '../../live-check/report';
import { NAVIGATOR_TAB } from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';
import { builtFile, loadAddon, seedSpreadsheet } from '../server/addon';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SIZES = [60, 120];

let liveCode = '';
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-live-check.mjs', '--reuse-dist'], { cwd: ROOT });
  liveCode = readFileSync(`${ROOT}dist-live/Code.js`, 'utf8');
});

function scratchCopy(seed: WorkbookSeed = seedSpreadsheet()): WorkbookSeed {
  return { ...seed, name: 'Framework in Action (scratch copy)' };
}

function liveCheck(seed: WorkbookSeed, variants: Partial<Variants> = {}) {
  const standIn = createStandIn(seed, { files: { Sidebar: builtFile('Sidebar.html') }, variants });
  const { runLiveCheck } = loadAppsScript(liveCode, standIn);
  return { standIn, run: () => runLiveCheck({ rows: SIZES }) as LiveCheckRow[] };
}

function row(rows: LiveCheckRow[], check: string | RegExp): LiveCheckRow {
  const found = rows.find((r) => (typeof check === 'string' ? r.check === check : check.test(r.check)));
  if (!found) throw new Error(`no row ${check}`);
  return found;
}

describe('on a scratch copy', () => {
  let standIn: StandIn;
  let rows: LiveCheckRow[];
  let before: WorkbookSeed;
  beforeAll(() => {
    const check = liveCheck(scratchCopy());
    standIn = check.standIn;
    before = standIn.snapshot();
    rows = check.run();
  });

  it('removes every tab it made and leaves the workbook as it was', () => {
    expect(standIn.snapshot()).toEqual(before);
    expect(row(rows, 'removed what it made').answer).toBe('yes');
  });

  it('logs one table with a line per check, and no check failed', () => {
    expect(standIn.logs).toHaveLength(1);
    const [table] = standIn.logs;
    expect(table.split('\n')[0]).toBe('Framework in Action live check');
    for (const r of rows) expect(table).toContain(r.check);
    expect(rows.filter((r) => r.answer === 'FAILED')).toEqual([]);
  });

  it('asks every undocumented question of docs/platform.md', () => {
    expect(rows.map((r) => r.check)).toEqual([
      'getHiddenValues gives back setHiddenValues',
      'getSheetByName in another case',
      'insertSheet with a name taken in another case',
      "RADAR chart with the add-on's options",
      'dropdown item "3" written as a person types it',
      'a value of 50,000 / 50,001 characters',
      'an apostrophe and 50,000 characters',
      'a note of 50,001 characters',
      'full getValues at 60 rows',
      'full getRichTextValues at 60 rows',
      'sidebar page at 60 examples',
      'full getValues at 120 rows',
      'full getRichTextValues at 120 rows',
      'sidebar page at 120 examples',
      'removed what it made',
    ]);
  });

  it('reports the stand-in’s own answers to the cell and note limits', () => {
    expect(row(rows, 'a value of 50,000 / 50,001 characters').answer).toBe('accepted / refused');
    expect(row(rows, 'a value of 50,000 / 50,001 characters').detail).toMatch(/maximum of 50000 characters/);
    expect(row(rows, 'an apostrophe and 50,000 characters').answer).toBe('refused');
    expect(row(rows, 'a note of 50,001 characters').answer).toBe('refused');
    expect(row(rows, 'insertSheet with a name taken in another case').answer).toBe('refused');
  });

  it('draws the radar chart with the options it reads back', () => {
    const chart = row(rows, "RADAR chart with the add-on's options");
    expect(chart.answer).toBe('inserted');
    expect(chart.detail).toContain('vAxis={"viewWindow":{"min":0,"max":4}}');
  });

  it('measures the sidebar page built from the examples it read, larger than the empty page', () => {
    const page = row(rows, 'sidebar page at 120 examples');
    const emptyKb = Math.round(Buffer.byteLength(builtFile('Sidebar.html')) / 1024);
    expect(Number(page.answer.replace(/\D/g, ''))).toBeGreaterThan(emptyKb);
  });
});

it('refuses a spreadsheet that is not a scratch copy, and changes nothing', () => {
  const { standIn, run } = liveCheck(seedSpreadsheet());
  const before = standIn.snapshot();
  expect(run).toThrow(/only runs on a scratch copy/);
  expect(standIn.snapshot()).toEqual(before);
});

describe.each(variantsOf('hiddenValues'))('hidden values, $hiddenValues', (variants) => {
  it('names the answer Google gave', () => {
    const rows = liveCheck(scratchCopy(), variants).run();
    expect(row(rows, 'getHiddenValues gives back setHiddenValues').answer).toBe(variants.hiddenValues);
  });
});

describe.each(variantsOf('sheetNameLookup'))('tab name case, $sheetNameLookup', (variants) => {
  it('names the answer Google gave', () => {
    const rows = liveCheck(scratchCopy(), variants).run();
    expect(row(rows, 'getSheetByName in another case').answer).toBe(variants.sheetNameLookup);
  });
});

describe.each(variantsOf('listChoice'))(
  'a score chosen in the copy’s Navigator tab, $listChoice',
  (variants) => {
    it('reports the type the chosen scores hold', () => {
      const addon = loadAddon(scratchCopy(), { variants });
      addon.run.saveNavigator({
        respondent: '',
        scores: PRINCIPLES.map((p) => ({ principle: p.id, score: 0, evidence: '' })),
      });
      addon.standIn.choose(NAVIGATOR_TAB, 'D5', '3');
      const rows = liveCheck(addon.standIn.snapshot(), variants).run();
      expect(row(rows, /Navigator" tab$/).answer).toBe(variants.listChoice);
    });
  },
);

it('draws its chart with the options the add-on gives the Navigator chart', () => {
  const addon = loadAddon();
  addon.run.saveNavigator({
    respondent: '',
    scores: PRINCIPLES.map((p) => ({ principle: p.id, score: 2, evidence: '' })),
  });
  const tab = addon.standIn.snapshot().sheets.find((s) => s.name === NAVIGATOR_TAB);
  expect(tab?.charts?.[0]?.options).toMatchObject(NAVIGATOR_CHART_OPTIONS);
});

it('quotes Google’s own error text, without the error’s class name', () => {
  const rows = liveCheck(scratchCopy()).run();
  expect(row(rows, 'a value of 50,000 / 50,001 characters').detail).toBe(
    'refused: Your input contains more than the maximum of 50000 characters in a single cell.',
  );
});
