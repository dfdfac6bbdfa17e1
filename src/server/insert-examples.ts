// "Add the 53 examples to this spreadsheet": the bundled examples written as new tabs, never over old ones.

import seedText from '../../data/framework-in-action-export.txt';
import type { InsertExamplesResult } from '../core/api';
import { workbookFromExportText } from '../core/export-text';
import { readCatalogue } from '../core/read-workbook';
import { seedTabs } from '../core/seed-tabs';
import { getCatalogue } from './catalogue';
import { withDocumentLock } from './lock';
import { allOrNothing } from './rollback';
import { readExamplesSheet } from './sheet-filter';
import { activeSpreadsheet } from './spreadsheet';

const NOT_INSERTED = 'The examples were not added.';

/**
 * Writes the bundled examples into a new tab (one header row, the 53 examples) and the Useful Resources
 * into another, each with one setValues(), under free names so no tab is replaced; then returns the
 * catalogue read back from the sheet. Does nothing when the spreadsheet already has a table.
 * Called by the sidebar's Explore view on a spreadsheet with no Framework in Action table.
 */
export function insertExamples(): InsertExamplesResult {
  return withDocumentLock(insertUnlessPresent, () => {
    throw new Error('Someone else is changing this spreadsheet. Wait a moment, then try again.');
  });
}

function insertUnlessPresent(): InsertExamplesResult {
  const existing = readExamplesSheet();
  if (existing) {
    const sheet = existing.table.location.sheet;
    return {
      catalogue: getCatalogue(),
      sheet,
      resourcesSheet: '',
      message: `This spreadsheet already has the examples, on the "${sheet}" tab.`,
    };
  }
  const ss = activeSpreadsheet();
  const taken = ss.getSheets().map((s) => s.getName());
  const tabs = seedTabs(readCatalogue(workbookFromExportText(seedText)), taken);
  // Both tabs are made in this call: a write that fails takes them away again, leaving no half a table.
  allOrNothing(NOT_INSERTED, (undo) => {
    const sheets = tabs.map((tab, i) => {
      const sheet = undo.insertSheet(ss, tab.name, taken.length + i);
      const width = tab.values[0].length;
      sheet.getRange(1, 1, tab.values.length, width).setValues(tab.values);
      sheet.getRange(1, 1, 1, width).setFontWeight('bold');
      sheet.setFrozenRows(1);
      return sheet;
    });
    sheets[0].activate();
  });
  const [examples, resources] = tabs;
  return {
    catalogue: getCatalogue(),
    sheet: examples.name,
    resourcesSheet: resources.name,
    message: `Added ${examples.values.length - 1} examples on a new "${examples.name}" tab and the useful resources on a new "${resources.name}" tab.`,
  };
}
