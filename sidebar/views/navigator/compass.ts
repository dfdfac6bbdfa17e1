// "Plot your coordinates" and "read your bearing": the compass in SVG (your line and, for a team, its average),
// the North Star, a summary, a legend and the same figures as a table.

import {
  type Assessment,
  bearingFor,
  bearingSummary,
  formatScore,
  levelFor,
  MAX_SCORE,
  type TeamSummary,
} from '../../../src/core/navigator';
import type { Principle } from '../../../src/core/principles';
import { readableUtc } from '../../../src/core/times';
import { principleTitle } from '../../components/principle-title';
import { h } from '../../dom';

const SVG = 'http://www.w3.org/2000/svg';
const SIZE = 260;
const CENTRE = SIZE / 2;
const RADIUS = 96;

/** An SVG element: attributes as text, children appended; text only ever goes in as text nodes. */
function s(
  tag: string,
  attributes: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElement {
  const element = document.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

/** Where a score sits on a spoke: spoke 0 points up, the rest clockwise. */
function point(spoke: number, spokes: number, score: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * spoke) / spokes;
  const r = (RADIUS * score) / MAX_SCORE;
  return [CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)];
}

function polygonPoints(scores: readonly number[]): string {
  return scores
    .map((score, i) =>
      point(i, scores.length, score)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');
}

function scoresOf(assessment: Assessment, principles: readonly Principle[]): number[] {
  return principles.map((p) => assessment.scores.find((x) => x.principle === p.id)?.score ?? 0);
}

/** Each principle's team average, in the principles' order. */
function teamAverages(team: TeamSummary, principles: readonly Principle[]): number[] {
  return principles.map((p) => team.principles.find((x) => x.principle === p.id)?.average ?? 0);
}

function compassSvg(
  principles: readonly Principle[],
  current: Assessment,
  previous: Assessment | null,
  team: TeamSummary | null,
  labelId: string,
): SVGElement {
  const spokes = principles.length;
  const rings = [1, 2, 3, 4].map((level) =>
    s('polygon', { class: 'compass__ring', points: polygonPoints(principles.map(() => level)) }),
  );
  const lines = principles.map((_, i) => {
    const [x, y] = point(i, spokes, MAX_SCORE);
    return s('line', { class: 'compass__spoke', x1: CENTRE, y1: CENTRE, x2: x.toFixed(1), y2: y.toFixed(1) });
  });
  const labels = principles.map((p, i) => {
    const [x, y] = point(i, spokes, MAX_SCORE * 1.2);
    return s(
      'text',
      {
        class: 'compass__label',
        x: x.toFixed(1),
        y: y.toFixed(1),
        'text-anchor': 'middle',
        'dominant-baseline': 'middle',
      },
      String(p.id),
    );
  });
  const before = previous
    ? [s('polygon', { class: 'compass__previous', points: polygonPoints(scoresOf(previous, principles)) })]
    : [];
  const teamLine = team
    ? [s('polygon', { class: 'compass__team-line', points: polygonPoints(teamAverages(team, principles)) })]
    : [];
  const now = s('polygon', {
    class: 'compass__current',
    points: polygonPoints(scoresOf(current, principles)),
  });
  const dots = scoresOf(current, principles).map((score, i) => {
    const [x, y] = point(i, spokes, score);
    return s('circle', { class: 'compass__dot', cx: x.toFixed(1), cy: y.toFixed(1), r: 3 });
  });
  return s(
    'svg',
    {
      class: 'compass__svg',
      viewBox: `0 0 ${SIZE} ${SIZE}`,
      width: SIZE,
      height: SIZE,
      role: 'img',
      'aria-labelledby': labelId,
    },
    ...rings,
    ...lines,
    ...before,
    ...teamLine,
    now,
    ...dots,
    ...labels,
  );
}

/** A star whose light (its fill and the length of its rays) follows the brightness, 0 to 1. */
export function northStar(brightness: number): SVGElement {
  const c = 40;
  const points: string[] = [];
  for (let i = 0; i < 8; i++) {
    const r = i % 2 === 0 ? 22 : 6;
    const angle = -Math.PI / 2 + (Math.PI * i) / 4;
    points.push(`${(c + r * Math.cos(angle)).toFixed(1)},${(c + r * Math.sin(angle)).toFixed(1)}`);
  }
  const rayLength = 4 + 14 * brightness;
  const rays = [1, 3, 5, 7].map((i) => {
    const angle = -Math.PI / 2 + (Math.PI * i) / 4;
    const from = 12;
    return s('line', {
      class: 'north-star__ray',
      x1: (c + from * Math.cos(angle)).toFixed(1),
      y1: (c + from * Math.sin(angle)).toFixed(1),
      x2: (c + (from + rayLength) * Math.cos(angle)).toFixed(1),
      y2: (c + (from + rayLength) * Math.sin(angle)).toFixed(1),
    });
  });
  return s(
    'svg',
    {
      class: 'north-star',
      viewBox: '0 0 80 80',
      width: 64,
      height: 64,
      'aria-hidden': 'true',
      'data-brightness': brightness,
    },
    s('polygon', {
      class: 'north-star__shape',
      points: points.join(' '),
      'fill-opacity': (0.15 + 0.85 * brightness).toFixed(2),
    }),
    ...(brightness > 0 ? rays : []),
  );
}

function legend(current: Assessment, previous: Assessment | null, team: TeamSummary | null): HTMLElement {
  const sample = (className: string) =>
    s(
      'svg',
      { class: 'compass__key-sample', viewBox: '0 0 28 8', width: 28, height: 8, 'aria-hidden': 'true' },
      s('line', { class: className, x1: 1, y1: 4, x2: 27, y2: 4 }),
    );
  return h(
    'ul',
    { class: 'compass__key' },
    h('li', {}, sample('compass__key-current'), `Solid line: ${describeWhen(current)}`),
    previous ? h('li', {}, sample('compass__key-previous'), `Dashed line: ${describeWhen(previous)}`) : null,
    team
      ? h('li', {}, sample('compass__key-team'), `Dotted line: the team average of ${people(team)}`)
      : null,
  );
}

function people(team: TeamSummary): string {
  return `${team.respondents.length} people`;
}

function describeWhen(assessment: Assessment): string {
  const who = assessment.respondent ? `${assessment.respondent}, ` : '';
  // The spreadsheet's own time zone when the server gave it; otherwise said plainly to be UTC.
  return `${who}${assessment.takenAtText ?? readableUtc(assessment.takenAt)}`;
}

function dataTable(
  principles: readonly Principle[],
  current: Assessment,
  previous: Assessment | null,
  team: TeamSummary | null,
): HTMLElement {
  const score = (a: Assessment, id: number) => a.scores.find((x) => x.principle === id)?.score;
  return h(
    'table',
    { class: 'compass__table' },
    h(
      'caption',
      { class: 'compass__caption' },
      team
        ? 'Your coordinates and the team average, principle by principle'
        : 'Your coordinates, principle by principle',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Principle'),
        h('th', { scope: 'col' }, 'Score'),
        previous ? h('th', { scope: 'col' }, 'Before') : null,
        team ? h('th', { scope: 'col' }, 'Team average (range)') : null,
      ),
    ),
    h(
      'tbody',
      {},
      principles.map((p) => {
        const now = score(current, p.id) ?? 0;
        const spread = team?.principles.find((x) => x.principle === p.id);
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, principleTitle(p)),
          h('td', {}, `${now} ${levelFor(now)?.name ?? ''}`),
          previous ? h('td', {}, String(score(previous, p.id) ?? '')) : null,
          team && spread
            ? h('td', {}, `${formatScore(spread.average)} (${spread.lowest}–${spread.highest})`)
            : null,
        );
      }),
    ),
  );
}

/** The whole "your bearing" block for an assessment, with the same person's previous one and the team's view. */
export function buildCompass(
  principles: readonly Principle[],
  current: Assessment,
  previous: Assessment | null,
  team: TeamSummary | null,
): HTMLElement {
  const summaryId = 'navigator-bearing-summary';
  const bearing = bearingFor(current.brightness);
  return h(
    'div',
    { 'data-bearing': bearing.word },
    h(
      'div',
      { class: 'compass__bearing' },
      northStar(current.brightness),
      h(
        'div',
        {},
        h('p', { class: 'compass__summary', id: summaryId }, bearingSummary(current.brightness)),
        h('p', { class: 'compass__meaning' }, bearing.meaning),
      ),
    ),
    team
      ? h(
          'p',
          { class: 'compass__team' },
          `Team of ${people(team)}: ${bearingSummary(team.brightness).replace('Your North Star', 'the team’s North Star')}. The dotted line is the team average.`,
        )
      : null,
    h(
      'figure',
      { class: 'compass__figure' },
      compassSvg(principles, current, previous, team, summaryId),
      legend(current, previous, team),
    ),
    h(
      'p',
      { class: 'hint' },
      'Each numbered spoke is a principle, scored from the centre (0) to the edge (4).',
    ),
    dataTable(principles, current, previous, team),
  );
}
