// The sidebar's entry: reads the data showSidebar embedded, mounts each view, and switches between them.

import { App, readPageData } from './app';
import { mountContribute } from './views/contribute';
import { mountExplore } from './views/explore';
import { mountExport } from './views/export';
import { mountNavigator } from './views/navigator';

const VIEWS = {
  explore: mountExplore,
  contribute: mountContribute,
  navigator: mountNavigator,
  export: mountExport,
};
type ViewName = keyof typeof VIEWS;

function showView(name: ViewName): void {
  for (const section of document.querySelectorAll<HTMLElement>('.view')) section.hidden = section.id !== name;
  for (const tab of document.querySelectorAll<HTMLAnchorElement>('.tabs__tab')) {
    if (tab.dataset.view === name) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
}

function viewFromHash(): ViewName {
  const name = location.hash.slice(1);
  return name in VIEWS ? (name as ViewName) : 'explore';
}

function start(): void {
  const app = new App(readPageData());
  for (const [name, mount] of Object.entries(VIEWS)) {
    const root = document.getElementById(name);
    if (root) mount(root, app);
  }
  for (const tab of document.querySelectorAll<HTMLAnchorElement>('.tabs__tab')) {
    tab.addEventListener('click', (event) => {
      event.preventDefault();
      showView(tab.dataset.view as ViewName);
    });
  }
  showView(viewFromHash());
}

start();
