import { describe, expect, it } from 'vitest';
import { principleHeader } from '../../src/core/headers';
import { PRINCIPLE_IDS, principleLabel } from '../../src/core/principles';

describe('naming a principle', () => {
  it('gives its number and its name as the framework writes it', () => {
    expect(principleLabel(3)).toBe('3. Develop the Covid social infrastructure');
    expect(principleLabel(4)).toBe('4. Create open and transparent cultures');
  });

  it('reads each label back as a column header of the same principle, so an export reads back in', () => {
    expect(PRINCIPLE_IDS.map((id) => principleHeader(principleLabel(id)))).toEqual(PRINCIPLE_IDS);
  });

  it('does not take a number followed by another principle’s name, or by other words, for a principle', () => {
    expect(principleHeader('3. Shift the obstacles')).toBeNull();
    expect(principleHeader('3. Budget')).toBeNull();
  });
});
