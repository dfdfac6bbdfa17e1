// "Show in sheet": selects one example's row across the table, so the person sees it in the grid.

import type { SelectExampleResult } from '../core/api';
import { exampleRowRange, rangeA1 } from '../core/sheet-filter-plan';
import { readExamplesSheet } from './sheet-filter';
import { NO_TABLE_MESSAGE } from './spreadsheet';

/**
 * Activates the row of the example with this No. (the range across the table's columns) and says
 * where it is; when the No. is no longer in the sheet, says so and what to do.
 * Called by the sidebar's Explore view ("Show in sheet" on a result card).
 */
export function selectExample(id: string): SelectExampleResult {
  const found = readExamplesSheet();
  if (!found) return { found: false, message: NO_TABLE_MESSAGE };
  const wanted = String(id).trim();
  const example = found.table.examples.find((e) => e.id === wanted);
  if (!example)
    return {
      found: false,
      message: `Example No. ${wanted} is no longer in the sheet: it may have been deleted or renumbered. Choose “Refresh” at the top of the sidebar to see the examples as they are now.`,
    };
  const where = exampleRowRange(found.place, example.row);
  found.sheet.getRange(where.row, where.column, where.numRows, where.numColumns).activate();
  const sheetName = found.table.location.sheet;
  const hidden = found.sheet.isRowHiddenByFilter(example.row);
  const message = hidden
    ? `Selected row ${example.row} on the "${sheetName}" tab, but a filter hides it: choose "Show all rows" to see it.`
    : `Selected row ${example.row} on the "${sheetName}" tab.`;
  return { found: true, sheet: sheetName, row: example.row, range: rangeA1(where), message };
}
