// The preview page: the workbook's grid, its tabs, the add-on menu and the add-on's sidebar, kept in step with the server.

import { cellA1 } from '../../apps-script-standin/spreadsheet/a1';
import { el } from './dom';
import { Grid } from './grid';
import { renderMenus } from './menu';
import {
  type CallOutcome,
  type FrameRequest,
  frameOriginFor,
  type UiCounts,
  type WorkbookView,
} from './protocol';

const POLL_MS = 1000;
const MESSAGE_MS = 10_000;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The preview page has no #${id}.`);
  return element as T;
}

/** Menu and edit calls not yet answered, read by the browser tests as the sidebar's are. */
const inFlight = window as unknown as { __previewCallsInFlight: number };
inFlight.__previewCallsInFlight = 0;

/** The origin the add-on's sidebar and dialogs come from: another site, as in Google. */
const FRAME_ORIGIN = frameOriginFor(location.origin);

/** A JSON request to the preview server; `body` is sent as it is when it is already JSON text. */
async function post(path: string, body: unknown): Promise<CallOutcome> {
  inFlight.__previewCallsInFlight++;
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return (await response.json()) as CallOutcome;
  } catch {
    return { error: 'The preview server is not answering. Is npm start still running?' };
  } finally {
    inFlight.__previewCallsInFlight--;
  }
}

class PreviewPage {
  private view: WorkbookView | null = null;
  private shownSheet = '';
  private lastActive = '';
  private menusJson = '';
  private seen: UiCounts = { version: -1, sidebars: 0, dialogs: 0, alerts: 0, toasts: 0 };
  private refreshing: Promise<void> | null = null;
  private readonly grid = new Grid(byId('grid'), {
    select: (row, column) => this.showCell(row, column),
    edit: (a1, text) => void this.edit(a1, text),
  });

  async start(): Promise<void> {
    await this.refresh(true);
    window.addEventListener('message', (event) => this.onMessage(event));
    byId('addon-pane-close').addEventListener('click', () => this.closePane());
    byId<HTMLButtonElement>('dialog-close').addEventListener('click', () =>
      byId<HTMLDialogElement>('addon-dialog').close(),
    );
    setInterval(() => void this.poll(), POLL_MS);
  }

  /** Only the add-on's own frames, from their origin, may ask the page for anything. */
  private onMessage(event: MessageEvent): void {
    const frames = [byId<HTMLIFrameElement>('sidebar-frame'), byId<HTMLIFrameElement>('dialog-frame')];
    const from = frames.find((frame) => frame.contentWindow === event.source);
    if (event.origin !== FRAME_ORIGIN || !from) return;
    const request = event.data as FrameRequest | null;
    if (
      request?.type === 'fia-preview:run' &&
      typeof request.id === 'number' &&
      typeof request.body === 'string'
    )
      void this.runFor(from, request.id, request.body);
    else if (request?.type === 'fia-preview:close') this.closeFrame(from);
    else if (request?.type === 'fia-preview:focus-editor') this.focusGrid();
  }

  /** A google.script.run call from a frame: made here, answered to that frame, then the grid redrawn. */
  private async runFor(frame: HTMLIFrameElement, id: number, body: string): Promise<void> {
    const outcome = await post('/api/run', body);
    frame.contentWindow?.postMessage({ type: 'fia-preview:ran', id, outcome }, FRAME_ORIGIN);
    await this.refresh();
  }

  /** google.script.host.close(): a dialog closes its dialog, a sidebar its pane. */
  private closeFrame(frame: HTMLIFrameElement): void {
    if (frame.id === 'dialog-frame') byId<HTMLDialogElement>('addon-dialog').close();
    else this.closePane();
  }

  private focusGrid(): void {
    byId('grid').querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  private async poll(): Promise<void> {
    try {
      const counts = (await (await fetch('/api/version')).json()) as UiCounts;
      if (counts.version !== this.seen.version) await this.refresh();
    } catch {
      // The server has stopped; the next poll tries again.
    }
  }

  /** Fetches the workbook and redraws; calls that arrive while one is running wait for it, then run once more. */
  refresh(first = false): Promise<void> {
    const run = async () => {
      try {
        this.apply((await (await fetch('/api/workbook')).json()) as WorkbookView, first);
      } catch {
        // The server has stopped or is restarting; the next poll tries again.
      }
    };
    const next = (this.refreshing ?? Promise.resolve()).then(run, run);
    this.refreshing = next;
    return next;
  }

  private apply(view: WorkbookView, first: boolean): void {
    const previous = this.seen;
    const counts = view.counts;
    this.view = view;
    document.title = `${view.name} – Framework in Action preview`;
    byId('workbook-name').textContent = view.name;
    const menusJson = JSON.stringify(view.menus);
    if (menusJson !== this.menusJson) {
      this.menusJson = menusJson;
      renderMenus(byId('menubar'), view.menus, (name, caption) => void this.chooseMenuItem(name, caption));
    }
    // The add-on moving the selection (or making a tab) brings that tab forward, as in Sheets.
    const active = JSON.stringify([view.activeSheet, view.activeRange]);
    if (active !== this.lastActive || !view.sheets.some((s) => s.name === this.shownSheet)) {
      this.lastActive = active;
      this.shownSheet = view.activeRange?.sheet ?? view.activeSheet;
    }
    this.renderTabs();
    this.renderSheet();
    if (!first) {
      if (counts.sidebars > previous.sidebars)
        this.openPane(counts.sidebars - 1, view.sidebarTitles[counts.sidebars - 1]);
      if (counts.dialogs > previous.dialogs)
        this.openDialog(counts.dialogs - 1, view.dialogTitles[counts.dialogs - 1]);
      for (const alert of view.alerts.slice(previous.alerts)) this.say(alert);
      for (const toast of view.toasts.slice(previous.toasts)) this.say(toast);
    }
    if (first && view.onOpenError) this.say(`onOpen failed: ${view.onOpenError}`);
    this.seen = counts;
    document.body.dataset.version = String(counts.version);
  }

  private renderTabs(): void {
    const tabs = (this.view?.sheets ?? []).map((sheet) => {
      const button = el(
        'button',
        { type: 'button', class: 'sheet-tab', 'aria-pressed': String(sheet.name === this.shownSheet) },
        sheet.name,
      );
      button.addEventListener('click', () => {
        this.shownSheet = sheet.name;
        this.renderTabs();
        this.renderSheet();
        byId('sheet-tabs').querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
      });
      return button;
    });
    byId('sheet-tabs').replaceChildren(...tabs);
  }

  private renderSheet(): void {
    const sheet = this.view?.sheets.find((s) => s.name === this.shownSheet);
    if (sheet) this.grid.render(sheet, this.view?.activeRange ?? null, this.view?.sheets ?? [sheet]);
    byId('sheet-title').textContent = `Sheet: ${this.shownSheet}`;
  }

  private showCell(row: number, column: number): void {
    const sheet = this.view?.sheets.find((s) => s.name === this.shownSheet);
    byId('cell-name').textContent = cellA1(row, column);
    // As in Sheets, the bar shows what the cell holds: its formula where it has one, else its value.
    const formula = sheet?.formulas?.[row - 1]?.[column - 1] ?? '';
    byId('cell-text').textContent = formula || (sheet?.text[row - 1]?.[column - 1] ?? '');
  }

  private async chooseMenuItem(functionName: string, caption: string): Promise<void> {
    const outcome = await post('/api/menu', { functionName });
    if (outcome.error !== undefined) this.say(`${caption}: ${outcome.error}`);
    await this.refresh();
  }

  private async edit(a1: string, text: string): Promise<void> {
    const outcome = await post('/api/edit', { sheet: this.shownSheet, a1, text });
    if (outcome.error !== undefined) this.say(`${a1}: ${outcome.error}`);
    await this.refresh();
  }

  private openPane(index: number, title = ''): void {
    const pane = byId('addon-pane');
    byId('addon-pane-title').textContent = title || 'Add-on';
    const frame = byId<HTMLIFrameElement>('sidebar-frame');
    frame.title = title || 'Add-on sidebar';
    frame.src = `${FRAME_ORIGIN}/sidebar/${index}`;
    pane.hidden = false;
    frame.addEventListener('load', () => frame.contentWindow?.focus(), { once: true });
  }

  /** Closes the sidebar and, as Sheets does, gives focus back to the sheet. */
  private closePane(): void {
    byId('addon-pane').hidden = true;
    byId<HTMLIFrameElement>('sidebar-frame').src = 'about:blank';
    this.focusGrid();
  }

  private openDialog(index: number, title = ''): void {
    byId('dialog-title').textContent = title || 'Add-on';
    const frame = byId<HTMLIFrameElement>('dialog-frame');
    frame.title = title || 'Add-on dialog';
    frame.src = `${FRAME_ORIGIN}/dialog/${index}`;
    byId<HTMLDialogElement>('addon-dialog').showModal();
  }

  /** Alerts, toasts and errors, read out by screen readers; each goes after a while, as a toast does. */
  private say(message: string): void {
    const messages = byId('messages');
    const line = el('p', {}, message);
    messages.append(line);
    while (messages.childElementCount > 3) messages.firstElementChild?.remove();
    setTimeout(() => line.remove(), MESSAGE_MS);
  }
}

void new PreviewPage().start();
