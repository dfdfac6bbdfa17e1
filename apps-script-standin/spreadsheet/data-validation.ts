// Data validation rules; only "value in list" (the Type dropdown) is supported.
import { notImplemented, ServiceObject } from '../instrument';
import type { ValidationRuleModel } from './model';

export const DataValidationCriteria = Object.freeze({
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
});

export class DataValidation extends ServiceObject {
  readonly serviceName = 'DataValidation';
  constructor(readonly model: ValidationRuleModel) {
    super();
  }
  getCriteriaType(): string {
    return DataValidationCriteria.VALUE_IN_LIST;
  }
  /** [values, showDropdown], the shape requireValueInList takes. */
  getCriteriaValues(): unknown[] {
    return [[...this.model.list], this.model.showDropdown];
  }
  getHelpText(): string | null {
    return this.model.helpText || null;
  }
  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }
  copy(): DataValidationBuilder {
    const builder = new DataValidationBuilder();
    builder.model = { ...this.model, list: [...this.model.list] };
    return builder;
  }
}

export class DataValidationBuilder extends ServiceObject {
  readonly serviceName = 'DataValidationBuilder';
  model: ValidationRuleModel | null = null;
  #helpText = '';
  #allowInvalid = true;

  requireValueInList(values: unknown[], showDropdown = true): DataValidationBuilder {
    this.model = {
      list: values.map(String),
      showDropdown,
      helpText: this.#helpText,
      allowInvalid: this.#allowInvalid,
    };
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.#allowInvalid = allowInvalidData;
    if (this.model) this.model.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.#helpText = String(helpText);
    if (this.model) this.model.helpText = this.#helpText;
    return this;
  }
  build(): DataValidation {
    if (!this.model)
      throw notImplemented('DataValidationBuilder.build without requireValueInList (other criteria)');
    return new DataValidation({ ...this.model, list: [...this.model.list] });
  }
}
