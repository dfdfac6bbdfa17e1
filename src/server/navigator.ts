// The Relationships Navigator's entry points: read the assessments, plot new ones, keep the draft.

import type { CellValue, Workbook } from '../core/model';
import {
  type Assessment,
  assess,
  HISTORY_TAB,
  historyHeader,
  LEVELS,
  latestAssessment,
  NAVIGATOR_TAB,
  NAVIGATOR_TITLE,
  type NavigatorInput,
  type NavigatorResult,
  type NavigatorState,
  previousAssessment,
  readHistory,
  recommendations,
  teamSummary,
} from '../core/navigator';
import { PRINCIPLES } from '../core/principles';
import { readCatalogue } from '../core/read-workbook';
import { withDocumentLock } from './lock';
import { clearNavigatorDraft, loadNavigatorDraft } from './navigator-draft';
import {
  appendHistory,
  isOursOrAbsent,
  notOursMessage,
  readTabsBefore,
  writeNavigatorTab,
} from './navigator-tab';
import { allOrNothing } from './rollback';
import { activeSpreadsheet } from './spreadsheet';

export { saveNavigatorDraft } from './navigator-draft';

/** Every tab's values, one getValues each: no links, which recommendations do not need. */
function readValues(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Workbook {
  return ss.getSheets().map((sheet) => ({
    name: sheet.getName(),
    values: sheet.getDataRange().getValues() as CellValue[][],
  }));
}

const NOT_SAVED = 'Your coordinates were not plotted.';

/** The draft is only a convenience: once the coordinates are in the sheet, failing to forget it is no error. */
function forgetDraft(): void {
  try {
    clearNavigatorDraft();
  } catch (error) {
    console.error(
      `Could not forget the Navigator draft: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * The prompts, the scale, the latest assessment (with the same person's one before it), the whole
 * history, the team view and the person's draft, as plain JSON. Reads the history tab with one getValues.
 * Called by the sidebar's Navigator view when it opens.
 */
export function getNavigator(): NavigatorState {
  const sheet = activeSpreadsheet().getSheetByName(HISTORY_TAB);
  const history = sheet ? readHistory(sheet.getDataRange().getValues() as CellValue[][]) : [];
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
 * the document lock rewrites the Navigator tab (table, formulas, dropdowns, the one radar chart) and
 * appends them to the history tab, and returns the assessment with examples for its weakest principles.
 * All or nothing: when Sheets stops part way, both tabs are put back as they were (or taken away, if new).
 * Called by the sidebar's Navigator view ("Plot my coordinates").
 */
export function saveNavigator(input: NavigatorInput): NavigatorResult {
  const assessment = assess(input, new Date().toISOString());
  return withDocumentLock(
    () => plot(assessment),
    () => {
      throw new Error(
        'Someone else is saving to this spreadsheet. Wait a moment, then plot your coordinates again.',
      );
    },
  );
}

function plot(assessment: Assessment): NavigatorResult {
  const ss = activeSpreadsheet();
  const workbook = readValues(ss);
  const grid = (name: string) => workbook.find((tab) => tab.name === name)?.values;
  if (!isOursOrAbsent(grid(NAVIGATOR_TAB), NAVIGATOR_TITLE)) throw new Error(notOursMessage(NAVIGATOR_TAB));
  if (!isOursOrAbsent(grid(HISTORY_TAB), historyHeader()[0])) throw new Error(notOursMessage(HISTORY_TAB));
  const history = readHistory(grid(HISTORY_TAB) ?? []);
  const team = teamSummary([...history, assessment]);
  allOrNothing(NOT_SAVED, (undo) => {
    const before = readTabsBefore(ss, grid);
    writeNavigatorTab(ss, assessment, team, before, undo);
    appendHistory(ss, assessment, before, undo);
  });
  forgetDraft();
  const result: NavigatorResult = {
    assessment,
    previous: previousAssessment([...history, assessment], assessment),
    team,
    sheetName: NAVIGATOR_TAB,
    recommendations: recommendations(readCatalogue(workbook).examples, assessment.weakest),
  };
  return result;
}
