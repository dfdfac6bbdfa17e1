// Synthetic workbooks for the benchmark: the seed's own rows, repeated in the real messy layout.

import type { CellValue, WorkbookSeed } from '../apps-script-standin/index';
import { workbookFromExportText } from '../src/core/export-text';
import { isHeaderRow } from '../src/core/headers';
import { readCatalogue } from '../src/core/read-workbook';
import { SEED_TEXT } from '../tests/core/seed';

/**
 * A copy of the seed whose examples tab holds `count` examples: the seed's preamble, then its own page-broken
 * body (spanning title rows, repeated header rows, blank rows, HTML in descriptions) repeated, numbered on.
 */
export function messyWorkbook(count: number): WorkbookSeed {
  const tabs = workbookFromExportText(SEED_TEXT);
  const [examplesTab] = tabs;
  const rows = examplesTab.values;
  const firstHeader = rows.findIndex(isHeaderRow);
  const preamble = rows.slice(0, firstHeader);
  const body = rows.slice(firstHeader);
  const out: CellValue[][] = [...preamble];
  let number = 0;
  for (let pass = 0; number < count; pass++) {
    for (const row of body) {
      const isExample = typeof row[0] === 'number';
      if (isExample && number >= count) break;
      const copy = [...row];
      if (isExample) {
        number++;
        copy[0] = number;
        if (pass > 0) copy[1] = `${copy[1]} (${pass + 1})`;
      }
      out.push(copy);
    }
  }
  const values = trimTrailingNonExamples(out);
  return {
    name: `Framework in Action with ${count} examples`,
    // Full to the last row at every size, so adding a row takes the same path (insert, then write) at 50 and 10,000.
    sheets: [{ name: examplesTab.name, values, maxRows: values.length }, ...tabs.slice(1)],
  };
}

/** Stop after the last example, as a sheet would end. */
function trimTrailingNonExamples(rows: CellValue[][]): CellValue[][] {
  let end = rows.length;
  while (end > 0 && typeof rows[end - 1][0] !== 'number') end--;
  return rows.slice(0, end);
}

/** How the messy layout looks, for the report: rows, header rows, blank rows, cells with HTML. */
export function layoutFigures(seed: WorkbookSeed): {
  rows: number;
  headerRows: number;
  blankRows: number;
  htmlCells: number;
} {
  const values = seed.sheets[0].values;
  const isBlank = (row: CellValue[]) => row.every((c) => String(c).trim() === '');
  return {
    rows: values.length,
    headerRows: values.filter(isHeaderRow).length,
    blankRows: values.filter(isBlank).length,
    htmlCells: values.flat().filter((c) => typeof c === 'string' && /<[a-z][^>]*>/i.test(c)).length,
  };
}

/** Cells of the example rows that hold text: the link-reading goal allows one value-object call for each. */
export function exampleTextCells(seed: WorkbookSeed): number {
  const [tab] = seed.sheets;
  const { examples } = readCatalogue([{ name: tab.name, values: tab.values }]);
  let cells = 0;
  for (const example of examples)
    for (const value of tab.values[example.row - 1])
      if (typeof value === 'string' && value.trim() !== '') cells++;
  return cells;
}
