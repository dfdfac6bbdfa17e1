// Draws a chart the add-on made over the grid, from its own data: a radar as SVG, any other type as a labelled box.

import type { ChartSeed } from '../../apps-script-standin/types';
import type { ChartData } from './chart-data';
import { el } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 480;
const HEIGHT = 340;
const CENTRE = { x: WIDTH / 2, y: 175 };
const RADIUS = 105;
const COLOURS = ['#1a73e8', '#e37400', '#188038', '#a142f4'];
const LABEL_LENGTH = 20;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** Where a value sits on a category's spoke: the centre is the axis minimum, the rim its maximum. */
function pointAt(index: number, count: number, fraction: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = RADIUS * Math.min(1, Math.max(0, fraction));
  return { x: CENTRE.x + r * Math.cos(angle), y: CENTRE.y + r * Math.sin(angle) };
}

function shortLabel(text: string): string {
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
}

function webAndSpokes(data: ChartData): SVGGElement {
  const count = data.categories.length;
  const web = svg('g', { class: 'chart__web', fill: 'none', stroke: '#dadce0' });
  const span = data.max - data.min;
  const steps = span > 0 && span <= 10 && Number.isInteger(span) ? span : 4;
  for (let step = 1; step <= steps; step++) {
    const ring = data.categories.map((_, i) => pointAt(i, count, step / steps));
    web.append(svg('polygon', { points: ring.map((p) => `${p.x},${p.y}`).join(' ') }));
  }
  data.categories.forEach((category, i) => {
    const rim = pointAt(i, count, 1);
    web.append(svg('line', { x1: CENTRE.x, y1: CENTRE.y, x2: rim.x, y2: rim.y }));
    const label = pointAt(i, count, 1.0);
    const anchor = Math.abs(label.x - CENTRE.x) < 4 ? 'middle' : label.x > CENTRE.x ? 'start' : 'end';
    const dx = anchor === 'start' ? 6 : anchor === 'end' ? -6 : 0;
    const dy = label.y < CENTRE.y ? -6 : 12;
    web.append(
      svg(
        'text',
        {
          x: label.x + dx,
          y: label.y + dy,
          'text-anchor': anchor,
          fill: '#3c4043',
          stroke: 'none',
          'font-size': 10,
        },
        svg('title', {}, category),
        shortLabel(category),
      ),
    );
  });
  return web;
}

function seriesShape(data: ChartData, index: number): SVGGElement {
  const series = data.series[index];
  const colour = COLOURS[index % COLOURS.length];
  const count = data.categories.length;
  const span = data.max - data.min || 1;
  const points = series.values.flatMap((value, i) =>
    value === null
      ? []
      : [{ ...pointAt(i, count, (value - data.min) / span), value, category: data.categories[i] }],
  );
  const group = svg('g', { class: 'chart__series', 'data-series': series.name });
  group.append(
    svg('polygon', {
      points: points.map((p) => `${p.x},${p.y}`).join(' '),
      fill: colour,
      'fill-opacity': 0.2,
      stroke: colour,
      'stroke-width': 2,
    }),
  );
  for (const p of points) {
    group.append(
      svg('circle', {
        cx: p.x,
        cy: p.y,
        r: 3,
        fill: colour,
        'data-category': p.category ?? '',
        'data-value': p.value,
      }),
    );
  }
  return group;
}

function legend(data: ChartData): SVGGElement {
  const group = svg('g', { class: 'chart__legend', 'font-size': 11 });
  data.series.forEach((series, i) => {
    const x = 16 + i * 150;
    group.append(
      svg('rect', { x, y: HEIGHT - 18, width: 10, height: 10, fill: COLOURS[i % COLOURS.length] }),
      svg('text', { x: x + 14, y: HEIGHT - 9, fill: '#3c4043' }, shortLabel(series.name)),
    );
  });
  return group;
}

/** A sentence of the chart's data, for screen readers and for anyone checking what it plots. */
function describe(chart: ChartSeed, data: ChartData): string {
  const plotted = data.series
    .map(
      (s) => `${s.name}: ${data.categories.map((c, i) => `${c} ${s.values[i] ?? 'no number'}`).join('; ')}`,
    )
    .join('. ');
  return `${chart.type.toLowerCase()} chart${data.title ? `, ${data.title}` : ''}. ${plotted || 'No data in its ranges.'}`;
}

/** The chart as the grid shows it: drawn from its data for a radar, a labelled box for the rest. */
export function drawChart(chart: ChartSeed, data: ChartData): HTMLElement {
  const figure = el('div', {
    class: 'grid-chart',
    role: 'img',
    'aria-label': describe(chart, data),
    'data-chart-drawn': chart.id,
  });
  const picture = svg('svg', {
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    'aria-hidden': 'true',
  });
  picture.append(
    svg(
      'text',
      { x: WIDTH / 2, y: 18, 'text-anchor': 'middle', 'font-size': 13, fill: '#202124' },
      data.title,
    ),
  );
  const hasNumbers = data.series.some((s) => s.values.some((v) => v !== null));
  if (chart.type !== 'RADAR') {
    picture.append(
      svg(
        'text',
        { x: WIDTH / 2, y: CENTRE.y, 'text-anchor': 'middle', 'font-size': 12 },
        `${chart.type} chart (the preview draws radar charts only)`,
      ),
    );
  } else {
    picture.append(webAndSpokes(data));
    picture.append(...data.series.map((_, i) => seriesShape(data, i)));
    picture.append(legend(data));
    if (!hasNumbers) {
      picture.append(
        svg(
          'text',
          { x: WIDTH / 2, y: CENTRE.y, 'text-anchor': 'middle', 'font-size': 12, fill: '#c5221f' },
          'No numbers in the chart’s ranges',
        ),
      );
    }
  }
  figure.append(picture);
  return figure;
}
