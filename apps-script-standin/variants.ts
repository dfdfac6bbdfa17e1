// The answers the stand-in gives where Google documents nothing: each is an option, so a test can run under every answer.

/**
 * Each field is one behaviour that Google's reference leaves open (see docs/platform.md, "Undocumented").
 * The first value of each is the stand-in's default; `npm run live-check` tells which one Google gives.
 */
export interface Variants {
  /**
   * What Filter.getColumnFilterCriteria(c).getHiddenValues() gives back after setHiddenValues(v):
   * 'as-set' the strings as given; 'as-shown' what Sheets might keep instead (no blanks, no repeats, sorted).
   */
  hiddenValues: 'as-set' | 'as-shown';
  /** Whether Spreadsheet.getSheetByName('navigator') finds a tab named "Navigator". */
  sheetNameLookup: 'exact-case' | 'any-case';
  /** What a person choosing "3" from a list dropdown stores: the number 3, or the text "3". */
  listChoice: 'number' | 'text';
}

export const DEFAULT_VARIANTS: Readonly<Variants> = Object.freeze({
  hiddenValues: 'as-set',
  sheetNameLookup: 'exact-case',
  listChoice: 'number',
});

const CHOICES: { [K in keyof Variants]: readonly Variants[K][] } = {
  hiddenValues: ['as-set', 'as-shown'],
  sheetNameLookup: ['exact-case', 'any-case'],
  listChoice: ['number', 'text'],
};

/** Every answer to one undocumented behaviour, each as a full set of variants (the others at their default). */
export function variantsOf<K extends keyof Variants>(key: K): Variants[] {
  return CHOICES[key].map((value) => ({ ...DEFAULT_VARIANTS, [key]: value }));
}

/** A short label for a test title, e.g. "hiddenValues=as-shown". */
export function describeVariants(variants: Partial<Variants>): string {
  const changed = (Object.keys(variants) as (keyof Variants)[]).filter(
    (k) => variants[k] !== DEFAULT_VARIANTS[k],
  );
  const keys = changed.length > 0 ? changed : (Object.keys(variants) as (keyof Variants)[]);
  return keys.map((k) => `${k}=${variants[k]}`).join(', ') || 'default answers';
}

/**
 * Hidden values as Sheets might keep them rather than as given: blanks dropped (a blank is not a value
 * a filter lists), repeats merged, sorted. Nothing documents either form, so the add-on must not rely on it.
 */
export function hiddenValuesAsShown(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))].sort();
}

/** What getHiddenValues() gives back under the variant in force. */
export function hiddenValuesReadBack(values: readonly string[], variants: Variants): string[] {
  return variants.hiddenValues === 'as-shown' ? hiddenValuesAsShown(values) : [...values];
}
