// The live check's one table: pure helpers that name Google's answers and lay the rows out for the execution log.

/** One line of the table: what was asked, what Google answered, what the stand-in assumes, and the evidence. */
export interface LiveCheckRow {
  check: string;
  answer: string;
  standIn: string;
  detail: string;
}

/** Which of the stand-in's two answers (apps-script-standin/variants.ts) Google gave for hidden values, if either. */
export function hiddenValuesAnswer(set: readonly string[], readBack: readonly string[]): string {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((v, i) => v === b[i]);
  if (same(set, readBack)) return 'as-set';
  const shown = [...new Set(set.filter((v) => v !== ''))].sort();
  if (same(shown, readBack)) return 'as-shown';
  return 'other (see detail)';
}

const HEADINGS: LiveCheckRow = {
  check: 'check',
  answer: "Google's answer",
  standIn: 'stand-in',
  detail: 'detail',
};

/** A fixed-width table, one row a line, columns separated by " | ", as the execution log shows it. */
export function formatTable(rows: readonly LiveCheckRow[]): string {
  const all = [HEADINGS, ...rows];
  const keys = ['check', 'answer', 'standIn'] as const;
  const widths = keys.map((k) => Math.max(...all.map((r) => r[k].length)));
  const line = (r: LiveCheckRow) => [...keys.map((k, i) => r[k].padEnd(widths[i])), r.detail].join(' | ');
  const rule = [...widths.map((w) => '-'.repeat(w)), '------'].join('-|-');
  return ['Framework in Action live check', line(HEADINGS), rule, ...rows.map(line)].join('\n');
}
