// The Relationships Navigator's entry points: read the assessments, plot new ones, keep the draft.

import type { CellValue, Workbook } from '../core/model';
import {
  type Assessment,
  assess,
  HISTORY_TAB,
  isEarlierNavigatorLayout,
  isHistoryLayout,
  LEVELS,
  latestAssessment,
  latestByRespondent,
  NAVIGATOR_TAB,
  type NavigatorInput,
  type NavigatorResult,
  type NavigatorState,
  type NavigatorTabContext,
  previousAssessment,
  readHistoryEntries,
  recommendations,
  teamSummary,
} from '../core/navigator';
import { OWN_TAB_ROLES, type OwnTabRole } from '../core/own-tabs';
import { PRINCIPLES } from '../core/principles';
import { readCatalogue } from '../core/read-workbook';
import { readSequence } from '../core/save-order';
import { unusedTabName } from '../core/tab-names';
import { readableTime, ZONED_PATTERN, zonedPartsFromText } from '../core/times';
import { withDocumentLock } from './lock';
import { clearNavigatorDraft, loadNavigatorDraft } from './navigator-draft';
import { appendHistory, lastRowWithContent, type TabTarget, writeNavigatorTab } from './navigator-tab';
import { findEarlierTab, findOwnTab } from './own-tabs';
import { allOrNothing } from './rollback';
import { activeSpreadsheet } from './spreadsheet';

export { saveNavigatorDraft } from './navigator-draft';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every tab's values, one getValues each: no links, which recommendations do not need. */
function readValues(ss: Spreadsheet): Workbook {
  return ss.getSheets().map((sheet) => ({
    name: sheet.getName(),
    values: sheet.getDataRange().getValues() as CellValue[][],
  }));
}

const NOT_SAVED = 'Your coordinates were not plotted.';

/** The draft is only a convenience: once the coordinates are in the sheet, failing to forget it is no error. */
function forgetDraft(sequence: number | null): void {
  try {
    clearNavigatorDraft(sequence);
  } catch (error) {
    console.error(
      `Could not forget the Navigator draft: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Now as people read it in the spreadsheet's time zone: "3 Dec 2026, 19:13". */
function readableNow(ss: Spreadsheet, now: Date): string {
  const parts = zonedPartsFromText(Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), ZONED_PATTERN));
  return parts ? readableTime(parts) : '';
}

/**
 * The history tab's values, from the tab the add-on marked or, before the first plot since this version,
 * the one an earlier version made; none when there is neither. One getValues.
 */
function readHistoryValues(ss: Spreadsheet): CellValue[][] {
  const own = findOwnTab(ss, OWN_TAB_ROLES.navigatorHistory);
  if (own) return own.getDataRange().getValues() as CellValue[][];
  const earlier = findEarlierTab(ss, readNamesOnly(ss), HISTORY_TAB, () => true);
  const values = earlier ? (earlier.getDataRange().getValues() as CellValue[][]) : [];
  return isHistoryLayout(values) ? values : [];
}

/** The tabs' names, with no values read: enough to find one by name. */
function readNamesOnly(ss: Spreadsheet): Workbook {
  return ss.getSheets().map((sheet) => ({ name: sheet.getName(), values: [] }));
}

/**
 * The prompts, the scale, the latest assessment (with the same person's one before it), the whole
 * history, the team view and the person's draft, as plain JSON. Reads the history tab with one getValues.
 * Called by the sidebar's Navigator view when it opens.
 */
export function getNavigator(): NavigatorState {
  const history = readHistoryEntries(readHistoryValues(activeSpreadsheet())).map((e) => e.assessment);
  const current = latestAssessment(history);
  return {
    principles: PRINCIPLES.map((p) => ({ ...p })),
    levels: LEVELS.map((l) => ({ ...l })),
    current,
    previous: current ? previousAssessment(history, current) : null,
    history,
    team: teamSummary(history),
    draft: loadNavigatorDraft(),
  };
}

/**
 * Plots a person's coordinates: checks the nine answers (refusing with every problem named), then under
 * the document lock rewrites the Navigator tab (table, formulas, dropdowns, the one radar chart), appends
 * them to the history tab, shows the Navigator tab, and returns the assessment with examples for its
 * weakest principles. The tabs are the add-on's own, known by their developer metadata: a person's tab
 * of the same name is never written; a new tab takes another name ("Navigator (2)").
 * All or nothing: when Sheets stops part way, both tabs are put back as they were (or taken away, if new).
 * `sequence` (see save-order.ts) keeps a draft save that lands after plotting from bringing the answers back.
 * Called by the sidebar's Navigator view ("Plot my coordinates").
 */
export function saveNavigator(input: NavigatorInput, sequence?: number): NavigatorResult {
  const ss = activeSpreadsheet();
  const now = new Date();
  const assessment = assess(input, now.toISOString(), readableNow(ss, now));
  const result = withDocumentLock(
    () => plot(ss, assessment),
    () => {
      throw new Error(
        'Someone else is saving to this spreadsheet. Wait a moment, then plot your coordinates again.',
      );
    },
  );
  forgetDraft(readSequence(sequence));
  return result;
}

/** Where the Navigator tab and its history go: the add-on's own tabs, ones an earlier version made, or new names. */
function navigatorTargets(ss: Spreadsheet, workbook: Workbook): { navigator: TabTarget; history: TabTarget } {
  const values = (sheet: Sheet) => workbook.find((t) => t.name === sheet.getName())?.values ?? [];
  const taken = workbook.map((t) => t.name);
  const target = (role: OwnTabRole, name: string, isEarlier: (v: CellValue[][]) => boolean): TabTarget => {
    const own = findOwnTab(ss, role);
    if (own) return { kind: 'own', sheet: own, values: values(own) };
    const earlier = findEarlierTab(ss, workbook, name, isEarlier);
    if (earlier) return { kind: 'earlier', sheet: earlier, values: values(earlier) };
    const fresh = unusedTabName(name, taken);
    taken.push(fresh);
    return { kind: 'new', name: fresh };
  };
  return {
    navigator: target(OWN_TAB_ROLES.navigator, NAVIGATOR_TAB, isEarlierNavigatorLayout),
    history: target(OWN_TAB_ROLES.navigatorHistory, HISTORY_TAB, isHistoryLayout),
  };
}

function nameOf(target: TabTarget): string {
  return target.kind === 'new' ? target.name : target.sheet.getName();
}

function plot(ss: Spreadsheet, assessment: Assessment): NavigatorResult {
  const workbook = readValues(ss);
  const targets = navigatorTargets(ss, workbook);
  const historyValues = targets.history.kind === 'new' ? [] : targets.history.values;
  const entries = readHistoryEntries(historyValues);
  const newRow = Math.max(1, lastRowWithContent(historyValues)) + 1;
  const rowOf = new Map([...entries.map((e) => [e.assessment, e.row] as const), [assessment, newRow]]);
  const history = [...entries.map((e) => e.assessment), assessment];
  const team = teamSummary(history);
  const context: NavigatorTabContext = {
    historyTab: nameOf(targets.history),
    teamRows: team ? latestByRespondent(history).map((a) => rowOf.get(a) ?? newRow) : [],
  };
  const sheet = allOrNothing(NOT_SAVED, (undo) => {
    const navigator = writeNavigatorTab(ss, targets.navigator, assessment, team, context, undo);
    appendHistory(ss, targets.history, assessment, undo);
    // Inserting the history tab made it the active one: the person plotted to see the chart.
    navigator.activate();
    return navigator;
  });
  return {
    assessment,
    previous: previousAssessment(history, assessment),
    team,
    sheetName: sheet.getName(),
    recommendations: recommendations(readCatalogue(workbook).examples, assessment.weakest),
  };
}
