// Utilities: date formatting, UUIDs, blobs and base64; sleep is counted but does not wait.
import { randomUUID } from 'node:crypto';
import type { Context } from './context';
import { ServiceObject } from './instrument';
import { isDate } from './spreadsheet/cell-values';
import { formatDate } from './time-zone';

export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });

/** Apps Script bytes are Java's signed bytes. */
const toSigned = (buffer: Buffer) => [...buffer].map((b) => (b > 127 ? b - 256 : b));
const fromBytes = (data: string | number[]) =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));

export class Blob extends ServiceObject {
  readonly serviceName = 'Blob';
  constructor(
    public data: Buffer,
    public contentType: string | null,
    public name: string | null,
  ) {
    super();
  }
  getDataAsString(charset?: string): string {
    return this.data.toString(charset === Charset.US_ASCII ? 'ascii' : 'utf8');
  }
  getBytes(): number[] {
    return toSigned(this.data);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string): Blob {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = name;
    return this;
  }
  copyBlob(): Blob {
    return new Blob(Buffer.from(this.data), this.contentType, this.name);
  }
}

export class Utilities extends ServiceObject {
  readonly serviceName = 'Utilities';
  readonly Charset = Charset;

  constructor(readonly ctx: Context) {
    super();
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date))
      throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
    return formatDate(date, String(timeZone), String(format));
  }
  getUuid(): string {
    return randomUUID();
  }
  sleep(milliseconds: number): void {
    void milliseconds;
  }
  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    return new Blob(fromBytes(data), contentType ?? null, name ?? null);
  }
  base64Encode(data: string | number[]): string {
    return fromBytes(data).toString('base64');
  }
  base64EncodeWebSafe(data: string | number[]): string {
    return fromBytes(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return toSigned(Buffer.from(String(encoded), 'base64'));
  }
}
