// The Export view: take the filtered examples to a meeting (new tab, CSV, Markdown, printable page), and saved views.

import type { App } from '../app';
import { h, replaceChildren } from '../dom';
import { exportForm } from './export/export-form';
import { savedViewsPanel } from './export/saved-views-panel';

export function mountExport(root: HTMLElement, app: App): void {
  replaceChildren(
    root,
    h('h1', { id: 'export-title', class: 'title' }, 'Export a resource list'),
    exportForm(app, root),
    savedViewsPanel(app, root),
  );
}
