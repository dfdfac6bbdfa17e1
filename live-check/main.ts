// The live check: on a scratch copy of the sheet, asks Google each question docs/platform.md marks "undocumented".
//
// A separate bundle (scripts/build-live-check.mjs builds dist-live/), pushed by `npm run live-check` to a
// project bound to a scratch copy, never by `npm run push`. It makes its own tabs, removes them at the end
// whatever happens, and logs one table (report.ts). README, "Live check", says how to run and read it.

import seedText from '../data/framework-in-action-export.txt';
import type { SidebarPageData } from '../src/core/api';
import { workbookFromExportText } from '../src/core/export-text';
import { asCellText } from '../src/core/formula-safety';
import { isHeaderRow } from '../src/core/headers';
import type { CellValue } from '../src/core/model';
import { NAVIGATOR_TAB } from '../src/core/navigator';
import { embedPageData } from '../src/core/page-data';
import { readCatalogue } from '../src/core/read-workbook';
import { utf8Length } from '../src/core/text';
import { NAVIGATOR_CHART_OPTIONS } from './chart-options';
import { formatTable, hiddenValuesAnswer, type LiveCheckRow } from './report';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LiveCheckOptions {
  /** How many example rows to read and embed; 1,000 and 10,000 unless a test asks for fewer. */
  rows?: number[];
}

export const NOT_A_SCRATCH_COPY =
  'The live check only runs on a scratch copy: make a copy of the sheet (File > Make a copy), put "scratch" in its name, and run it there.';

const CELL_LIMIT = 50_000;

/** The tabs the check makes, all removed again by removeAll(), and the tab that was active before. */
class ScratchTabs {
  readonly #made: Sheet[] = [];
  readonly #active: Sheet;
  readonly #tabsBefore: number;
  readonly #stamp = String(Date.now());

  constructor(readonly ss: Spreadsheet) {
    this.#active = ss.getActiveSheet();
    this.#tabsBefore = ss.getNumSheets();
  }

  /** A new tab with a name nobody would type: "FIA live check <time> <what>". */
  make(what: string): Sheet {
    const sheet = this.ss.insertSheet(`FIA live check ${this.#stamp} ${what}`, this.ss.getNumSheets());
    this.#made.push(sheet);
    return sheet;
  }

  removeAll(): LiveCheckRow {
    const failures: string[] = [];
    for (const sheet of this.#made.splice(0)) {
      try {
        this.ss.deleteSheet(sheet);
      } catch (error) {
        failures.push(`${sheet.getName()}: ${message(error)}`);
      }
    }
    this.ss.setActiveSheet(this.#active);
    const tabsAfter = this.ss.getNumSheets();
    const clean = failures.length === 0 && tabsAfter === this.#tabsBefore;
    return {
      check: 'removed what it made',
      answer: clean ? 'yes' : 'NO: remove the "FIA live check" tabs by hand',
      standIn: 'yes',
      detail: `tabs before ${this.#tabsBefore}, after ${tabsAfter}${failures.length ? `; ${failures.join('; ')}` : ''}`,
    };
  }
}

/** An error's own words, whichever realm threw it (Apps Script's services or the script itself). */
function message(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

function timed<T>(work: () => T): { result: T; ms: number } {
  const start = Date.now();
  const result = work();
  return { result, ms: Date.now() - start };
}

// ---- the checks, each one or more rows ----------------------------------------------------------

function hiddenValuesEcho(tabs: ScratchTabs): LiveCheckRow[] {
  const sheet = tabs.make('filter');
  sheet.getRange(1, 1, 7, 1).setValues([['No.'], [1], [2], [''], ['3'], ['x'], [2]]);
  const set = ['2', '', '3', '2', '10'];
  const filter = sheet.getRange(1, 1, 7, 1).createFilter();
  filter.setColumnFilterCriteria(1, SpreadsheetApp.newFilterCriteria().setHiddenValues(set).build());
  const readBack = filter.getColumnFilterCriteria(1)?.getHiddenValues() ?? [];
  return [
    {
      check: 'getHiddenValues gives back setHiddenValues',
      answer: hiddenValuesAnswer(set, readBack),
      standIn: 'as-set or as-shown (option hiddenValues)',
      detail: `set ${JSON.stringify(set)}, read ${JSON.stringify(readBack)}`,
    },
  ];
}

function tabNameCase(tabs: ScratchTabs): LiveCheckRow[] {
  const sheet = tabs.make('Case');
  const name = sheet.getName();
  const found = tabs.ss.getSheetByName(name.toUpperCase());
  let insert: string;
  try {
    tabs.make('case'); // the same name but for the case of its last word
    insert = 'allowed';
  } catch (error) {
    insert = `refused: ${message(error)}`;
  }
  return [
    {
      check: 'getSheetByName in another case',
      answer: found ? 'any-case' : 'exact-case',
      standIn: 'exact-case or any-case (option sheetNameLookup)',
      detail: `asked for "${name.toUpperCase()}", found ${found ? `"${found.getName()}"` : 'nothing'}`,
    },
    {
      check: 'insertSheet with a name taken in another case',
      answer: insert.startsWith('refused') ? 'refused' : 'allowed',
      standIn: 'refused',
      detail: insert,
    },
  ];
}

function radarChart(tabs: ScratchTabs): LiveCheckRow[] {
  const sheet = tabs.make('chart');
  const rows = Array.from({ length: 9 }, (_, i) => [`Principle ${i + 1}`, (i % 5) as CellValue]);
  sheet.getRange(1, 1, 10, 2).setValues([['Principle', 'Score'], ...rows]);
  let builder = sheet
    .newChart()
    .addRange(sheet.getRange('A1:B10'))
    .setChartType(Charts.ChartType.RADAR)
    .setPosition(2, 4, 0, 0)
    .setOption('title', 'Live check: the Navigator chart');
  for (const [key, value] of Object.entries(NAVIGATOR_CHART_OPTIONS)) builder = builder.setOption(key, value);
  sheet.insertChart(builder.build());
  const [chart] = sheet.getCharts();
  const options = chart?.getOptions();
  const readBack = Object.keys(NAVIGATOR_CHART_OPTIONS).map(
    (k) => `${k}=${JSON.stringify(options?.get(k) ?? null)}`,
  );
  return [
    {
      check: "RADAR chart with the add-on's options",
      answer: chart ? 'inserted' : 'missing',
      standIn: 'inserted',
      detail: `charts on the tab ${sheet.getCharts().length}; options read back: ${readBack.join(', ')}`,
    },
  ];
}

function dropdownValueType(tabs: ScratchTabs): LiveCheckRow[] {
  const sheet = tabs.make('dropdown');
  const cell = sheet.getRange('A1');
  cell.setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList(['0', '1', '2', '3', '4'], true)
      .setAllowInvalid(false)
      .build(),
  );
  cell.setValue('3');
  const written = cell.getValue();
  const rows: LiveCheckRow[] = [
    {
      check: 'dropdown item "3" written as a person types it',
      answer: typeof written === 'number' ? 'number' : 'text',
      standIn: 'number or text (option listChoice)',
      detail: `getValue() gave ${JSON.stringify(written)} (${typeof written})`,
    },
  ];
  // Scores a person chose in a real Navigator tab, when the copy has one: the answer that matters most.
  const navigator = tabs.ss.getSheetByName(NAVIGATOR_TAB);
  if (navigator) {
    const scores = navigator
      .getRange('D5:D13')
      .getValues()
      .map((r) => r[0]);
    const kinds = scores.filter((v) => v !== '').map((v) => typeof v);
    rows.push({
      check: 'scores found in this copy\'s "Navigator" tab',
      answer: kinds.length === 0 ? 'none' : kinds.every((k) => k === 'number') ? 'number' : 'text',
      standIn: 'number or text (option listChoice)',
      detail: `D5:D13 hold ${JSON.stringify(scores)}`,
    });
  }
  return rows;
}

function tryWrite(work: () => unknown): string {
  try {
    work();
    return 'accepted';
  } catch (error) {
    return `refused: ${message(error)}`;
  }
}

function cellLimit(tabs: ScratchTabs): LiveCheckRow[] {
  const sheet = tabs.make('limit');
  const full = 'a'.repeat(CELL_LIMIT);
  const exactly = tryWrite(() => sheet.getRange('A1').setValue(full));
  const over = tryWrite(() => sheet.getRange('A2').setValue(`${full}a`));
  const apostrophe = tryWrite(() => sheet.getRange('A3').setValue(`'${full}`));
  const stored = String(sheet.getRange('A3').getValue()).length;
  const note = tryWrite(() => sheet.getRange('A4').setNote(`${full}a`));
  const noteLength = sheet.getRange('A4').getNote().length;
  return [
    {
      check: 'a value of 50,000 / 50,001 characters',
      answer: `${exactly.split(':')[0]} / ${over.split(':')[0]}`,
      standIn: 'accepted / refused',
      detail: over,
    },
    {
      check: 'an apostrophe and 50,000 characters',
      answer: apostrophe.split(':')[0],
      standIn: 'refused (counts the apostrophe)',
      detail: `${apostrophe}; the cell then holds ${stored} characters`,
    },
    {
      check: 'a note of 50,001 characters',
      answer: note.split(':')[0],
      standIn: 'refused (assumes the cell limit)',
      detail: `${note}; the note then holds ${noteLength} characters`,
    },
  ];
}

/** The seed's examples table with its example rows repeated to `count` examples, numbered on. */
function examplesGrid(count: number): CellValue[][] {
  const [tab] = workbookFromExportText(seedText);
  const header = tab.values.find((row) => isHeaderRow(row)) ?? [];
  const examples = tab.values.filter((row) => typeof row[0] === 'number');
  const width = header.length;
  const rows = Array.from({ length: count }, (_, i) => {
    const row = [...examples[i % examples.length]];
    row[0] = i + 1;
    // Written as a person's text is: a cell starting like a formula stays text, as in a council's sheet.
    return Array.from({ length: width }, (_, c) => {
      const value = row[c] ?? '';
      return typeof value === 'string' ? asCellText(value) : value;
    });
  });
  return [header, ...rows];
}

function readsAndPage(tabs: ScratchTabs, count: number): LiveCheckRow[] {
  const sheet = tabs.make(`${count} rows`);
  const grid = examplesGrid(count);
  const missing = grid.length - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  const range = sheet.getDataRange();
  const values = timed(() => range.getValues());
  const richText = timed(() => range.getRichTextValues());
  const page = timed(() => {
    const catalogue = readCatalogue([{ name: sheet.getName(), values: values.result as CellValue[][] }]);
    const data: SidebarPageData = { catalogue, view: 'explore' };
    const html = embedPageData(HtmlService.createHtmlOutputFromFile('Sidebar').getContent(), data);
    return { html, output: HtmlService.createHtmlOutput(html), examples: catalogue.examples.length };
  });
  const cells = `${grid.length} x ${grid[0].length} cells`;
  return [
    {
      check: `full getValues at ${count.toLocaleString('en-GB')} rows`,
      answer: `${values.ms} ms`,
      standIn: 'not timed (bench)',
      detail: cells,
    },
    {
      check: `full getRichTextValues at ${count.toLocaleString('en-GB')} rows`,
      answer: `${richText.ms} ms`,
      standIn: 'not timed (bench)',
      detail: cells,
    },
    {
      check: `sidebar page at ${page.result.examples.toLocaleString('en-GB')} examples`,
      answer: `${Math.round(utf8Length(page.result.html) / 1024).toLocaleString('en-GB')} KB`,
      standIn: 'no size limit',
      detail: `createHtmlOutput accepted it (${page.result.output.getContent().length} characters) in ${page.ms} ms, page built from the read above`,
    },
  ];
}

/** Runs a check; a check that throws becomes a row saying so, and the others still run. */
function safely(name: string, check: () => LiveCheckRow[]): LiveCheckRow[] {
  try {
    return check();
  } catch (error) {
    return [{ check: name, answer: 'FAILED', standIn: '', detail: message(error) }];
  }
}

/**
 * Asks Google every undocumented question in docs/platform.md on this scratch copy, removes what it made,
 * and logs one table (Extensions > Apps Script > Execution log). Run it from the Apps Script editor.
 */
export function runLiveCheck(options: LiveCheckOptions = {}): LiveCheckRow[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!/scratch/i.test(ss.getName())) throw new Error(NOT_A_SCRATCH_COPY);
  const sizes = Array.isArray(options.rows) ? options.rows : [1_000, 10_000];
  const tabs = new ScratchTabs(ss);
  const rows: LiveCheckRow[] = [];
  try {
    rows.push(...safely('hidden values', () => hiddenValuesEcho(tabs)));
    rows.push(...safely('tab names', () => tabNameCase(tabs)));
    rows.push(...safely('radar chart', () => radarChart(tabs)));
    rows.push(...safely('dropdown', () => dropdownValueType(tabs)));
    rows.push(...safely('cell limit', () => cellLimit(tabs)));
    for (const size of sizes) rows.push(...safely(`reads at ${size}`, () => readsAndPage(tabs, size)));
  } finally {
    rows.push(tabs.removeAll());
  }
  console.log(formatTable(rows));
  return rows;
}
