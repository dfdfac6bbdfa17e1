// The Add an example view (placeholder until its issue lands).

import type { App } from '../app';
import { h, replaceChildren } from '../dom';

export function mountContribute(root: HTMLElement, _app: App): void {
  replaceChildren(
    root,
    h('h1', { id: 'contribute-title', class: 'title' }, 'Add an example'),
    h('p', {}, 'Coming soon.'),
  );
}
