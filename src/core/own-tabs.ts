// How the add-on knows its own tabs and charts: developer metadata a person cannot add, never a name or title.

/**
 * The developer metadata key on each tab the add-on makes; its value says which tab it is. Sheets gives
 * no way to add developer metadata from its menus, so a person's own "Navigator" tab never carries it.
 */
export const OWN_TAB_KEY = 'frameworkInAction.tab';

/** The value of OWN_TAB_KEY on each kind of tab the add-on makes. */
export const OWN_TAB_ROLES = {
  navigator: 'navigator',
  navigatorHistory: 'navigatorHistory',
  export: 'export',
} as const;

export type OwnTabRole = (typeof OWN_TAB_ROLES)[keyof typeof OWN_TAB_ROLES];

/**
 * On the Navigator tab: the id of the radar chart the add-on drew there (Sheets cannot attach metadata
 * to a chart, and a person's chart may have the same title and cells; its id is what tells them apart).
 */
export const NAVIGATOR_CHART_KEY = 'frameworkInAction.navigatorChart';
