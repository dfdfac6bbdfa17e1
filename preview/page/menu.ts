// The Extensions menu built from the menus the add-on's onOpen added: buttons that open and close, keyboard first.

import type { MenuItemRecord, MenuRecord } from '../../apps-script-standin/types';
import { el } from './dom';

/** Runs the function a menu item names. */
export type ChooseItem = (functionName: string, caption: string) => void;

let nextId = 0;

/** A button that shows and hides a list below it (disclosure), closing on Escape or a click elsewhere. */
function disclosure(label: string, items: HTMLElement[], className: string): HTMLElement {
  const id = `menu-${nextId++}`;
  const button = el(
    'button',
    { type: 'button', class: `${className}__button`, 'aria-expanded': 'false', 'aria-controls': id },
    label,
    className === 'submenu' ? el('span', { class: 'submenu__arrow', 'aria-hidden': 'true' }, '▸') : null,
  );
  const list = el(
    'ul',
    { id, class: `${className}__list`, role: 'list' },
    ...items.map((item) => el('li', {}, item)),
  );
  list.hidden = true;
  const root = el('div', { class: className }, button, list);
  const listButtons = () => [
    ...list.querySelectorAll<HTMLButtonElement>(':scope > li > button, :scope > li > div > button'),
  ];
  // Opening leaves focus on the button (the disclosure pattern: Tab goes on into the list);
  // the arrow keys of a menu work too.
  const setOpen = (open: boolean, focusFirst = false) => {
    button.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
    if (open && focusFirst) listButtons()[0]?.focus();
  };
  const opensWith = className === 'menu' ? 'ArrowDown' : 'ArrowRight';
  button.addEventListener('click', () => setOpen(list.hidden !== false));
  root.addEventListener('keydown', (event) => {
    const buttons = listButtons();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let handled = true;
    if (event.target === button && event.key === opensWith) setOpen(true, true);
    else if (event.key === 'Escape' && !list.hidden) {
      setOpen(false);
      button.focus();
    } else if (at >= 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    } else if (at >= 0 && className === 'submenu' && event.key === 'ArrowLeft') {
      setOpen(false);
      button.focus();
    } else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  });
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node) && !list.hidden) setOpen(false);
  });
  return root;
}

function itemElements(items: MenuItemRecord[], choose: ChooseItem, closeAll: () => void): HTMLElement[] {
  return items.map((item) => {
    if (item === 'separator') return el('hr', { class: 'menu__separator' });
    if (item.submenu)
      return disclosure(item.caption, itemElements(item.submenu.items, choose, closeAll), 'submenu');
    const button = el(
      'button',
      { type: 'button', class: 'menu__item', 'data-function': item.functionName },
      item.caption,
    );
    button.addEventListener('click', () => {
      closeAll();
      choose(item.functionName, item.caption);
    });
    return button;
  });
}

/** Extensions ▸ <add-on> ▸ items, as Sheets shows an add-on's menu. */
export function renderMenus(root: HTMLElement, menus: MenuRecord[], choose: ChooseItem): void {
  const closeAll = () => {
    for (const button of root.querySelectorAll<HTMLButtonElement>('[aria-expanded="true"]')) button.click();
  };
  const addons = menus.map((menu) =>
    disclosure(menu.title, itemElements(menu.items, choose, closeAll), 'submenu'),
  );
  const items =
    addons.length > 0 ? addons : [el('p', { class: 'menu__empty' }, 'No add-on menu (onOpen added none)')];
  root.replaceChildren(disclosure('Extensions', items, 'menu'));
}
