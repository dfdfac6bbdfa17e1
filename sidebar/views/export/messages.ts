// A success or information message in the Export view, set apart as inset text.

import { h, replaceChildren } from '../../dom';

/** Shows the message in its container; the caller also announces it through the live region. */
export function showNotice(container: HTMLElement, ...children: (Node | string)[]): void {
  replaceChildren(container, h('div', { class: 'notice' }, ...children));
  container.hidden = children.length === 0;
}
