// The operations the benchmark measures: one entry per server function in dist/Code.js.

import type { LoadedAddon } from '../tests/server/addon';

/** What an operation's preparation hands to its run: the arguments, or an event, made before the clock starts. */
export type Prepared = unknown;

export interface Operation {
  /** The global function in dist/Code.js that this entry measures. */
  name: string;
  /** Which form of the call, when one function is measured more than once (an export format). */
  variant?: string;
  /** How a person sets it off, for the table. */
  when: string;
  /** Puts the add-on in the state the call starts from; not timed, and its service calls are not counted. */
  prepare?: (addon: LoadedAddon) => Prepared;
  /** The call itself, as the sidebar (through JSON) or Apps Script (a trigger) makes it. */
  run: (addon: LoadedAddon, prepared: Prepared) => unknown;
  /** Each run changes the sheet, so every run starts from a freshly loaded add-on. */
  changesSheet?: boolean;
  /** What is wrong with the first run's result at a size of `examples`, or null when it is right. */
  check?: (result: unknown, examples: number) => string | null;
}

/** Apps Script's event for opening the spreadsheet. */
const OPEN_EVENT = { authMode: 'LIMITED' };

/** The query a person might build: two principles, two types, a word. */
export const BENCH_QUERY = {
  principles: [1, 4],
  match: 'any',
  types: ['Tactic', 'Project'],
  text: 'community',
} as const;

/** The No. of an example in the middle of the table, present at every size. */
const SOME_EXAMPLE = '25';

/** The examples tab and the sheet row of example No. 25 (read from a snapshot: not counted). */
export function someExampleRow(addon: LoadedAddon): { sheet: string; row: number } {
  const [tab] = addon.standIn.snapshot().sheets;
  const index = tab.values.findIndex((cells) => String(cells[0]) === SOME_EXAMPLE);
  return { sheet: tab.name, row: index + 1 };
}

type SidebarVersion = { version: string; table: ReturnType<LoadedAddon['run']['getCatalogue']>['table'] };

/** The version and table the sidebar holds after opening (as showSidebar embeds them). */
function sidebarVersion({ run }: LoadedAddon): SidebarVersion {
  const read = run.getCatalogueIfChanged('', null);
  return { version: read.version, table: read.changed ? read.catalogue.table : null };
}

/** What a contributor sends from the Add form: every field filled, one principle noted. */
export const BENCH_DRAFT = {
  name: 'Street Conversations',
  council: 'Leeds',
  description: 'Officers walked each street with residents and changed three services from what they heard.',
  type: 'Tactic',
  notes: [{ principle: 1, text: 'Residents set the agenda, not the council.' }],
  links: [{ text: 'Write-up', url: 'https://example.org/street-conversations' }],
};

/** Nine answers as the Navigator form sends them. */
export const BENCH_ASSESSMENT = {
  respondent: 'Bench',
  scores: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((principle) => ({
    principle,
    score: principle % 4,
    evidence: 'Seen in our work.',
  })),
};

const VIEW = 'Community projects';

function exportAs(format: string, changesSheet = false): Operation {
  return {
    name: 'exportExamples',
    variant: format,
    when: `Export: ${format === 'sheet' ? 'a new tab' : `a ${format} file`}`,
    changesSheet,
    run: ({ run }) => run.exportExamples(structuredClone(BENCH_QUERY) as never, format as never),
  };
}

export const OPERATIONS: Operation[] = [
  { name: 'onOpen', when: 'the spreadsheet opens', run: ({ raw }) => raw.onOpen(OPEN_EVENT) },
  { name: 'onInstall', when: 'the add-on is installed', run: ({ raw }) => raw.onInstall(OPEN_EVENT) },
  { name: 'showSidebar', when: 'the menu opens the sidebar', run: ({ raw }) => raw.showSidebar() },
  {
    name: 'getCatalogue',
    when: 'the sidebar refreshes',
    run: ({ run }) => run.getCatalogue(),
    check: (result, examples) => {
      const read = (result as { examples: unknown[] }).examples.length;
      return read === examples ? null : `read ${read} examples, not ${examples}`;
    },
  },
  {
    name: 'getCatalogueIfChanged',
    variant: 'unchanged',
    when: 'back in the sidebar from the grid: the check',
    prepare: sidebarVersion,
    run: ({ run }, known) => {
      const { version, table } = known as SidebarVersion;
      return run.getCatalogueIfChanged(version, table);
    },
  },
  {
    name: 'getCatalogueIfChanged',
    variant: 'changed',
    when: 'back in the sidebar after an edit: check and read again',
    changesSheet: true,
    prepare: (addon) => {
      const known = sidebarVersion(addon);
      const { sheet, row } = someExampleRow(addon);
      addon.raw.onEdit(addon.standIn.edit(sheet, `B${row}`, [['A renamed example']]));
      return known;
    },
    run: ({ run }, known) => {
      const { version, table } = known as SidebarVersion;
      return run.getCatalogueIfChanged(version, table);
    },
  },
  {
    name: 'applySheetFilter',
    when: '"Show only these in the sheet"',
    changesSheet: true,
    run: ({ run }) => run.applySheetFilter(structuredClone(BENCH_QUERY) as never),
  },
  {
    name: 'clearSheetFilter',
    when: '"Show all rows" after a filter',
    changesSheet: true,
    prepare: ({ run }) => run.applySheetFilter(structuredClone(BENCH_QUERY) as never),
    run: ({ run }) => run.clearSheetFilter(),
  },
  {
    name: 'selectExample',
    when: '"Show in sheet" on a result',
    run: ({ run }) => run.selectExample(SOME_EXAMPLE),
  },
  {
    name: 'insertExamples',
    when: '"Add the 53 examples" (table already there)',
    run: ({ run }) => run.insertExamples(),
  },
  {
    name: 'saveExploreState',
    when: 'the Explore filters change',
    run: ({ run }) => run.saveExploreState(structuredClone(BENCH_QUERY) as never),
  },
  {
    name: 'onEdit',
    when: 'a person edits one example row',
    prepare: (addon) => {
      const { sheet, row } = someExampleRow(addon);
      return addon.standIn.edit(sheet, `B${row}`, [['A renamed example']]);
    },
    changesSheet: true,
    run: ({ raw }, event) => raw.onEdit(event),
  },
  {
    name: 'checkExamples',
    when: 'Add: "Check all examples"',
    changesSheet: true,
    run: ({ run }) => run.checkExamples(),
    check: (result) => ((result as { message?: string }).message ? null : 'said nothing'),
  },
  {
    name: 'checkExamplesFromMenu',
    when: 'menu: "Check all examples"',
    changesSheet: true,
    run: ({ raw }) => raw.checkExamplesFromMenu(),
  },
  {
    name: 'selectProblemCell',
    when: 'a problem in the Add list is chosen',
    prepare: (addon) => someExampleRow(addon),
    run: ({ run }, where) => {
      const { sheet, row } = where as { sheet: string; row: number };
      return run.selectProblemCell(sheet, `D${row}`);
    },
  },
  {
    name: 'addExample',
    when: 'Add: "Add this example"',
    changesSheet: true,
    run: ({ run }) => run.addExample(structuredClone(BENCH_DRAFT) as never),
    check: (result, examples) => {
      const added = result as { ok: boolean; example?: { id: string } };
      return added.ok && added.example?.id === String(examples + 1)
        ? null
        : `did not add No. ${examples + 1}: ${JSON.stringify(result).slice(0, 200)}`;
    },
  },
  { name: 'getNavigator', when: 'the Navigator opens', run: ({ run }) => run.getNavigator() },
  {
    name: 'saveNavigator',
    when: 'Navigator: "Plot my coordinates"',
    changesSheet: true,
    run: ({ run }) => run.saveNavigator(structuredClone(BENCH_ASSESSMENT) as never),
  },
  {
    name: 'saveNavigatorDraft',
    when: 'the Navigator form changes',
    run: ({ run }) => run.saveNavigatorDraft(structuredClone(BENCH_ASSESSMENT) as never),
  },
  { name: 'showNavigator', when: 'menu: "Relationships Navigator"', run: ({ raw }) => raw.showNavigator() },
  exportAs('csv'),
  exportAs('markdown'),
  exportAs('html'),
  exportAs('sheet', true),
  { name: 'listSavedViews', when: 'Export: saved views listed', run: ({ run }) => run.listSavedViews() },
  {
    name: 'saveView',
    when: 'Export: "Save this view"',
    changesSheet: true,
    run: ({ run }) => run.saveView(VIEW, structuredClone(BENCH_QUERY) as never),
  },
  {
    name: 'renameView',
    when: 'Export: a saved view renamed',
    changesSheet: true,
    prepare: ({ run }) => run.saveView(VIEW, structuredClone(BENCH_QUERY) as never),
    run: ({ run }) => run.renameView(VIEW, `${VIEW} (2)`),
  },
  {
    name: 'deleteView',
    when: 'Export: a saved view deleted',
    changesSheet: true,
    prepare: ({ run }) => run.saveView(VIEW, structuredClone(BENCH_QUERY) as never),
    run: ({ run }) => run.deleteView(VIEW),
  },
];
