// The sheet's basic filter and its per-column criteria (only "hide these values" is supported).
import type { Context } from '../context';
import { notImplemented, ServiceObject } from '../instrument';
import { hiddenValuesReadBack } from '../variants';
import type { SheetModel } from './model';
import { Range } from './range';

export class FilterCriteria extends ServiceObject {
  readonly serviceName = 'FilterCriteria';
  constructor(readonly hiddenValues: string[]) {
    super();
  }
  getHiddenValues(): string[] {
    return [...this.hiddenValues];
  }
  copy(): FilterCriteriaBuilder {
    return new FilterCriteriaBuilder().setHiddenValues(this.hiddenValues);
  }
}

export class FilterCriteriaBuilder extends ServiceObject {
  readonly serviceName = 'FilterCriteriaBuilder';
  hiddenValues: string[] = [];

  setHiddenValues(values: unknown[]): FilterCriteriaBuilder {
    this.hiddenValues = values.map(String);
    return this;
  }
  getHiddenValues(): string[] {
    return [...this.hiddenValues];
  }
  build(): FilterCriteria {
    return new FilterCriteria([...this.hiddenValues]);
  }
}

export class Filter extends ServiceObject {
  readonly serviceName = 'Filter';

  constructor(
    readonly ctx: Context,
    readonly sheet: SheetModel,
  ) {
    super();
  }

  #model() {
    // A Filter object outlives remove() in Apps Script too, but then every call fails.
    const filter = this.sheet.filter;
    if (!filter) throw new Error('This filter has been removed.');
    return filter;
  }

  #checkColumn(columnPosition: number): void {
    const { rect } = this.#model();
    if (columnPosition < rect.column || columnPosition > rect.column + rect.numColumns - 1) {
      throw new Error('The column position is out of the range of the filter.');
    }
  }

  getRange(): Range {
    return new Range(this.ctx, this.sheet, { ...this.#model().rect });
  }
  getColumnFilterCriteria(columnPosition: number): FilterCriteria | null {
    this.#checkColumn(columnPosition);
    const hidden = this.#model().criteria.get(columnPosition);
    return hidden ? new FilterCriteria(hiddenValuesReadBack(hidden, this.ctx.variants)) : null;
  }
  /** null removes the column's criteria, as in Apps Script. */
  setColumnFilterCriteria(columnPosition: number, criteria: FilterCriteria | null): Filter {
    this.#checkColumn(columnPosition);
    if (criteria === null) this.#model().criteria.delete(columnPosition);
    else if (criteria instanceof FilterCriteria)
      this.#model().criteria.set(columnPosition, [...criteria.hiddenValues]);
    else
      throw notImplemented('Filter.setColumnFilterCriteria with criteria not built by newFilterCriteria()');
    return this;
  }
  removeColumnFilterCriteria(columnPosition: number): Filter {
    this.#checkColumn(columnPosition);
    this.#model().criteria.delete(columnPosition);
    return this;
  }
  remove(): void {
    this.#model();
    this.sheet.filter = null;
  }
}
