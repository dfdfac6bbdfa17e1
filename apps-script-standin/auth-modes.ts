// What a script may call in each AuthMode: NONE builds the menu only; LIMITED (a simple trigger) lacks authorised scopes.

/** In AuthMode.NONE Apps Script only lets an add-on build its menu; logging is harmless. */
export const ALLOWED_WITHOUT_AUTH = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
  'Logger.log',
]);

const CONTAINER_UI = 'https://www.googleapis.com/auth/script.container.ui';

/**
 * Methods that need a scope a simple trigger never has (Triggers guide, "Restrictions": simple triggers
 * "cannot access services that require authorization"). Ui's dialogs and sidebars need script.container.ui
 * (their reference pages list it under "Authorization"). The bound spreadsheet, properties, locks, caches,
 * toasts and menus need no authorisation and stay allowed, as the AuthMode reference says for LIMITED.
 */
const SCOPE_NEEDED_IN_LIMITED: Readonly<Record<string, string>> = {
  'Ui.showSidebar': CONTAINER_UI,
  'Ui.showModalDialog': CONTAINER_UI,
  'Ui.showModelessDialog': CONTAINER_UI,
  'Ui.alert': CONTAINER_UI,
  'Ui.prompt': CONTAINER_UI,
};

/** The error Apps Script gives a simple trigger calling a method that needs authorisation; null when allowed. */
export function limitedModeRefusal(method: string): Error | null {
  const scope = SCOPE_NEEDED_IN_LIMITED[method];
  if (!scope) return null;
  return new Error(`You do not have permission to call ${method}. Required permissions: ${scope}`);
}
