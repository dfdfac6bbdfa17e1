// The repo's copy of the Framework in Action export, read for tests as a workbook.

import { readFileSync } from 'node:fs';
import { workbookFromExportText } from '../../src/core/export-text';
import type { Workbook } from '../../src/core/model';

export const SEED_TEXT = readFileSync(
  new URL('../../data/framework-in-action-export.txt', import.meta.url),
  'utf8',
);

export function seedWorkbook(): Workbook {
  return workbookFromExportText(SEED_TEXT);
}
