import { describe, expect, it } from 'vitest';
import { isWebAddress } from '../../src/core/links';

describe('a link the add-on keeps', () => {
  it('is an http or https address with a host', () => {
    for (const url of [
      'https://example.org',
      'http://example.org/a/b?c=d#e',
      ' https://www.gov.uk/ ',
      'https://example.org:8443/x',
      'https://example.org/@someone',
      'https://bücher.example/',
    ])
      expect(isWebAddress(url), url).toBe(true);
  });

  it('has no user name or password before the host', () => {
    for (const url of [
      'https://google.com@evil.example/',
      'https://user:secret@example.org/',
      'http://@example.org',
      'https://example.org%40evil.example/',
      'https://example.org\\@evil.example/',
    ])
      expect(isWebAddress(url), url).toBe(false);
  });

  it('is never another scheme or a bare word', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.org',
      'example.org',
      'https://',
    ])
      expect(isWebAddress(url), url).toBe(false);
  });
});
