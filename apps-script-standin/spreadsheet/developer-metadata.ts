// Developer metadata on tabs: DeveloperMetadata, its location and the finder, as the Apps Script reference describes them.
// Only sheet-level metadata is modelled (Sheet.addDeveloperMetadata); range and spreadsheet locations throw.
import type { Context } from '../context';
import { notImplemented, ServiceObject } from '../instrument';
import {
  addTabMetadata,
  type DeveloperMetadataModel,
  removeTabMetadata,
  tabMetadata,
} from './developer-metadata-store';
import type { SheetModel } from './model';
import { Sheet } from './sheet';

export const DeveloperMetadataVisibility = Object.freeze({ DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' });
export const DeveloperMetadataLocationType = Object.freeze({
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
});

type Visibility = DeveloperMetadataModel['visibility'];

function isVisibility(value: unknown): value is Visibility {
  return value === 'DOCUMENT' || value === 'PROJECT';
}

/**
 * Sheet.addDeveloperMetadata(key), (key, value), (key, visibility) or (key, value, visibility): the
 * overloads are told apart by type, as Apps Script does. Returns nothing; the Sheet method returns the sheet.
 */
export function addSheetMetadata(sheet: SheetModel, key: unknown, second?: unknown, third?: unknown): void {
  if (typeof key !== 'string' || key === '') {
    throw new Error("The parameters don't match the method signature for Sheet.addDeveloperMetadata.");
  }
  let value: string | null = null;
  let visibility: Visibility = 'DOCUMENT';
  if (isVisibility(second) && third === undefined) visibility = second;
  else if (second !== undefined) {
    if (typeof second !== 'string')
      throw new Error("The parameters don't match the method signature for Sheet.addDeveloperMetadata.");
    value = second;
    if (third !== undefined) {
      if (!isVisibility(third))
        throw new Error("The parameters don't match the method signature for Sheet.addDeveloperMetadata.");
      visibility = third;
    }
  }
  addTabMetadata(sheet, key, value, visibility);
}

export class DeveloperMetadataLocation extends ServiceObject {
  readonly serviceName = 'DeveloperMetadataLocation';

  constructor(
    readonly ctx: Context,
    readonly sheet: SheetModel,
  ) {
    super();
  }

  getLocationType(): string {
    return DeveloperMetadataLocationType.SHEET;
  }
  getSheet(): Sheet {
    return new Sheet(this.ctx, this.sheet);
  }
  getRow(): null {
    return null;
  }
  getColumn(): null {
    return null;
  }
}

export class DeveloperMetadata extends ServiceObject {
  readonly serviceName = 'DeveloperMetadata';

  constructor(
    readonly ctx: Context,
    readonly sheet: SheetModel,
    readonly model: DeveloperMetadataModel,
  ) {
    super();
  }

  getId(): number {
    return this.model.id;
  }
  getKey(): string {
    return this.model.key;
  }
  /** null when the metadata was added without a value. */
  getValue(): string | null {
    return this.model.value;
  }
  getVisibility(): string {
    return this.model.visibility;
  }
  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.ctx, this.sheet);
  }
  setKey(key: string): DeveloperMetadata {
    if (typeof key !== 'string' || key === '')
      throw new Error("The parameters don't match the method signature for DeveloperMetadata.setKey.");
    this.model.key = key;
    return this;
  }
  setValue(value: string): DeveloperMetadata {
    if (typeof value !== 'string')
      throw new Error("The parameters don't match the method signature for DeveloperMetadata.setValue.");
    this.model.value = value;
    return this;
  }
  remove(): void {
    removeTabMetadata(this.sheet, this.model.id);
  }
}

/** The metadata on one tab, in the order it was added. */
export function sheetMetadata(ctx: Context, sheet: SheetModel): DeveloperMetadata[] {
  return tabMetadata(sheet).map((m) => new DeveloperMetadata(ctx, sheet, m));
}

/** A search over every tab (Spreadsheet.createDeveloperMetadataFinder) or one (Sheet.createDeveloperMetadataFinder). */
export class DeveloperMetadataFinder extends ServiceObject {
  readonly serviceName = 'DeveloperMetadataFinder';
  #key: string | undefined;
  #value: string | undefined;
  #id: number | undefined;
  #visibility: string | undefined;
  #locationType: string | undefined;

  constructor(
    readonly ctx: Context,
    readonly tabs: () => SheetModel[],
  ) {
    super();
  }

  withKey(key: string): DeveloperMetadataFinder {
    this.#key = String(key);
    return this;
  }
  withValue(value: string): DeveloperMetadataFinder {
    this.#value = String(value);
    return this;
  }
  withId(id: number): DeveloperMetadataFinder {
    this.#id = Number(id);
    return this;
  }
  withVisibility(visibility: string): DeveloperMetadataFinder {
    this.#visibility = String(visibility);
    return this;
  }
  withLocationType(locationType: string): DeveloperMetadataFinder {
    this.#locationType = String(locationType);
    return this;
  }
  onIntersectingLocations(): DeveloperMetadataFinder {
    throw notImplemented('DeveloperMetadataFinder.onIntersectingLocations (range metadata)');
  }
  /** Every match, tab by tab in tab order. */
  find(): DeveloperMetadata[] {
    if (this.#locationType !== undefined && this.#locationType !== DeveloperMetadataLocationType.SHEET)
      return [];
    return this.tabs().flatMap((sheet) =>
      tabMetadata(sheet)
        .filter(
          (m) =>
            (this.#key === undefined || m.key === this.#key) &&
            (this.#value === undefined || m.value === this.#value) &&
            (this.#id === undefined || m.id === this.#id) &&
            (this.#visibility === undefined || m.visibility === this.#visibility),
        )
        .map((m) => new DeveloperMetadata(this.ctx, sheet, m)),
    );
  }
}
