// StandIn.selection(): what the person sees selected, for the preview's grid, without counting a call.
import { describe, expect, it } from 'vitest';
import { PEOPLE, services } from './helpers';

describe('selection', () => {
  it('is null before anything is selected', () => {
    expect(services(PEOPLE).standIn.selection()).toBeNull();
  });

  it('is the range a script activated, read without a service call', () => {
    const { standIn, sheet } = services(PEOPLE);
    sheet.getRange('A3:B4').activate();
    standIn.calls.reset();
    expect(standIn.selection()).toEqual({ sheet: 'Data', row: 3, column: 1, numRows: 2, numColumns: 2 });
    expect(standIn.calls.total()).toBe(0);
  });
});
