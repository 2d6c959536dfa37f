/** One CSV record and the line of the file it starts on (1-based), for naming refused rows. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * An RFC 4180 reader fed a chunk at a time, so that a file of any size is read in constant
 * memory: quoted fields may hold commas, doubled quotes and line breaks, even across chunks.
 * Accepts CRLF or LF, and drops a leading byte-order mark.
 */
export class CsvRecords {
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** A quote seen inside a quoted field: the next character says whether it closes the field or is doubled. */
  private quotePending = false;
  private line = 1;
  private recordLine = 1;
  private started = false;
  private lastWasCr = false;

  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = chunk;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (const c of text) {
      if (this.quotePending) {
        this.quotePending = false;
        if (c === '"') {
          this.field += '"';
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        if (c === '"') this.quotePending = true;
        else {
          if (c === '\n') this.line++;
          this.field += c;
        }
        continue;
      }
      if (c === '\n') {
        if (!this.lastWasCr) this.endRecord(out);
        this.lastWasCr = false;
        this.line++;
        this.recordLine = this.line;
        continue;
      }
      this.lastWasCr = false;
      if (c === '\r') {
        this.endRecord(out);
        this.lastWasCr = true;
      } else if (c === '"' && this.field === '') this.quoted = true;
      else if (c === ',') {
        this.fields.push(this.field);
        this.field = '';
      } else this.field += c;
    }
    return out;
  }

  /** The last record, when the file does not end with a line break. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.field !== '' || this.fields.length) this.endRecord(out);
    return out;
  }

  private endRecord(out: CsvRecord[]): void {
    this.fields.push(this.field);
    // A blank line is no record.
    if (!(this.fields.length === 1 && this.fields[0] === '')) out.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.field = '';
  }
}
