// "Show in sheet": selects one example's own row across the table, so the person sees it in the grid.

import type { SelectExampleResult } from '../core/api';
import type { Example } from '../core/model';
import { exampleRowRange, rangeA1 } from '../core/sheet-filter-plan';
import { readExamplesSheet } from './sheet-filter';
import { NO_TABLE_MESSAGE } from './spreadsheet';

const REOPEN = 'Choose “Refresh” at the top of the sidebar to see the examples as they are now.';

/**
 * Activates the row of this example (the range across the table's columns) and says where it is. The
 * row the sidebar saw tells apart examples that share a No. (or have none); when the example is no
 * longer where it was, the one example with that No. is taken, and otherwise the person is told.
 * Called by the sidebar's Explore view ("Show in sheet" on a result card).
 */
export function selectExample(id: string, row?: number): SelectExampleResult {
  if ((typeof id !== 'string' && typeof id !== 'number') || (row != null && !Number.isInteger(row)))
    return { found: false, message: `The add-on could not tell which example to show. ${REOPEN}` };
  const found = readExamplesSheet();
  if (!found) return { found: false, message: NO_TABLE_MESSAGE };
  const wanted = String(id).trim();
  const example = pick(found.table.examples, wanted, row ?? undefined);
  if (typeof example === 'string') return { found: false, message: example };
  const where = exampleRowRange(found.place, example.row);
  found.sheet.getRange(where.row, where.column, where.numRows, where.numColumns).activate();
  const sheetName = found.table.location.sheet;
  const hidden = found.sheet.isRowHiddenByFilter(example.row);
  const message = hidden
    ? `Selected row ${example.row} on the "${sheetName}" tab, but a filter hides it: choose "Show all rows" to see it.`
    : `Selected row ${example.row} on the "${sheetName}" tab.`;
  return { found: true, sheet: sheetName, row: example.row, range: rangeA1(where), message };
}

/** The example itself, or what to tell the person when it cannot be told apart or is gone. */
function pick(examples: readonly Example[], id: string, row: number | undefined): Example | string {
  const same = examples.filter((e) => e.id.trim() === id);
  const atRow = same.find((e) => e.row === row);
  if (atRow) return atRow;
  const named = id === '' ? 'The example with no No.' : `Example No. ${id}`;
  if (same.length === 1 && id !== '') return same[0];
  if (same.length > 1) {
    const rows = `${same.length} examples have ${id === '' ? 'no No.' : 'that No.'} (rows ${same.map((e) => e.row).join(', ')})`;
    return row === undefined
      ? `${rows}, so the add-on cannot tell which one you meant. Find the one you want on the Explore tab and choose "Show in sheet" there.`
      : `${named} is no longer on the row the add-on last saw, and ${rows.replace(' have ', ' now have ')}, so the add-on cannot tell which one you meant. ${REOPEN}`;
  }
  return `${named} is no longer in the sheet: it may have been deleted or renumbered. ${REOPEN}`;
}
