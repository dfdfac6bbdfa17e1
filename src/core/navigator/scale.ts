// The Navigator's answer scale and the words for a bearing: kept as data so each can change in one place.

/** One step of the 0-4 scale a prompt is answered on. */
export interface ScaleLevel {
  score: number;
  name: string;
  descriptor: string;
}

export const LEVELS: readonly ScaleLevel[] = [
  { score: 0, name: 'Not started', descriptor: 'We have not yet taken any action on this.' },
  { score: 1, name: 'Exploring', descriptor: 'We are talking about it, but little has changed in practice.' },
  { score: 2, name: 'Emerging', descriptor: 'We have taken first steps in a few teams or places.' },
  {
    score: 3,
    name: 'Established',
    descriptor: 'It is part of how many of our services work, and we can point to results.',
  },
  {
    score: 4,
    name: 'Leading',
    descriptor: 'It runs through the whole council, and others learn from what we do.',
  },
];

export const MIN_SCORE = 0;
export const MAX_SCORE = LEVELS.length - 1;

/** How bright the North Star is from a given brightness (mean score / 4) upwards. */
export interface Bearing {
  word: string;
  from: number;
  meaning: string;
}

/** Dimmest first; each band runs from its `from` up to the next band's. */
export const BEARINGS: readonly Bearing[] = [
  { word: 'Dim', from: 0, meaning: 'Relationships are not yet guiding the way the council works.' },
  {
    word: 'Flickering',
    from: 0.25,
    meaning: 'There are signs of relationship-centred work, here and there.',
  },
  { word: 'Glowing', from: 0.5, meaning: 'Relationship-centred work is taking hold in many places.' },
  { word: 'Bright', from: 0.75, meaning: 'Relationships guide most of what the council does.' },
  { word: 'Shining', from: 0.9, meaning: 'The council is steering by its North Star.' },
];

export function levelFor(score: number): ScaleLevel | undefined {
  return LEVELS.find((level) => level.score === score);
}

/** The mean score over the maximum: 0 (dark) to 1 (full brightness). */
export function brightnessOf(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  return mean / MAX_SCORE;
}

/** The band a brightness falls in. */
export function bearingFor(brightness: number): Bearing {
  let found = BEARINGS[0];
  for (const bearing of BEARINGS) if (brightness >= bearing.from - 1e-9) found = bearing;
  return found;
}

/** "Glowing: 2.6 out of 4", the sentence the sidebar and the sheet both show. */
export function bearingSummary(brightness: number): string {
  return `Your North Star is ${bearingFor(brightness).word}: ${formatScore(brightness * MAX_SCORE)} out of ${MAX_SCORE}`;
}

/** A score to one decimal place, without a trailing ".0". */
export function formatScore(value: number): string {
  return String(Math.round(value * 10) / 10);
}
