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

/** The element an in-page link points to, or null for any other link. */
function inPageTarget(link: HTMLAnchorElement): HTMLElement | null {
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return null;
  return document.getElementById(decodeURIComponent(href.slice(1)));
}

/**
 * Every in-page link (the skip link first) moves focus by script. Under `<base target="_top">`, which
 * Google's frame needs, `href="#main"` is a navigation of the spreadsheet's own window, and the sandbox of
 * a bound script's sidebar blocks it: the link would do nothing. Links that handle their own click
 * (the tabs, the error summary) have already prevented the default and are left alone.
 */
function focusInPageLinks(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href^="#"]');
    const target = link ? inPageTarget(link) : null;
    if (!target) return;
    event.preventDefault();
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  });
}

function start(): void {
  focusInPageLinks();
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
