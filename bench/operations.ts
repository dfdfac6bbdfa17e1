// The operations the benchmark measures: one entry per server function in dist/Code.js.

import type { LoadedAddon } from '../tests/server/addon';

/** What an operation's preparation hands to its run: the arguments, or an event, made before the clock starts. */
export type Prepared = unknown;

export interface Operation {
  /** The global function in dist/Code.js that this entry measures. */
  name: string;
  /** How a person sets it off, for the table. */
  when: string;
  /** Puts the add-on in the state the call starts from; not timed, and its service calls are not counted. */
  prepare?: (addon: LoadedAddon) => Prepared;
  /** The call itself, as the sidebar (through JSON) or Apps Script (a trigger) makes it. */
  run: (addon: LoadedAddon, prepared: Prepared) => unknown;
  /** Each run changes the sheet, so every run starts from a freshly loaded add-on. */
  changesSheet?: boolean;
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

export function examplesTab(addon: LoadedAddon): string {
  return addon.standIn.snapshot().sheets[0].name;
}

export const OPERATIONS: Operation[] = [
  { name: 'onOpen', when: 'the spreadsheet opens', run: ({ raw }) => raw.onOpen(OPEN_EVENT) },
  { name: 'onInstall', when: 'the add-on is installed', run: ({ raw }) => raw.onInstall(OPEN_EVENT) },
  { name: 'showSidebar', when: 'the menu opens the sidebar', run: ({ raw }) => raw.showSidebar() },
  { name: 'getCatalogue', when: 'the sidebar refreshes', run: ({ run }) => run.getCatalogue() },
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
];
