// What a chart in the grid plots, read from the chart's own ranges and options, as Sheets reads them.

import { splitSheetName } from '../../apps-script-standin/spreadsheet/a1';
import type { ChartSeed } from '../../apps-script-standin/types';
import { rectOf } from './sheet-layout';

/** The tab text the chart's ranges can point into: each tab's displayed text by name. */
export interface TabText {
  name: string;
  text: string[][];
  maxRows?: number;
  maxColumns?: number;
}

export interface ChartSeries {
  name: string;
  /** One per category; null where the cell holds no number (Sheets leaves the point out). */
  values: (number | null)[];
}

export interface ChartData {
  title: string;
  categories: string[];
  series: ChartSeries[];
  min: number;
  max: number;
}

/** The cells of one range, column by column (a chart's ranges are columns here, as the add-on's are). */
function columnsOf(a1: string, home: TabText, tabs: readonly TabText[]): string[][] {
  const { sheetName, ref } = splitSheetName(a1);
  const tab = sheetName ? tabs.find((t) => t.name === sheetName) : home;
  const rect = tab ? rectOf(ref, tab) : null;
  if (!tab || !rect) return [];
  const columns: string[][] = [];
  for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
    const cells: string[] = [];
    for (let r = rect.row; r < rect.row + rect.numRows; r++) cells.push(tab.text[r - 1]?.[c - 1] ?? '');
    columns.push(cells);
  }
  return columns;
}

function numberIn(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(value) ? value : null;
}

function viewWindow(options: Record<string, unknown>): { min?: number; max?: number } {
  const vAxis = options.vAxis as { viewWindow?: { min?: unknown; max?: unknown } } | undefined;
  const pick = (v: unknown) => (typeof v === 'number' ? v : undefined);
  return { min: pick(vAxis?.viewWindow?.min), max: pick(vAxis?.viewWindow?.max) };
}

/**
 * The first column is the categories and each further column a series; a first row whose value cells
 * hold no number is the header (the series' names), as Sheets guesses. `home` is the chart's own tab.
 */
export function chartData(chart: ChartSeed, home: TabText, tabs: readonly TabText[]): ChartData {
  const columns = chart.ranges.flatMap((a1) => columnsOf(a1, home, tabs));
  const [labels = [], ...valueColumns] = columns;
  const hasHeader = valueColumns.length > 0 && valueColumns.every((c) => numberIn(c[0] ?? '') === null);
  const from = hasHeader ? 1 : 0;
  const series = valueColumns.map((cells, i) => ({
    name: hasHeader ? cells[0] : `Series ${i + 1}`,
    values: cells.slice(from).map(numberIn),
  }));
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const window = viewWindow(chart.options);
  return {
    title: typeof chart.options.title === 'string' ? chart.options.title : '',
    categories: labels.slice(from),
    series,
    min: window.min ?? Math.min(0, ...numbers),
    max: window.max ?? Math.max(1, ...numbers),
  };
}
