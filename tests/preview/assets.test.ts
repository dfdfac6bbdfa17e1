// How the preview frames a page the add-on shows: the google.script shim first, told the page's origin, and Google's link target.

import { describe, expect, it } from 'vitest';
import { withScriptShim } from '../../preview/assets';

const SHIM = 'window.google = {};';
const PAGE = 'http://localhost:8080';

describe('withScriptShim', () => {
  it('puts the shim first in the head, with the origin of the page it may talk to', () => {
    const html = withScriptShim('<html><head><title>t</title></head><body></body></html>', SHIM, PAGE);
    expect(html).toMatch(
      /^<html><head><script data-page-origin="http:\/\/localhost:8080">window\.google = \{\};<\/script>/,
    );
  });

  it('adds <base target="_top"> to a page that has no base, so links behave as in the sandboxed frame', () => {
    const html = withScriptShim('<html><head><title>t</title></head><body></body></html>', SHIM, PAGE);
    expect(html.match(/<base\b[^>]*>/g)).toEqual(['<base target="_top">']);
  });

  it('keeps a page’s own base and adds no second one', () => {
    const html = withScriptShim(
      '<html><head><base target="_blank"></head><body><p>&lt;base&gt;</p></body></html>',
      SHIM,
      PAGE,
    );
    expect(html.match(/<base\b[^>]*>/g)).toEqual(['<base target="_blank">']);
  });

  it('keeps shim text from ending its own script element, and quotes in the origin from ending the attribute', () => {
    const html = withScriptShim('<head></head>', 'var s = "</script>";', 'http://x"y');
    expect(html).toContain('data-page-origin="http://x&quot;y"');
    expect(html).toContain('var s = "<\\/script>";');
  });
});
