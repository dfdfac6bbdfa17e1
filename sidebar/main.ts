// The sidebar's entry: reads the data showSidebar embedded, mounts each view, and switches between them.

import { App, readPageData, type ViewName } from './app';
import { mountContribute } from './views/contribute';
import { mountExplore } from './views/explore';
import { mountExport } from './views/export';
import { mountNavigator } from './views/navigator';
import { buildSyncBar } from './views/sync-bar';

const VIEWS: Record<ViewName, (root: HTMLElement, app: App) => void> = {
  explore: mountExplore,
  contribute: mountContribute,
  navigator: mountNavigator,
  export: mountExport,
};

function isView(name: unknown): name is ViewName {
  return typeof name === 'string' && Object.keys(VIEWS).includes(name);
}

function showView(app: App, name: ViewName): void {
  for (const section of document.querySelectorAll<HTMLElement>('.view')) section.hidden = section.id !== name;
  for (const tab of document.querySelectorAll<HTMLAnchorElement>('.tabs__tab')) {
    if (tab.dataset.view === name) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  const section = document.getElementById(name);
  if (section) app.shown(section);
}

/** The view the server asked for (the menu item the person chose), else the address's #view, else Explore. */
function firstView(app: App): ViewName {
  const asked = app.page.view;
  if (isView(asked)) return asked;
  const hash = location.hash.slice(1);
  return isView(hash) ? hash : 'explore';
}

function start(): void {
  const app = new App(readPageData());
  document.querySelector('main')?.before(buildSyncBar(app));
  for (const [name, mount] of Object.entries(VIEWS)) {
    const root = document.getElementById(name);
    if (root) mount(root, app);
  }
  for (const tab of document.querySelectorAll<HTMLAnchorElement>('.tabs__tab')) {
    tab.addEventListener('click', (event) => {
      event.preventDefault();
      showView(app, tab.dataset.view as ViewName);
    });
  }
  showView(app, firstView(app));
}

start();
