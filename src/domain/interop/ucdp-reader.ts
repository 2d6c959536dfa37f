import { InvalidInputError } from '../domain-error.js';
import { CsvRecords, type CsvRecord } from './csv-records.js';
import { readUcdpRow, UCDP_OPTIONAL, UCDP_REQUIRED, type UcdpColumns, type UcdpEvent } from './read-ucdp-row.js';
import { SniffingDecoder, type TextEncoding } from './sniffing-decoder.js';

export interface UcdpBatch {
  events: UcdpEvent[];
  refused: { line: number; reason: string }[];
}

/**
 * Reads a UCDP GED CSV from its bytes a chunk at a time, in constant memory: its encoding (UTF-8
 * or Windows-1252) found from the first byte that is not ASCII, the header the first record, and
 * each row read or refused with its line and reason. A file whose header lacks GED's columns is
 * refused whole, naming them.
 */
export class UcdpReader {
  private readonly decoder = new SniffingDecoder();
  private readonly csv = new CsvRecords();
  private columns: UcdpColumns | null = null;

  get encoding(): TextEncoding | null {
    return this.decoder.encoding;
  }

  push(bytes: Uint8Array): UcdpBatch {
    return this.read(this.csv.push(this.decoder.push(bytes)));
  }

  end(): UcdpBatch {
    const batch = this.read([...this.csv.push(this.decoder.end()), ...this.csv.end()]);
    if (this.columns === null) throw new InvalidInputError('file', 'is empty');
    return batch;
  }

  private read(records: CsvRecord[]): UcdpBatch {
    const batch: UcdpBatch = { events: [], refused: [] };
    for (const record of records) {
      if (this.columns === null) {
        this.columns = header(record.fields);
        continue;
      }
      const read = readUcdpRow(this.columns, record);
      if ('refused' in read) batch.refused.push(read.refused);
      else batch.events.push(read.event);
    }
    return batch;
  }
}

function header(fields: string[]): UcdpColumns {
  const names = fields.map((f) => f.trim().toLowerCase());
  const missing = UCDP_REQUIRED.filter((c) => !names.includes(c));
  if (missing.length) throw new InvalidInputError('file', `is not a UCDP GED export: the columns ${missing.join(', ')} are missing`);
  const columns: UcdpColumns = {};
  for (const name of [...UCDP_REQUIRED, ...UCDP_OPTIONAL]) {
    const index = names.indexOf(name);
    if (index >= 0) columns[name] = index;
  }
  return columns;
}
