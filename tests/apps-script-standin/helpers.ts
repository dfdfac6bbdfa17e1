// Shared set-up for the stand-in's own tests: a stand-in plus its globals, typed as Apps Script's.
/// <reference types="google-apps-script" />
import {
  type CellValue,
  createStandIn,
  type StandIn,
  type StandInOptions,
  type WorkbookSeed,
} from '../../apps-script-standin/index';

export interface Services {
  standIn: StandIn;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  charts: GoogleAppsScript.Charts.Charts;
  html: GoogleAppsScript.HTML.HtmlService;
  properties: GoogleAppsScript.Properties.PropertiesService;
  locks: GoogleAppsScript.Lock.LockService;
  cache: GoogleAppsScript.Cache.CacheService;
  utilities: GoogleAppsScript.Utilities.Utilities;
  session: GoogleAppsScript.Base.Session;
}

/** A stand-in whose first sheet, 'Data', holds `values`. */
export function services(
  values: CellValue[][] = [],
  options: StandInOptions = {},
  extra: Partial<WorkbookSeed> = {},
): Services {
  const standIn = createStandIn({ sheets: [{ name: 'Data', values }], ...extra }, options);
  const g = standIn.globals;
  const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Data') as GoogleAppsScript.Spreadsheet.Sheet;
  standIn.calls.reset();
  return {
    standIn,
    app,
    ss,
    sheet,
    charts: g.Charts as GoogleAppsScript.Charts.Charts,
    html: g.HtmlService as GoogleAppsScript.HTML.HtmlService,
    properties: g.PropertiesService as GoogleAppsScript.Properties.PropertiesService,
    locks: g.LockService as GoogleAppsScript.Lock.LockService,
    cache: g.CacheService as GoogleAppsScript.Cache.CacheService,
    utilities: g.Utilities as GoogleAppsScript.Utilities.Utilities,
    session: g.Session as GoogleAppsScript.Base.Session,
  };
}

export const PEOPLE: CellValue[][] = [
  ['Name', 'Score', 'Team'],
  ['Ada', 3, 'Red'],
  ['Grace', 5, 'Blue'],
  ['Linus', 4, 'Red'],
];
