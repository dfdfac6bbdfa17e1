// The sidebar's shared state: the catalogue and the current query, with listeners, used by every view.

import { type ExampleIndex, indexExamples, normaliseQuery } from '../src/core/filter';
import type { Catalogue, Query } from '../src/core/model';

export interface PageData {
  catalogue: Catalogue;
  /** The filters the person left the Explore view with, when the server kept them. */
  query?: Query;
}

type Listener = () => void;

export class App {
  catalogue: Catalogue;
  index: ExampleIndex;
  query: Query = { match: 'any' };
  private listeners = new Set<Listener>();

  constructor(data: PageData) {
    this.catalogue = data.catalogue;
    this.index = indexExamples(data.catalogue.examples);
    if (data.query) this.query = normaliseQuery(data.query);
  }

  /** Tell every view the query or catalogue changed. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setQuery(query: Query): void {
    this.query = query;
    this.emit();
  }

  setCatalogue(catalogue: Catalogue): void {
    this.catalogue = catalogue;
    this.index = indexExamples(catalogue.examples);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
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
