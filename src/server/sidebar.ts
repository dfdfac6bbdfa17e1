// Opening the sidebar with its data already in the page.

import type { Query } from '../core/model';
import { embedPageData } from '../core/page-data';
import { getCatalogue } from './catalogue';
import { loadExploreState } from './explore-state';

export const SIDEBAR_TITLE = 'Framework in Action';

/** What the sidebar page starts with: everything it needs to show results before any server call. */
export interface SidebarPageData {
  catalogue: ReturnType<typeof getCatalogue>;
  /** The Explore view's filters as the person left them (kept in their user properties). */
  query?: Query;
}

/**
 * Opens the sidebar. The built page is served as a file (never through the template engine, where a
 * `<?` in bundled code would be read as a scriptlet) with the catalogue embedded as escaped JSON.
 */
export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').getContent();
  const data: SidebarPageData = { catalogue: getCatalogue() };
  data.query = loadExploreState();
  const output = HtmlService.createHtmlOutput(embedPageData(page, data)).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(output);
}
