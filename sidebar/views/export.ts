// The Export a resource list view (placeholder until its issue lands).

import type { App } from '../app';
import { h, replaceChildren } from '../dom';

export function mountExport(root: HTMLElement, _app: App): void {
  replaceChildren(
    root,
    h('h1', { id: 'export-title', class: 'title' }, 'Export a resource list'),
    h('p', {}, 'Coming soon.'),
  );
}
