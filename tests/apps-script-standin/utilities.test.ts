import { describe, expect, it } from 'vitest';
import { services } from './helpers';

describe('Utilities', () => {
  it('formats dates in the given time zone with SimpleDateFormat letters', () => {
    const { utilities } = services();
    const date = new Date('2024-07-01T12:34:56Z');
    expect(utilities.formatDate(date, 'Europe/London', "EEE yyyy-MM-dd'T'HH:mm:ss")).toBe(
      'Mon 2024-07-01T13:34:56',
    );
    expect(utilities.formatDate(date, 'UTC', 'dd/MM/yy')).toBe('01/07/24');
  });

  it('makes distinct UUIDs', () => {
    const { utilities } = services();
    expect(utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(utilities.getUuid()).not.toBe(utilities.getUuid());
  });

  it('counts sleep without waiting', () => {
    const { standIn, utilities } = services();
    const started = Date.now();
    utilities.sleep(60_000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(standIn.calls.byMethod()['Utilities.sleep']).toBe(1);
  });

  it('makes blobs with a content type and name', () => {
    const { utilities } = services();
    const blob = utilities.newBlob('a,b\n1,2', 'text/csv', 'export.csv');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual([
      'a,b\n1,2',
      'text/csv',
      'export.csv',
    ]);
    expect(blob.setName('other.csv').getName()).toBe('other.csv');
  });

  it('encodes base64 from UTF-8 text', () => {
    const { utilities } = services();
    expect(utilities.base64Encode('héllo')).toBe(Buffer.from('héllo').toString('base64'));
  });
});

describe('Session', () => {
  it('names the active user and the script time zone', () => {
    const { session } = services([], { userEmail: 'clerk@council.gov.uk', timeZone: 'Europe/Paris' });
    expect(session.getActiveUser().getEmail()).toBe('clerk@council.gov.uk');
    expect(session.getEffectiveUser().getEmail()).toBe('clerk@council.gov.uk');
    expect(session.getScriptTimeZone()).toBe('Europe/Paris');
  });
});
