// SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts; all recorded on StandIn.ui.
import type { Context } from './context';
import type { HtmlOutput } from './html-service';
import { ServiceObject } from './instrument';
import type { MenuRecord } from './types';

/** Apps Script shows an add-on's menu under the add-on's name. */
export const ADDON_MENU_TITLE = 'Framework in Action';

export const Button = Object.freeze({ OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' });
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

export class Menu extends ServiceObject {
  readonly serviceName = 'Menu';
  readonly record: MenuRecord;

  constructor(
    readonly ctx: Context,
    title: string,
  ) {
    super();
    this.record = { title, items: [] };
  }

  addItem(caption: string, functionName: string): Menu {
    this.record.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): Menu {
    this.record.items.push('separator');
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this.record.items.push({
      caption: menu.record.title,
      functionName: '',
      submenu: structuredClone(menu.record),
    });
    return this;
  }
  /** Adding a menu again replaces it, as re-running onOpen does in Sheets. */
  addToUi(): void {
    const menus = this.ctx.ui.menus;
    const copy = structuredClone(this.record);
    const i = menus.findIndex((m) => m.title === copy.title);
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}

export class Ui extends ServiceObject {
  readonly serviceName = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(readonly ctx: Context) {
    super();
  }

  createAddonMenu(): Menu {
    return new Menu(this.ctx, ADDON_MENU_TITLE);
  }
  createMenu(caption: string): Menu {
    return new Menu(this.ctx, String(caption));
  }
  showSidebar(userInterface: HtmlOutput): void {
    this.ctx.ui.sidebars.push({ title: userInterface.title, html: userInterface.content });
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.ctx.ui.dialogs.push({ title: String(title), html: userInterface.content });
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.ctx.ui.dialogs.push({ title: String(title), html: userInterface.content });
  }
  /** The simulated user accepts: OK, or YES for the yes/no button sets. */
  alert(titleOrPrompt: string, prompt?: string, buttons?: string): string {
    this.ctx.ui.alerts.push(prompt === undefined ? String(titleOrPrompt) : `${titleOrPrompt}: ${prompt}`);
    return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
  }
}
