import { describe, expect, it } from 'vitest';
import { loadAddon, spreadsheetWithExamples } from './addon';

describe('getCatalogue on the built add-on', () => {
  it('gives the exact seed figures, as plain JSON', () => {
    const { run } = loadAddon();
    const catalogue = run.getCatalogue();
    expect(catalogue.examples).toHaveLength(53);
    expect(catalogue.resources).toHaveLength(11);
    expect(catalogue.principles.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const types: Record<string, number> = {};
    for (const e of catalogue.examples) types[e.type] = (types[e.type] ?? 0) + 1;
    expect(types).toEqual({ Project: 20, Strategy: 14, Tactic: 13, Tweak: 6 });
    expect(catalogue.problems.some((p) => p.cell === `P${catalogue.examples[0].row}`)).toBe(true);
  });

  it('reads each tab in one getValues call', () => {
    const { run, standIn } = loadAddon();
    standIn.calls.reset();
    run.getCatalogue();
    const sheets = standIn.snapshot().sheets.length;
    expect(standIn.calls.byMethod()['Range.getValues']).toBe(sheets);
  });

  it('makes the same service calls for 53 examples and for 10,000', () => {
    const small = loadAddon();
    const large = loadAddon(spreadsheetWithExamples(10_000));
    small.standIn.calls.reset();
    large.standIn.calls.reset();
    small.run.getCatalogue();
    expect(large.run.getCatalogue().examples).toHaveLength(10_000);
    expect(large.standIn.calls.byMethod()).toEqual(small.standIn.calls.byMethod());
  });

  it('reads links from HYPERLINK formulas and rich text', () => {
    const seed = {
      sheets: [
        {
          name: 'Ours',
          values: [
            [
              'No.',
              'Name',
              'Council',
              'What did the council do?',
              'Type of action',
              'Shift the obstacles [1]',
            ],
            [1, 'Report', 'Leeds', 'Did it', 'Tweak', 'Fewer forms'],
          ],
          formulas: [
            ['', '', '', '', '', ''],
            ['', '=HYPERLINK("https://example.org/report", "Report")', '', '', '', ''],
          ],
          richLinks: [
            [null, null, null, null, null, null],
            [null, null, null, [{ text: 'Did it', url: 'https://example.org/did' }], null, null],
          ],
        },
      ],
    };
    const [example] = loadAddon(seed).run.getCatalogue().examples;
    expect(example.links).toEqual([
      { text: 'Report', url: 'https://example.org/report' },
      { text: 'Did it', url: 'https://example.org/did' },
    ]);
  });
});

describe('the add-on menu', () => {
  it('is built by onOpen with no other service call, so it works in AuthMode.NONE', () => {
    const { raw, standIn } = loadAddon();
    standIn.setAuthMode('NONE');
    raw.onOpen({ authMode: 'NONE' });
    expect(standIn.ui.menus).toHaveLength(1);
    expect(standIn.ui.menus[0].items).toContainEqual({
      caption: 'Open Framework in Action',
      functionName: 'showSidebar',
    });
  });

  it('is built by onInstall as onOpen builds it', () => {
    const { raw, standIn } = loadAddon();
    raw.onInstall({ authMode: 'FULL' });
    expect(standIn.ui.menus).toHaveLength(1);
  });

  it('only names functions the add-on declares', () => {
    const { raw, standIn } = loadAddon();
    raw.onOpen({});
    for (const item of standIn.ui.menus[0].items) {
      if (item !== 'separator') expect(typeof raw[item.functionName], item.functionName).toBe('function');
    }
  });
});

describe('showSidebar', () => {
  it('opens the built page with the catalogue already in it', () => {
    const { raw, standIn } = loadAddon();
    raw.showSidebar();
    const [sidebar] = standIn.ui.sidebars;
    expect(sidebar.title).toBe('Framework in Action');
    const json =
      /<script id="initial-data" type="application\/json">(.*?)<\/script>/s.exec(sidebar.html)?.[1] ?? '';
    expect(JSON.parse(json).catalogue.examples).toHaveLength(53);
  });

  it('keeps sheet text inert inside the page data', () => {
    const seed = {
      sheets: [
        {
          name: 'Ours',
          values: [
            ['No.', 'Name', 'Council', 'What did the council do?', 'Type of action'],
            [1, 'Fish &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;', 'Leeds', '&lt;!-- hi', 'Tweak'],
          ],
        },
      ],
    };
    const { raw, standIn } = loadAddon(seed);
    raw.showSidebar();
    const html = standIn.ui.sidebars[0].html;
    expect(html).not.toContain('<script>alert(1)');
    const json = /<script id="initial-data" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    const [example] = JSON.parse(json).catalogue.examples;
    expect(example.name).toBe('Fish </script><script>alert(1)</script>');
    expect(example.description).toBe('<!-- hi');
  });
});
