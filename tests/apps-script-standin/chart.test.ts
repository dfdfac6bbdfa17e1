import { describe, expect, it } from 'vitest';
import { PEOPLE, services } from './helpers';

describe('charts', () => {
  it('offers Charts.ChartType.RADAR', () => {
    const { charts } = services();
    expect(String(charts.ChartType.RADAR)).toBe('RADAR');
  });

  it('inserts a built chart and reads its ranges, options and position', () => {
    const { charts, sheet } = services(PEOPLE);
    const chart = sheet
      .newChart()
      .setChartType(charts.ChartType.RADAR)
      .addRange(sheet.getRange('A1:B4'))
      .setPosition(2, 5, 10, 20)
      .setOption('title', 'Scores')
      .build();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
    expect(inserted?.getOptions().get('title')).toBe('Scores');
    expect(inserted?.getContainerInfo().getAnchorColumn()).toBe(5);
    expect(inserted?.getChartId()).toBe(chart.getChartId());
  });

  it('keeps one chart when a modified chart is updated', () => {
    const { charts, sheet } = services(PEOPLE);
    sheet.insertChart(
      sheet.newChart().setChartType(charts.ChartType.RADAR).addRange(sheet.getRange('A1:B4')).build(),
    );
    const [existing] = sheet.getCharts();
    const modified = existing
      ?.modify()
      .clearRanges()
      .addRange(sheet.getRange('A1:B3'))
      .setOption('title', 'New')
      .build();
    if (!modified) throw new Error('no chart');
    sheet.updateChart(modified);
    const after = sheet.getCharts();
    expect(after).toHaveLength(1);
    expect(after[0]?.getRanges()[0]?.getA1Notation()).toBe('A1:B3');
    expect(after[0]?.getChartId()).toBe(existing?.getChartId());
  });

  it('removes a chart', () => {
    const { sheet } = services(PEOPLE);
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).build());
    sheet.removeChart(sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
