// The add-on menu: built in onOpen and onInstall, which may make no other service call (AuthMode.NONE).

/**
 * Adds the add-on menu when the spreadsheet opens. Runs in every auth mode, so it only builds the menu.
 * @param _e the open event (unused: the menu is the same in every mode)
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open Framework in Action', 'showSidebar')
    .addItem('Relationships Navigator', 'showNavigator')
    .addItem('Check all examples', 'checkExamplesFromMenu')
    .addToUi();
}

/**
 * Runs when a person installs the add-on: builds the menu at once, as onOpen would on the next open.
 * @param e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
