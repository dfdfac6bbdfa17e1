// Rich text values: a cell's text with link runs, as read and written by get/setRichTextValues.
import { ServiceObject } from '../instrument';
import type { RichTextModel } from './model';

export class RichTextRun extends ServiceObject {
  readonly serviceName = 'RichTextValue';
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly url: string | null,
  ) {
    super();
  }
  getText(): string {
    return this.text.slice(this.start, this.end);
  }
  getStartIndex(): number {
    return this.start;
  }
  getEndIndex(): number {
    return this.end;
  }
  getLinkUrl(): string | null {
    return this.url;
  }
}

export class RichTextValue extends ServiceObject {
  readonly serviceName = 'RichTextValue';
  constructor(readonly model: RichTextModel) {
    super();
  }
  getText(): string {
    return this.model.text;
  }
  /** The URL when the whole text is one link, otherwise null. */
  getLinkUrl(): string | null {
    const [only] = this.model.links;
    return this.model.links.length === 1 && only && only.start === 0 && only.end === this.model.text.length
      ? only.url
      : null;
  }
  /** Runs cover the whole text: linked stretches and the plain text between them. */
  getRuns(): RichTextRun[] {
    const { text, links } = this.model;
    const runs: RichTextRun[] = [];
    let at = 0;
    for (const link of [...links].sort((a, b) => a.start - b.start)) {
      if (link.start > at) runs.push(new RichTextRun(text, at, link.start, null));
      runs.push(new RichTextRun(text, link.start, link.end, link.url));
      at = link.end;
    }
    if (at < text.length || runs.length === 0) runs.push(new RichTextRun(text, at, text.length, null));
    return runs;
  }
  copy(): RichTextValueBuilder {
    return new RichTextValueBuilder(this.model);
  }
}

export class RichTextValueBuilder extends ServiceObject {
  readonly serviceName = 'RichTextValueBuilder';
  model: RichTextModel;

  constructor(from: RichTextModel = { text: '', links: [] }) {
    super();
    this.model = { text: from.text, links: from.links.map((l) => ({ ...l })) };
  }

  setText(text: string): RichTextValueBuilder {
    this.model = { text: String(text), links: [] };
    return this;
  }
  /** setLinkUrl(url) links the whole text; setLinkUrl(start, end, url) a stretch of it. */
  setLinkUrl(startOrUrl: number | string | null, end?: number, url?: string | null): RichTextValueBuilder {
    if (typeof startOrUrl !== 'number') return this.setLinkUrl(0, this.model.text.length, startOrUrl);
    const start = startOrUrl;
    const stop = end ?? start;
    if (start < 0 || stop > this.model.text.length || start > stop)
      throw new Error('Index out of bounds for RichTextValueBuilder.setLinkUrl.');
    // A new link replaces whatever linked the same characters before.
    const kept = this.model.links.filter((l) => l.end <= start || l.start >= stop);
    if (url) kept.push({ start, end: stop, url });
    this.model.links = kept.sort((a, b) => a.start - b.start);
    return this;
  }
  build(): RichTextValue {
    return new RichTextValue({ text: this.model.text, links: this.model.links.map((l) => ({ ...l })) });
  }
}
