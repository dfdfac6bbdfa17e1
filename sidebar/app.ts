// The sidebar's shared state: the catalogue and the current query, with listeners, used by every view.

import type { SidebarPageData, SidebarView } from '../src/core/api';
import { type ExampleIndex, indexExamples, normaliseQuery } from '../src/core/filter';
import type { Catalogue, Query } from '../src/core/model';
import { server } from './server';

/** What the server put in the page: the catalogue, the kept filters, the view to open at, the Navigator's state. */
export type PageData = SidebarPageData;
export type ViewName = SidebarView;

/** What changed: the query (a filter or a word), the catalogue (examples read again), or both. */
export interface Change {
  query: boolean;
  catalogue: boolean;
}

type Listener = (change: Change) => void;

interface Subscription {
  listener: Listener;
  /** A view's section: while it is hidden, changes wait here until it is shown. */
  section?: HTMLElement;
  pending?: Change;
}

export class App {
  catalogue: Catalogue;
  index: ExampleIndex;
  query: Query = { match: 'any' };
  /** The version of the sheet the catalogue was read from: '' when unknown, which makes the next check read it. */
  version: string;
  /** Everything the server put in the page, for views that read their own part of it. */
  readonly page: PageData;
  private subscriptions = new Set<Subscription>();

  constructor(data: PageData) {
    this.page = data;
    this.catalogue = data.catalogue;
    this.version = data.version ?? '';
    this.index = indexExamples(data.catalogue.examples);
    if (data.query) this.query = normaliseQuery(data.query);
  }

  /**
   * Tells a view what changed. With its section, a hidden view is told once, when it is next shown,
   * so typing in Explore never redraws a view nobody can see.
   */
  onChange(listener: Listener, section?: HTMLElement): () => void {
    const subscription: Subscription = { listener, section };
    this.subscriptions.add(subscription);
    return () => this.subscriptions.delete(subscription);
  }

  setQuery(query: Query): void {
    this.query = query;
    this.emit({ query: true, catalogue: false });
  }

  setCatalogue(catalogue: Catalogue): void {
    this.catalogue = catalogue;
    this.index = indexExamples(catalogue.examples);
    this.emit({ query: false, catalogue: true });
  }

  /**
   * Reads the examples again when the sheet changed since they were read (a cheap check on the server),
   * or always when `force`; the query is kept, so the person's filters apply to the new examples.
   * Resolves true when the examples were replaced.
   */
  async refresh(force = false): Promise<boolean> {
    const update = await server.getCatalogueIfChanged(force ? '' : this.version, this.catalogue.table);
    this.version = update.version;
    if (!update.changed) return false;
    this.setCatalogue(update.catalogue);
    return true;
  }

  /** main.ts calls this once a view's section is visible: the changes it missed while hidden arrive now. */
  shown(section: HTMLElement): void {
    for (const subscription of this.subscriptions) {
      const { pending } = subscription;
      if (subscription.section !== section || !pending) continue;
      subscription.pending = undefined;
      subscription.listener(pending);
    }
  }

  private emit(change: Change): void {
    for (const subscription of this.subscriptions) {
      if (subscription.section?.hidden) {
        const before = subscription.pending;
        subscription.pending = {
          query: change.query || (before?.query ?? false),
          catalogue: change.catalogue || (before?.catalogue ?? false),
        };
      } else subscription.listener(change);
    }
  }
}

/** The data showSidebar put in the page. */
export function readPageData(doc: Document = document): PageData {
  const text = doc.getElementById('initial-data')?.textContent ?? '';
  return JSON.parse(text) as PageData;
}

/** A short message for screen readers and sighted people alike. */
export function announce(message: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}
