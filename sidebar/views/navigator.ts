// The Relationships Navigator view (placeholder until its issue lands).

import type { App } from '../app';
import { h, replaceChildren } from '../dom';

export function mountNavigator(root: HTMLElement, _app: App): void {
  replaceChildren(
    root,
    h('h1', { id: 'navigator-title', class: 'title' }, 'Relationships Navigator'),
    h('p', {}, 'Coming soon.'),
  );
}
