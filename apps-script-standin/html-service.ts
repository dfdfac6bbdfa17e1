// HtmlService: HTML outputs built from the project's files; the template engine is deliberately absent.
import type { Context } from './context';
import { notImplemented, ServiceObject } from './instrument';
import type { Blob } from './utilities';

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

export class HtmlOutput extends ServiceObject {
  readonly serviceName = 'HtmlOutput';
  title = '';
  width = 300;
  height = 500;
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  metaTags: { name: string; content: string }[] = [];

  constructor(public content: string) {
    super();
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this;
  }
  /** Escapes the text first, so it cannot add markup. */
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += String(addedContent)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: string): HtmlOutput {
    this.sandboxMode = mode;
    return this;
  }
  setXFrameOptionsMode(mode: string): HtmlOutput {
    this.xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
}

export class HtmlService extends ServiceObject {
  readonly serviceName = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(readonly ctx: Context) {
    super();
  }

  /** Files are named without '.html', as in the Apps Script editor; a trailing '.html' is tolerated. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename);
    const html = this.ctx.files[name] ?? this.ctx.files[name.replace(/\.html$/, '')];
    if (html === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new HtmlOutput(html);
  }
  createHtmlOutput(html?: string | Blob): HtmlOutput {
    if (html === undefined) return new HtmlOutput('');
    return new HtmlOutput(typeof html === 'string' ? html : html.getDataAsString());
  }
  // The add-on must not run bundled code through the template engine, where '<?' is a scriptlet.
  createTemplate(): never {
    throw notImplemented('HtmlService.createTemplate (the add-on must not use the template engine)');
  }
  createTemplateFromFile(): never {
    throw notImplemented('HtmlService.createTemplateFromFile (the add-on must not use the template engine)');
  }
}
