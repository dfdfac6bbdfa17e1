import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { builtFile } from './server/addon';

describe('the built add-on', () => {
  const code = builtFile('Code.js');

  it('declares a global function for every entry point Apps Script must see', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const name of ['onOpen', 'onInstall', 'showSidebar', 'getCatalogue']) {
      expect(typeof context[name], name).toBe('function');
    }
  });

  it('makes no service call when the script is loaded, only when a function runs', () => {
    // A context with no Apps Script globals at all: any top-level call would throw here.
    expect(() => vm.runInContext(code, vm.createContext({}))).not.toThrow();
  });

  it('ships the sidebar as one page with its script and styles inline and nothing fetched from outside', () => {
    const page = builtFile('Sidebar.html');
    expect(page).toContain('<!--initial-data-->');
    expect(page).not.toMatch(/<script[^>]+src=/i);
    expect(page).not.toMatch(/<link[^>]+stylesheet/i);
    expect(page).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(page.match(/<\/script>/gi)?.length).toBe(page.match(/<script\b/gi)?.length);
  });

  it('copies the manifest with only the two narrow scopes', () => {
    const manifest = JSON.parse(builtFile('appsscript.json'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Europe/London' });
  });
});
