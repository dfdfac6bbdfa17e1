// Draws one tab as a spreadsheet grid (text only, never HTML) and lets a person select and edit cells.

import { cellA1, columnLetters, type Rect } from '../../apps-script-standin/spreadsheet/a1';
import { drawChart } from './chart';
import { chartData, type TabText } from './chart-data';
import { el } from './dom';
import type { ActiveRangeView, SheetView } from './protocol';
import {
  contains,
  dropdownLists,
  gridSize,
  type HiddenBy,
  MAX_ROWS,
  rectOf,
  rowHiddenBy,
} from './sheet-layout';
import { breaksRule } from './validation';

export interface GridEvents {
  /** The person moved the selection to a cell. */
  select(row: number, column: number): void;
  /** The person typed into a cell and pressed Enter. */
  edit(a1: string, text: string): void;
}

const SAFE_COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

export class Grid {
  private cursor = { row: 1, column: 1 };
  private drawn = '';
  private dropdowns = new Map<string, string[]>();
  private formulas: string[][] = [];
  private table: HTMLTableElement | null = null;
  /** A cell being typed into: drawing now would throw the typing away, so the newest drawing waits. */
  private editing = false;
  private waiting: (() => void) | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly events: GridEvents,
  ) {
    root.addEventListener('keydown', (event) => this.onKey(event));
    root.addEventListener('click', (event) => {
      const cell = (event.target as Element).closest<HTMLTableCellElement>('td[data-cell]');
      if (cell) this.moveTo(Number(cell.dataset.row), Number(cell.dataset.column), true);
    });
    root.addEventListener('dblclick', (event) => {
      const cell = (event.target as Element).closest<HTMLTableCellElement>('td[data-cell]');
      if (cell) this.startEditing(cell);
    });
  }

  /**
   * Draws the tab; `active` is the add-on's selection, highlighted when it is on this tab. `tabs` are
   * every tab's text, which a chart's ranges may point into.
   */
  render(sheet: SheetView, active: ActiveRangeView | null, tabs: readonly TabText[] = [sheet]): void {
    if (this.editing) {
      this.waiting = () => this.render(sheet, active, tabs);
      return;
    }
    // Most calls leave the tab as it was: redrawing thousands of cells would only slow the sidebar down.
    const chartText = (sheet.charts ?? []).length > 0 ? tabs.map((t) => t.text) : [];
    const drawn = JSON.stringify([sheet, active, chartText]);
    if (drawn === this.drawn) return;
    this.drawn = drawn;
    this.dropdowns = dropdownLists(sheet);
    this.formulas = sheet.formulas ?? [];
    const keepFocus = this.root.contains(document.activeElement) && document.activeElement?.tagName === 'TD';
    const selection = active && active.sheet === sheet.name ? active : null;
    if (selection) this.cursor = { row: selection.row, column: selection.column };
    this.table = this.build(sheet, selection);
    this.root.replaceChildren(this.table);
    if (sheet.text.length > MAX_ROWS) {
      this.root.append(
        el('p', { class: 'grid-note' }, `Showing the first ${MAX_ROWS} rows of ${sheet.text.length}.`),
      );
    }
    this.drawCharts(sheet, tabs);
    this.moveTo(this.cursor.row, this.cursor.column, keepFocus);
    if (selection) this.cellAt(selection.row, selection.column)?.scrollIntoView({ block: 'nearest' });
  }

  /** Each chart floats over the grid from its anchor cell, as in Sheets, drawn from its own ranges. */
  private drawCharts(sheet: SheetView, tabs: readonly TabText[]): void {
    const origin = this.table?.getBoundingClientRect();
    for (const chart of sheet.charts ?? []) {
      const anchor = this.cellAt(chart.position.row, chart.position.column);
      if (!anchor || !origin) continue;
      const at = anchor.getBoundingClientRect();
      const figure = drawChart(chart, chartData(chart, sheet, tabs));
      figure.style.top = `${at.top - origin.top + chart.position.offsetY}px`;
      figure.style.left = `${at.left - origin.left + chart.position.offsetX}px`;
      this.root.append(figure);
    }
  }

  private build(sheet: SheetView, selection: ActiveRangeView | null): HTMLTableElement {
    const { rows, columns } = gridSize(sheet);
    const filterRect = sheet.filter ? rectOf(sheet.filter.range, sheet) : null;
    const head = el('tr', {}, el('td', { class: 'grid__corner' }));
    for (let c = 1; c <= columns; c++)
      head.append(withWidth(el('th', { scope: 'col', class: 'grid__column' }, columnLetters(c)), sheet, c));
    const body = el('tbody');
    let hiddenRun: { from: number; by: HiddenBy } | null = null;
    for (let r = 1; r <= rows; r++) {
      const hiddenBy = rowHiddenBy(sheet, filterRect, r);
      if (hiddenBy && !hiddenRun) hiddenRun = { from: r, by: hiddenBy };
      if (!hiddenBy && hiddenRun) {
        body.append(hiddenMarker(hiddenRun.from, r - 1, hiddenRun.by, columns));
        hiddenRun = null;
      }
      body.append(
        this.buildRow(sheet, r, columns, hiddenBy, selection, filterRect?.row === r ? filterRect : null),
      );
    }
    if (hiddenRun) body.append(hiddenMarker(hiddenRun.from, rows, hiddenRun.by, columns));
    return el(
      'table',
      { class: 'grid', 'aria-label': `Cells of ${sheet.name}`, 'data-sheet': sheet.name },
      el('thead', {}, head),
      body,
    );
  }

  private buildRow(
    sheet: SheetView,
    r: number,
    columns: number,
    hiddenBy: HiddenBy,
    selection: ActiveRangeView | null,
    filterRect: Rect | null,
  ): HTMLTableRowElement {
    const isFilterHeader = filterRect !== null;
    const row = el(
      'tr',
      { 'data-row': String(r) },
      el('th', { scope: 'row', class: 'grid__row-number' }, String(r)),
    );
    if (hiddenBy) {
      row.hidden = true;
      row.dataset.hidden = hiddenBy;
    }
    if (r === sheet.frozenRows) row.classList.add('grid__row--frozen-edge');
    const selectionRect = selection
      ? {
          row: selection.row,
          column: selection.column,
          numRows: selection.numRows,
          numColumns: selection.numColumns,
        }
      : null;
    for (let c = 1; c <= columns; c++) {
      const cell = withWidth(this.buildCell(sheet, r, c), sheet, c);
      if (contains(selectionRect, r, c)) cell.classList.add('grid__cell--selected');
      if (
        isFilterHeader &&
        filterRect &&
        c >= filterRect.column &&
        c < filterRect.column + filterRect.numColumns
      )
        cell.append(filterIcon(Boolean(sheet.filter?.criteria[c])));
      row.append(cell);
    }
    return row;
  }

  private buildCell(sheet: SheetView, r: number, c: number): HTMLTableCellElement {
    const text = sheet.text[r - 1]?.[c - 1] ?? '';
    const a1 = cellA1(r, c);
    const cell = el(
      'td',
      { 'data-cell': a1, 'data-row': String(r), 'data-column': String(c), tabindex: '-1' },
      el('span', { class: 'grid__text' }, text),
    );
    if (text.length > 20) cell.title = text;
    const background = sheet.backgrounds?.[r - 1]?.[c - 1];
    if (background && SAFE_COLOUR.test(background) && background !== '#ffffff') {
      cell.style.backgroundColor = background;
      cell.dataset.background = background;
    }
    if (sheet.fontWeights?.[r - 1]?.[c - 1] === 'bold') cell.classList.add('grid__cell--bold');
    const note = sheet.notes?.[r - 1]?.[c - 1];
    if (note) {
      cell.dataset.note = note;
      cell.title = `Note: ${note}`;
      cell.append(el('span', { class: 'marker marker--note', 'aria-label': 'Has a note' }));
    }
    const list = this.dropdowns.get(`${r}:${c}`);
    if (list) {
      cell.dataset.validation = list.join(', ');
      cell.append(el('span', { class: 'marker marker--dropdown', 'aria-hidden': 'true' }, '▾'));
      if (breaksRule({ list }, text)) {
        // Sheets marks an entry a warning rule let through (or a script wrote) with a red corner.
        cell.dataset.invalid = 'true';
        cell.title = `Invalid: enter one of ${list.join(', ')}`;
        cell.append(
          el('span', { class: 'marker marker--invalid', role: 'img', 'aria-label': 'Invalid entry' }),
        );
      }
    }
    for (const chart of sheet.charts ?? []) {
      if (chart.position.row === r && chart.position.column === c) {
        const title = typeof chart.options.title === 'string' ? `: ${chart.options.title}` : '';
        cell.append(
          el(
            'span',
            { class: 'marker marker--chart', 'data-chart': chart.id },
            `${chart.type} chart${title}`,
          ),
        );
      }
    }
    return cell;
  }

  cellAt(row: number, column: number): HTMLTableCellElement | null {
    return (
      this.table?.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-column="${column}"]`) ??
      null
    );
  }

  /** One cell takes part in the Tab order (roving tabindex); arrows move it. */
  private moveTo(row: number, column: number, focus: boolean): void {
    const cell = this.cellAt(row, column);
    if (!cell) return;
    for (const old of this.root.querySelectorAll('td[tabindex="0"]')) old.setAttribute('tabindex', '-1');
    cell.setAttribute('tabindex', '0');
    this.cursor = { row, column };
    if (focus) cell.focus();
    this.events.select(row, column);
  }

  private onKey(event: KeyboardEvent): void {
    const cell = (event.target as Element).closest<HTMLTableCellElement>('td[data-cell]');
    if (!cell || (event.target as Element).tagName === 'INPUT') return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.moveTo(...this.nextVisible(this.cursor.row, move[0], this.cursor.column + move[1]), true);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.startEditing(cell);
    }
  }

  /** The next row in a direction that is not hidden, so arrows skip hidden rows as Sheets does. */
  private nextVisible(row: number, step: number, column: number): [number, number] {
    let r = row + step;
    while (step !== 0 && this.table?.querySelector(`tr[data-row="${r}"][hidden]`)) r += step;
    return this.cellAt(r, column) ? [r, column] : [row, Math.max(1, column)];
  }

  /** Types into a cell: Enter keeps the edit, Escape throws it away, and clicking away keeps it, as Sheets does. */
  private startEditing(cell: HTMLTableCellElement): void {
    const a1 = cell.dataset.cell ?? '';
    const row = Number(cell.dataset.row);
    const column = Number(cell.dataset.column);
    const input = el('input', { type: 'text', class: 'grid__editor', 'aria-label': `Edit cell ${a1}` });
    const before = this.formulaOrText(row, column, cell);
    input.value = before;
    cell.append(input);
    input.focus();
    input.select();
    this.editing = true;
    let done = false;
    const finish = (save: boolean, refocus: boolean) => {
      if (done) return;
      done = true;
      this.editing = false;
      input.remove();
      if (refocus) cell.focus();
      if (save && input.value !== before) this.events.edit(a1, input.value);
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') finish(true, true);
      else if (event.key === 'Escape') finish(false, true);
      else return;
      event.preventDefault();
      event.stopPropagation();
    });
    input.addEventListener('blur', () => finish(true, false));
  }

  /** What the editor starts with: the formula where the cell has one, else the text shown. */
  private formulaOrText(row: number, column: number, cell: HTMLTableCellElement): string {
    return this.formulas[row - 1]?.[column - 1] || (cell.querySelector('.grid__text')?.textContent ?? '');
  }
}

/** The funnel Sheets draws on a filter's header cells; filled when the column hides something. */
function filterIcon(active: boolean): HTMLElement {
  const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  icon.setAttribute('viewBox', '0 0 12 12');
  icon.setAttribute('width', '12');
  icon.setAttribute('height', '12');
  icon.setAttribute('aria-hidden', 'true');
  const funnel = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  funnel.setAttribute('d', 'M1 2h10L7 6.5V10L5 11V6.5Z');
  icon.append(funnel);
  const label = active ? 'Filtered column' : 'Filter';
  const marker = el('span', {
    class: `marker marker--filter${active ? ' marker--filter-active' : ''}`,
    title: label,
  });
  marker.dataset.filter = active ? 'active' : 'on';
  marker.append(icon);
  return marker;
}

function hiddenMarker(from: number, to: number, by: HiddenBy, columns: number): HTMLTableRowElement {
  const rows = from === to ? `Row ${from}` : `Rows ${from}–${to}`;
  const why = by === 'filter' ? 'hidden by the filter' : 'hidden';
  return el(
    'tr',
    { class: 'grid__hidden-rows', 'data-hidden-rows': `${from}-${to}` },
    el('td', { class: 'grid__hidden-marker', colspan: String(columns + 1) }, `${rows} ${why}`),
  );
}

/** A column the sheet gave a width (setColumnWidth) is drawn that wide. */
function withWidth<T extends HTMLElement>(element: T, sheet: SheetView, column: number): T {
  const width = sheet.columnWidths?.[column];
  if (width) {
    element.style.width = `${width}px`;
    element.style.minWidth = `${width}px`;
    element.style.maxWidth = `${width}px`;
  }
  return element;
}
