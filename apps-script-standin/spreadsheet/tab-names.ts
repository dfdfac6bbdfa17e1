// Tab names: unique whatever their case (as Sheets keeps them), and looked up with the case rule the variant says.
import type { Variants } from '../variants';
import type { SheetModel, WorkbookModel } from './model';

/** Sheets refuses a second tab whose name differs from one it has only in case ("navigator" beside "Navigator"). */
export function tabNameTaken(
  workbook: WorkbookModel,
  name: string,
  except?: SheetModel,
): SheetModel | undefined {
  const wanted = String(name).toLowerCase();
  return workbook.sheets.find((s) => s !== except && s.name.toLowerCase() === wanted);
}

/** insertSheet(name) and setName(name) on a name already in use, in any case: Google's message. */
export function checkTabNameFree(workbook: WorkbookModel, name: string, except?: SheetModel): void {
  if (tabNameTaken(workbook, name, except))
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

/** getSheetByName: the exact name, or (one undocumented answer) the one tab whose name matches in any case. */
export function sheetNamed(
  workbook: WorkbookModel,
  name: string,
  variants: Variants,
): SheetModel | undefined {
  const exact = workbook.sheetByName(name);
  if (exact || variants.sheetNameLookup === 'exact-case') return exact;
  return tabNameTaken(workbook, name);
}
