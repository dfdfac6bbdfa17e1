import { describe, expect, it } from 'vitest';
import { services } from './helpers';

describe('Ui', () => {
  it('records the add-on menu under the add-on’s name', () => {
    const { standIn, app } = services();
    app
      .getUi()
      .createAddonMenu()
      .addItem('Open', 'showSidebar')
      .addSeparator()
      .addItem('Check', 'checkExamples')
      .addToUi();
    expect(standIn.ui.menus).toEqual([
      {
        title: 'Framework in Action',
        items: [
          { caption: 'Open', functionName: 'showSidebar' },
          'separator',
          { caption: 'Check', functionName: 'checkExamples' },
        ],
      },
    ]);
  });

  it('replaces a menu added again instead of duplicating it', () => {
    const { standIn, app } = services();
    app.getUi().createMenu('Tools').addItem('A', 'a').addToUi();
    app.getUi().createMenu('Tools').addItem('B', 'b').addToUi();
    expect(standIn.ui.menus).toEqual([{ title: 'Tools', items: [{ caption: 'B', functionName: 'b' }] }]);
  });

  it('records sub-menus', () => {
    const { standIn, app } = services();
    const ui = app.getUi();
    ui.createMenu('Top').addSubMenu(ui.createMenu('Sub').addItem('Go', 'go')).addToUi();
    expect(standIn.ui.menus[0]?.items[0]).toEqual({
      caption: 'Sub',
      functionName: '',
      submenu: { title: 'Sub', items: [{ caption: 'Go', functionName: 'go' }] },
    });
  });

  it('shows a sidebar from an HTML file with its title', () => {
    const { standIn, app, html } = services([], { files: { Sidebar: '<p>Hi</p>' } });
    app.getUi().showSidebar(html.createHtmlOutputFromFile('Sidebar').setTitle('Framework in Action'));
    expect(standIn.ui.sidebars).toEqual([{ title: 'Framework in Action', html: '<p>Hi</p>' }]);
  });

  it('records dialogs and alerts, and the alert answers OK', () => {
    const { standIn, app, html } = services();
    const ui = app.getUi();
    ui.showModalDialog(html.createHtmlOutput('<b>x</b>'), 'Export');
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(standIn.ui.dialogs).toEqual([{ title: 'Export', html: '<b>x</b>' }]);
    expect(standIn.ui.alerts).toEqual(['Done']);
  });
});

describe('HtmlService', () => {
  it('throws the Apps Script error for a missing file', () => {
    const { html } = services();
    expect(() => html.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });

  it('builds output by setting and appending content', () => {
    const { html } = services();
    const out = html.createHtmlOutput('<p>a</p>').append('<p>b</p>').setWidth(320).setHeight(200);
    expect(out.getContent()).toBe('<p>a</p><p>b</p>');
    expect(out.setContent('c').getContent()).toBe('c');
    expect([out.getWidth(), out.getHeight()]).toEqual([320, 200]);
    expect(() =>
      out.setSandboxMode(html.SandboxMode.IFRAME).setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL),
    ).not.toThrow();
  });
});
