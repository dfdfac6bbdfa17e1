// Keeping the sidebar in step with the sheet: onEdit's stamp, and a cheap check whether the sheet changed.

import type { CatalogueUpdate, CatalogueWithVersion } from '../core/api';
import type { CellValue, TableLocation } from '../core/model';
import { readCatalogue } from '../core/read-workbook';
import { sheetVersion, workbookVersion } from '../core/sheet-version';
import { activeSpreadsheet, readWorkbook } from './spreadsheet';

const EDIT_STAMP_KEY = 'frameworkInAction.editStamp';
/** Apps Script's longest cache life: an expired stamp reads as '', which only costs one needless refresh. */
const SIX_HOURS = 21600;

/**
 * The document cache, shared by everyone using this spreadsheet (so one person's edit reaches another's
 * sidebar), and cheaper than document properties for a value written on every edit; null outside a document.
 */
function documentCache(): GoogleAppsScript.Cache.Cache | null {
  return CacheService.getDocumentCache();
}

/** The stamp the last edit left, or '' when none is kept. */
function editStamp(): string {
  return documentCache()?.get(EDIT_STAMP_KEY) ?? '';
}

/**
 * Leaves a new stamp for the sidebar's check. onEdit calls it first, for every edit on any tab: one
 * cache write. When Sheets runs onEdit without authorisation, the write fails, and the edit must still be
 * checked, so the failure is swallowed: the check's own reading of the No. column still sees sorts and
 * inserted or deleted rows, and "Refresh" or any export reads everything again.
 */
export function noteSheetEdit(): void {
  try {
    const stamp = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
    documentCache()?.put(EDIT_STAMP_KEY, stamp, SIX_HOURS);
  } catch {
    // See above: the check stays right, only less quick to notice this one edit.
  }
}

/** The whole catalogue and its version, read together: what showSidebar embeds and a refresh returns. */
export function catalogueWithVersion(): CatalogueWithVersion {
  // The stamp first: an edit during the read then changes it, and the next check refreshes again.
  const stamp = editStamp();
  const workbook = readWorkbook(activeSpreadsheet());
  const catalogue = readCatalogue(workbook);
  return { catalogue, version: workbookVersion(workbook, catalogue.table, stamp) };
}

/**
 * The version of the sheet now, read cheaply: the examples tab's size, its header row and its No. column
 * (two getValues of one row and one column) and the edit stamp; never the notes and descriptions.
 */
function currentVersion(table: TableLocation | null): string | null {
  const ss = activeSpreadsheet();
  const stamp = editStamp();
  if (!table) return sheetVersion({ sheets: ss.getSheets().map((s) => s.getName()), editStamp: stamp });
  const sheet = ss.getSheetByName(table.sheet);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < table.headerRow || table.columns.id > lastColumn) return null;
  const header = sheet.getRange(table.headerRow, 1, 1, lastColumn).getValues()[0] as CellValue[];
  const keys =
    lastRow > table.headerRow
      ? sheet
          .getRange(table.headerRow + 1, table.columns.id, lastRow - table.headerRow, 1)
          .getValues()
          .map((row) => row[0] as CellValue)
      : [];
  return sheetVersion({ sheet: table.sheet, lastRow, lastColumn, header, keys, editStamp: stamp });
}

/**
 * Whether the sheet changed since the sidebar read it (`version`, with the table where it found it),
 * and if so the catalogue read again, in the same call. An empty version asks for a fresh read.
 * Called by the sidebar when the person comes back to it from the grid, and by its "Refresh" button.
 */
export function getCatalogueIfChanged(version: string, table: TableLocation | null): CatalogueUpdate {
  if (version !== '' && currentVersion(table) === version) return { changed: false, version };
  return { changed: true, ...catalogueWithVersion() };
}
