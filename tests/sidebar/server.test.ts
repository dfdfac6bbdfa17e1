import { describe, expect, it } from 'vitest';
import { serverMessage } from '../../sidebar/server';

describe('serverMessage', () => {
  it("drops Apps Script's Exception prefix and keeps the add-on's own advice as it is", () => {
    const message = 'Someone else is adding an example. Try again in a moment.';
    expect(serverMessage(new Error(`Exception: ${message}`))).toBe(message);
  });

  it('tells the person what to do after a bare service error, once', () => {
    expect(serverMessage(new Error('Exception: Service Spreadsheets failed while accessing document'))).toBe(
      'Service Spreadsheets failed while accessing document. Try again in a moment; if it keeps failing, close and reopen the add-on.',
    );
  });
});
