import { describe, expect, it } from 'vitest';
import { loadAddon } from './addon';

/** The page data showSidebar embedded in the sidebar it opened. */
function embeddedQuery(addon: ReturnType<typeof loadAddon>): unknown {
  const html = addon.standIn.ui.sidebars.at(-1)?.html ?? '';
  const json =
    /<script id="initial-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return JSON.parse(json).query;
}

describe('the Explore view’s filters across closing and reopening the sidebar', () => {
  it('come back in the page showSidebar opens', () => {
    const addon = loadAddon();
    addon.run.saveExploreState({ principles: [3], types: ['Tactic'], match: 'all', text: 'hub' });
    addon.raw.showSidebar();
    expect(embeddedQuery(addon)).toEqual({ principles: [3], types: ['Tactic'], match: 'all', text: 'hub' });
  });

  it('start empty for someone who saved none', () => {
    const addon = loadAddon();
    addon.raw.showSidebar();
    expect(embeddedQuery(addon)).toEqual({ match: 'any' });
  });

  it('are kept per person, in user properties, and cleaned of anything that is not a filter', () => {
    const addon = loadAddon();
    addon.run.saveExploreState({ principles: [3, 42], types: ['Nonsense'] } as never);
    const stored = Object.values(addon.standIn.snapshot().userProperties ?? {});
    expect(stored.map((s) => JSON.parse(s).value)).toEqual([{ match: 'any', principles: [3] }]);
  });
});

describe('filters too large for one property value', () => {
  it('are kept with as many of the ticked councils as fit, never a message that the store is full', () => {
    const addon = loadAddon();
    const councils = Array.from(
      { length: 200 },
      (_, i) => `The Royal Borough of Somewhere Quite Long, North and South ${i}`,
    );
    expect(() => addon.run.saveExploreState({ councils, text: 'hub' })).not.toThrow();
    addon.raw.showSidebar();
    const kept = embeddedQuery(addon) as { councils: string[]; text: string };
    expect(kept.text).toBe('hub');
    expect(kept.councils.length).toBeGreaterThan(50);
    expect(kept.councils).toEqual(councils.slice(0, kept.councils.length));
    const stored = Object.values(addon.standIn.snapshot().userProperties ?? {})[0] ?? '';
    expect(new TextEncoder().encode(stored).length).toBeLessThanOrEqual(9 * 1024);
  });
});
