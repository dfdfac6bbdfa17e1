// Embedded charts: the builder a script configures and the chart value it inserts or updates.
import type { Context } from '../context';
import { ServiceObject } from '../instrument';
import type { ChartModel, SheetModel } from './model';
import { Range } from './range';

export function copyChart(model: ChartModel): ChartModel {
  return {
    id: model.id,
    type: model.type,
    ranges: model.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
    options: structuredClone(model.options),
    position: { ...model.position },
  };
}

/** Charts.ChartType, as far as Sheets embeds them. */
export const ChartType = Object.freeze({
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
});

/** The Charts global; only its enums are used by Sheets add-ons. */
export class ChartsService extends ServiceObject {
  readonly serviceName = 'Charts';
  readonly ChartType = ChartType;
}

export class EmbeddedChartBuilder extends ServiceObject {
  readonly serviceName = 'EmbeddedChartBuilder';
  readonly model: ChartModel;

  /** `from` is the chart being modified (its id is kept), or null for sheet.newChart(). */
  constructor(
    readonly ctx: Context,
    readonly sheet: SheetModel,
    from: ChartModel | null,
  ) {
    super();
    this.model = from
      ? copyChart(from)
      : {
          id: '',
          type: ChartType.LINE,
          ranges: [],
          options: {},
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
        };
  }

  setChartType(type: string): EmbeddedChartBuilder {
    this.model.type = String(type);
    return this;
  }
  getChartType(): string {
    return this.model.type;
  }
  addRange(range: Range): EmbeddedChartBuilder {
    this.model.ranges.push({ sheet: range.sheet, rect: { ...range.rect } });
    return this;
  }
  removeRange(range: Range): EmbeddedChartBuilder {
    const i = this.model.ranges.findIndex(
      (r) => r.sheet === range.sheet && JSON.stringify(r.rect) === JSON.stringify(range.rect),
    );
    if (i >= 0) this.model.ranges.splice(i, 1);
    return this;
  }
  clearRanges(): EmbeddedChartBuilder {
    this.model.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this.model.ranges.map((r) => new Range(this.ctx, r.sheet, { ...r.rect }));
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    this.model.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.model.options[option] = structuredClone(value);
    return this;
  }
  build(): EmbeddedChart {
    const model = copyChart(this.model);
    if (!model.id) model.id = this.sheet.workbook.nextChartId();
    return new EmbeddedChart(this.ctx, this.sheet, model);
  }
}

export class ChartOptions extends ServiceObject {
  readonly serviceName = 'ChartOptions';
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  get(option: string): unknown {
    return structuredClone(this.options[option] ?? null);
  }
}

export class ContainerInfo extends ServiceObject {
  readonly serviceName = 'ContainerInfo';
  constructor(readonly position: ChartModel['position']) {
    super();
  }
  getAnchorRow(): number {
    return this.position.row;
  }
  getAnchorColumn(): number {
    return this.position.column;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

/** A chart value; it changes the sheet only through insertChart/updateChart. */
export class EmbeddedChart extends ServiceObject {
  readonly serviceName = 'EmbeddedChart';
  readonly model: ChartModel;

  constructor(
    readonly ctx: Context,
    readonly sheet: SheetModel,
    model: ChartModel,
  ) {
    super();
    this.model = copyChart(model);
  }

  /** Apps Script's id is an integer, unique within the spreadsheet. */
  getChartId(): number {
    return Number(this.model.id);
  }
  getRanges(): Range[] {
    return this.model.ranges.map((r) => new Range(this.ctx, r.sheet, { ...r.rect }));
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this.model.options);
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo({ ...this.model.position });
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, this.sheet, this.model);
  }
}
