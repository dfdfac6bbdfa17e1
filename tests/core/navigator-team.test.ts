// A team's view of the Navigator: each person's latest assessment, averaged, with the spread.

import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  assess,
  latestAssessment,
  latestByRespondent,
  previousAssessment,
  teamSummary,
} from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';

function taken(respondent: string, takenAt: string, scores: number[]): Assessment {
  return assess(
    { respondent, scores: PRINCIPLES.map((p, i) => ({ principle: p.id, score: scores[i] })) },
    takenAt,
  );
}

const asha = taken('Asha', '2026-11-01T10:00:00.000Z', [0, 1, 2, 3, 4, 0, 1, 2, 3]);
const ben = taken('Ben', '2026-11-02T10:00:00.000Z', [2, 2, 2, 2, 2, 2, 2, 2, 2]);
const cara = taken('Cara', '2026-11-03T10:00:00.000Z', [4, 3, 2, 1, 0, 4, 3, 2, 4]);

describe('a team of three respondents', () => {
  const team = teamSummary([asha, ben, cara]);

  it('counts each respondent once', () => {
    expect(team?.respondents).toEqual(['Asha', 'Ben', 'Cara']);
  });

  it('averages each principle over the three, to two decimal places', () => {
    expect(team?.principles.map((p) => p.average)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 3]);
  });

  it('gives each principle’s spread from lowest to highest', () => {
    expect(team?.principles[0]).toEqual({ principle: 1, average: 2, lowest: 0, highest: 4 });
    expect(team?.principles[8]).toEqual({ principle: 9, average: 3, lowest: 2, highest: 4 });
  });

  it('has a brightness from the team averages', () => {
    expect(team?.brightness).toBe(0.53); // mean of averages 19/9 = 2.11, over 4
  });
});

describe('whose assessments count', () => {
  const again = taken(' asha ', '2026-11-04T10:00:00.000Z', [4, 4, 4, 4, 4, 4, 4, 4, 4]);

  it('uses only the latest assessment of someone who assessed twice', () => {
    expect(latestByRespondent([asha, ben, again])).toEqual([again, ben]);
    expect(teamSummary([asha, ben, again])?.principles[0]).toEqual({
      principle: 1,
      average: 3,
      lowest: 2,
      highest: 4,
    });
  });

  it('has no team view while only one person has assessed', () => {
    expect(teamSummary([asha, again])).toBeNull();
  });

  it('finds the same person’s previous assessment, ignoring others in between', () => {
    expect(previousAssessment([asha, ben, again], again)).toBe(asha);
    expect(previousAssessment([asha, ben, again], ben)).toBeNull();
  });
});

describe('the current assessment', () => {
  it('is the most recent by date, even when the history rows were sorted another way', () => {
    expect(latestAssessment([cara, asha, ben])).toBe(cara);
    expect(latestAssessment([])).toBeNull();
  });
});
