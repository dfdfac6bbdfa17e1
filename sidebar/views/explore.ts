// The Explore view: finding examples by principle, type, council and words (placeholder until the Explore issue).

import type { App } from '../app';
import { h, replaceChildren } from '../dom';

export function mountExplore(root: HTMLElement, app: App): void {
  const render = () =>
    replaceChildren(
      root,
      h('h1', { id: 'explore-title', class: 'title' }, 'Explore the examples'),
      h('p', { class: 'count' }, `${app.catalogue.examples.length} examples`),
    );
  app.onChange(render);
  render();
}
