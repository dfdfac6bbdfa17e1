// Names for the tabs the add-on makes: never one a tab already has, compared as Sheets compares them (without case).

/** Sheets keeps tab names unique regardless of case: "Navigator" and "navigator" cannot both exist. */
export function tabNameKey(name: string): string {
  return name.toLowerCase();
}

export function sameTabName(a: string, b: string): boolean {
  return tabNameKey(a) === tabNameKey(b);
}

/** `base`, or "base (2)", "base (3)"… : the first that no existing tab has, in any case. */
export function unusedTabName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map(tabNameKey));
  if (!taken.has(tabNameKey(base))) return base;
  let n = 2;
  while (taken.has(tabNameKey(`${base} (${n})`))) n++;
  return `${base} (${n})`;
}
