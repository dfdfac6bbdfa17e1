import { describe, expect, it } from 'vitest';
import { createStandIn, loadAppsScript } from '../../apps-script-standin/index';

const SCRIPT = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
}
function countRows() {
  return SpreadsheetApp.getActiveSheet().getDataRange().getValues().length;
}
function today() {
  Logger.log('today is %s', Utilities.formatDate(new Date(0), 'UTC', 'yyyy-MM-dd'));
  return new Date(0);
}
`;

describe('loadAppsScript', () => {
  it('returns the script’s top-level functions and records the menu onOpen builds', () => {
    const standIn = createStandIn();
    const fns = loadAppsScript(SCRIPT, standIn);
    expect(Object.keys(fns).sort()).toEqual(['countRows', 'onOpen', 'today']);
    fns.onOpen?.({});
    expect(standIn.ui.menus).toEqual([
      { title: 'Framework in Action', items: [{ caption: 'Open', functionName: 'showSidebar' }] },
    ]);
  });

  it('builds the menu in AuthMode NONE', () => {
    const standIn = createStandIn();
    standIn.setAuthMode('NONE');
    expect(() => loadAppsScript(SCRIPT, standIn).onOpen?.({})).not.toThrow();
    expect(standIn.ui.menus).toHaveLength(1);
  });

  it('runs against the stand-in’s workbook and keeps log messages', () => {
    const standIn = createStandIn({ sheets: [{ name: 'S', values: [['a'], ['b']] }] });
    const fns = loadAppsScript(SCRIPT, standIn);
    expect(fns.countRows?.()).toBe(2);
    fns.today?.();
    expect(standIn.logs).toEqual(['today is 1970-01-01']);
  });

  it('hands cell dates to the script as its own Dates', () => {
    const standIn = createStandIn({ sheets: [{ name: 'S', values: [[new Date('2024-01-02T00:00:00Z')]] }] });
    const fns = loadAppsScript(
      'function isDate() { return SpreadsheetApp.getActiveSheet().getRange(1, 1).getValue() instanceof Date; }',
      standIn,
    );
    expect(fns.isDate?.()).toBe(true);
  });

  it('gives each load a fresh context', () => {
    const standIn = createStandIn();
    loadAppsScript('var leaked = 1; function a() { return typeof leaked; }', standIn);
    const fns = loadAppsScript('function b() { return typeof leaked; }', standIn);
    expect(fns.b?.()).toBe('undefined');
  });
});
