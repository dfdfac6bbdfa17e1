// The seed's example rows read straight from the tab-separated export, by a different route from the add-on's
// reader, so tests can check the filter against figures it did not compute itself.

import { SEED_TEXT } from './seed';

export interface SeedRow {
  id: string;
  type: string;
  principles: Set<number>;
  council: string;
}

/**
 * The seed's example rows read straight from the tab-separated text, by a different route from the
 * add-on's reader: the principle and type columns found by their header text in the latest header row.
 */
export function seedRows(): SeedRow[] {
  const rows: SeedRow[] = [];
  let typeAt = -1;
  let councilAt = -1;
  let principleAt = new Map<number, number>();
  for (const line of SEED_TEXT.split(/\r?\n/)) {
    const cells = line.split('\t');
    if (cells.some((c) => c.trim() === 'Type of action')) {
      typeAt = cells.findIndex((c) => c.trim() === 'Type of action');
      councilAt = cells.findIndex((c) => c.trim() === 'Council');
    }
    if (cells.some((c) => /\[\d\]\s*$/.test(c))) {
      principleAt = new Map();
      cells.forEach((c, i) => {
        const n = /\[(\d)\]\s*$/.exec(c);
        if (n) principleAt.set(Number(n[1]), i);
      });
    }
    if (/^\d+$/.test(cells[0].trim()) && cells.length > 5 && typeAt !== -1) {
      const principles = new Set(
        [...principleAt].filter(([, i]) => (cells[i] ?? '').trim() !== '').map(([p]) => p),
      );
      rows.push({
        id: cells[0].trim(),
        type: cells[typeAt].trim(),
        principles,
        council: cells[councilAt].trim(),
      });
    }
  }
  return rows;
}
