import { describe, expect, it } from 'vitest';
import { services } from './helpers';

describe('PropertiesService', () => {
  it('stores values as strings', () => {
    const { properties } = services();
    const props = properties.getDocumentProperties();
    props.setProperty('count', 3 as unknown as string);
    expect(props.getProperty('count')).toBe('3');
    expect(props.getProperty('missing')).toBeNull();
  });

  it('keeps document, user and script stores apart', () => {
    const { properties } = services();
    properties.getUserProperties().setProperty('k', 'user');
    expect(properties.getDocumentProperties().getProperty('k')).toBeNull();
    expect(properties.getScriptProperties().getKeys()).toEqual([]);
  });

  it('sets several at once and can delete all others', () => {
    const { properties } = services();
    const props = properties.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    props.deleteProperty('c');
    expect(props.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB', () => {
    const { properties } = services();
    expect(() => properties.getDocumentProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value',
    );
  });

  it('refuses to grow a store past 500 KB and leaves it unchanged', () => {
    const { properties } = services();
    const props = properties.getDocumentProperties();
    const eightKb = 'x'.repeat(8 * 1024);
    for (let i = 0; i < 62; i++) props.setProperty(`k${i}`, eightKb);
    expect(() => props.setProperty('one-too-many', eightKb)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getProperty('one-too-many')).toBeNull();
  });

  it('starts from the seed’s properties', () => {
    const { properties } = services([], {}, { documentProperties: { theme: 'dark' } });
    expect(properties.getDocumentProperties().getProperty('theme')).toBe('dark');
  });
});
