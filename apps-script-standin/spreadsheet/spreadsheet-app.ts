// The SpreadsheetApp global: entry to the bound spreadsheet, its Ui, builders and enums.
import type { Context } from '../context';
import { ServiceObject } from '../instrument';
import { Ui } from '../ui';
import { DataValidationBuilder, DataValidationCriteria } from './data-validation';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './developer-metadata';
import { FilterCriteriaBuilder } from './filter';
import type { Range } from './range';
import { RichTextValueBuilder } from './rich-text';
import type { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';

export const WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });

export class SpreadsheetApp extends ServiceObject {
  readonly serviceName = 'SpreadsheetApp';
  readonly WrapStrategy = WrapStrategy;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly BorderStyle = Object.freeze({
    DOTTED: 'DOTTED',
    DASHED: 'DASHED',
    SOLID: 'SOLID',
    SOLID_MEDIUM: 'SOLID_MEDIUM',
    SOLID_THICK: 'SOLID_THICK',
    DOUBLE: 'DOUBLE',
  });

  constructor(readonly ctx: Context) {
    super();
  }

  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }
  getActive(): Spreadsheet {
    return new Spreadsheet(this.ctx);
  }
  getActiveSheet(): Sheet {
    return new Spreadsheet(this.ctx).getActiveSheet();
  }
  getActiveRange(): Range {
    return new Spreadsheet(this.ctx).getActiveRange();
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return new Spreadsheet(this.ctx).setActiveSheet(sheet);
  }
  getUi(): Ui {
    return new Ui(this.ctx);
  }
  /** Writes are applied at once here, so there is nothing to flush. */
  flush(): void {}

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
  newFilterCriteria(): FilterCriteriaBuilder {
    return new FilterCriteriaBuilder();
  }
  newRichTextValue(): RichTextValueBuilder {
    return new RichTextValueBuilder();
  }
}
