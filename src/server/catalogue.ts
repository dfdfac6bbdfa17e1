// The sidebar API's read side: the whole catalogue as plain JSON.

import type { Catalogue } from '../core/model';
import { readCatalogue } from '../core/read-workbook';
import { readWorkbook } from './spreadsheet';

/**
 * Everything the sidebar shows: principles, types, examples, resources and the problems found.
 * Called by the sidebar to refresh after the sheet changes; showSidebar embeds the same data.
 */
export function getCatalogue(): Catalogue {
  return readCatalogue(readWorkbook());
}
