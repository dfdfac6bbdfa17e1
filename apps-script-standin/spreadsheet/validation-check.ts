// A strict data validation rule ("Reject the input") refusing a script's write, as Sheets does.

import type { CellValue } from '../types';
import { cellA1 } from './a1';
import { displayValue } from './cell-values';
import type { SheetModel } from './model';

/**
 * Throws Sheets' error when a value would land in a cell whose rule rejects it: a list rule with
 * allowInvalid false refuses any non-empty value not on its list. Checked for the whole grid before
 * anything is written, so a refused write leaves every cell as it was.
 */
export function checkStrictRules(
  sheet: SheetModel,
  row: number,
  column: number,
  values: readonly (readonly CellValue[])[],
  timeZone: string,
): void {
  values.forEach((cells, i) => {
    cells.forEach((value, j) => {
      const rule = sheet.cell(row + i, column + j).validation;
      if (!rule || rule.allowInvalid || value === '') return;
      if (rule.list.includes(displayValue(value, timeZone))) return;
      const cell = cellA1(row + i, column + j);
      throw new Error(
        `The data you entered in cell ${cell} violates the data validation rules set on this cell.`,
      );
    });
  });
}
