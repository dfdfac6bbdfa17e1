// What the preview's grid plots for a chart: read from the chart's own ranges and options, never from what it should show.

import { describe, expect, it } from 'vitest';
import type { ChartSeed } from '../../apps-script-standin/types';
import { chartData, type TabText } from '../../preview/page/chart-data';

const NAVIGATOR: TabText = {
  name: 'Navigator',
  text: [
    ['Principle', 'Score', 'Evidence'],
    ['Shift the obstacles', '3', 'A forum'],
    ['Build relationships', '1', ''],
    ['Open cultures', '', ''],
  ],
};

function radar(ranges: string[], options: Record<string, unknown> = {}): ChartSeed {
  return { id: '1', type: 'RADAR', ranges, options, position: { row: 1, column: 5, offsetX: 0, offsetY: 0 } };
}

describe('chartData', () => {
  it('takes the first column as categories and a text first row as the series’ names', () => {
    const data = chartData(radar(['A1:A4', 'B1:B4']), NAVIGATOR, [NAVIGATOR]);
    expect(data.categories).toEqual(['Shift the obstacles', 'Build relationships', 'Open cultures']);
    expect(data.series).toEqual([{ name: 'Score', values: [3, 1, null] }]);
  });

  it('plots what a wrong range holds: the evidence column gives no numbers at all', () => {
    const data = chartData(radar(['A1:A4', 'C1:C4']), NAVIGATOR, [NAVIGATOR]);
    expect(data.series[0].values).toEqual([null, null, null]);
  });

  it('plots a range that starts a row late against the wrong categories, with no header', () => {
    const data = chartData(radar(['A2:A4', 'B3:B5']), NAVIGATOR, [NAVIGATOR]);
    expect(data.series).toEqual([{ name: 'Series 1', values: [1, null, null] }]);
    expect(data.categories[0]).toBe('Shift the obstacles');
  });

  it('takes the axis from vAxis.viewWindow and the title from the options', () => {
    const options = { title: 'Your coordinates', vAxis: { viewWindow: { min: 0, max: 4 } } };
    const data = chartData(radar(['A1:A4', 'B1:B4'], options), NAVIGATOR, [NAVIGATOR]);
    expect([data.title, data.min, data.max]).toEqual(['Your coordinates', 0, 4]);
    expect(chartData(radar(['A1:A4', 'B1:B4']), NAVIGATOR, [NAVIGATOR]).max).toBe(3);
  });

  it('reads a range on another tab by its quoted name', () => {
    const other: TabText = { name: 'Team scores', text: [['x'], ['2'], ['4']] };
    const data = chartData(radar(['A2:A3', "'Team scores'!A2:A3"]), NAVIGATOR, [NAVIGATOR, other]);
    expect(data.series[0].values).toEqual([2, 4]);
  });
});
