// Opening the sidebar with its data already in the page, at the view the person asked for.

import type { SidebarPageData, SidebarView } from '../core/api';
import { embedPageData } from '../core/page-data';
import { loadExploreState } from './explore-state';
import { getNavigator } from './navigator';
import { catalogueWithVersion } from './sheet-changes';

export const SIDEBAR_TITLE = 'Framework in Action';

/**
 * The built page is served as a file (never through the template engine, where a `<?` in bundled code
 * would be read as a scriptlet) with everything the views start from embedded as escaped JSON.
 */
function openSidebar(view: SidebarView): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').getContent();
  const data: SidebarPageData = {
    ...catalogueWithVersion(),
    query: loadExploreState(),
    navigator: getNavigator(),
    view,
  };
  const output = HtmlService.createHtmlOutput(embedPageData(page, data)).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(output);
}

/**
 * Opens the sidebar at Explore.
 * Called from the add-on menu ("Open Framework in Action").
 */
export function showSidebar(): void {
  openSidebar('explore');
}

/**
 * Opens the sidebar at the Relationships Navigator.
 * Called from the add-on menu ("Relationships Navigator").
 */
export function showNavigator(): void {
  openSidebar('navigator');
}
