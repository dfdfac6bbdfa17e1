// All or nothing: a change made of several service calls either finishes, or is taken back and explained in plain words.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How to take back each step of a change made so far, newest last. */
export class UndoList {
  readonly #steps: (() => void)[] = [];

  /** Records how to take back a step that has just been made. */
  add(undo: () => void): void {
    this.#steps.push(undo);
  }

  /**
   * Inserts a tab for this change and records its removal, putting back the tab the person was on
   * (insertSheet makes the new tab the active one). Only a tab made in this call is ever removed.
   */
  insertSheet(ss: Spreadsheet, name: string, index: number): Sheet {
    const wasActive = ss.getActiveSheet();
    const sheet = ss.insertSheet(name, index);
    this.add(() => {
      ss.deleteSheet(sheet);
      ss.setActiveSheet(wasActive);
    });
    return sheet;
  }

  /** Takes every step back, newest first, going on past one that fails; says whether all were. */
  undoAll(): boolean {
    let complete = true;
    for (const undo of this.#steps.splice(0).reverse()) {
      try {
        undo();
      } catch (error) {
        complete = false;
        console.error(`Could not take back a step: ${describe(error)}`);
      }
    }
    return complete;
  }
}

/**
 * Runs `change`, which records how to undo each step as it makes it; when any service call in it
 * fails, takes the steps back in reverse and throws an Error in plain words: `notDone` (what did not
 * happen, e.g. "The example was not added."), whether the spreadsheet is as it was, and what to do.
 * With `failed`, returns `failed(message)` instead, for a result that carries its own message.
 */
export function allOrNothing<T>(
  notDone: string,
  change: (undo: UndoList) => T,
  failed?: (message: string) => T,
): T {
  const undo = new UndoList();
  try {
    const result = change(undo);
    // Sheets applies writes in batches and may report a failed one only later: make it report here.
    SpreadsheetApp.flush();
    return result;
  } catch (error) {
    // The service's own words are for whoever maintains the add-on (the execution log), not the person.
    console.error(`${notDone} ${describe(error)}`);
    const message = failureMessage(notDone, undo.undoAll());
    if (failed) return failed(message);
    throw new Error(message);
  }
}

/** What the person reads when a change stopped part way. */
export function failureMessage(notDone: string, restored: boolean): string {
  return restored
    ? `${notDone} Google Sheets stopped part way through, so the add-on put back everything it had changed: the spreadsheet is as it was. Try again in a moment.`
    : `${notDone} Google Sheets stopped part way through, and the add-on could not put back everything it had changed. Open File > Version history to see what changed, then try again in a moment.`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
