import { InvalidInputError } from '../domain-error.js';
import { ACLED_HEADER_SEARCH, findAcledHeader, type AcledHeader } from './acled-layout.js';
import { CsvRecords, type CsvRecord } from './csv-records.js';
import { readAcledRow, type AcledEvent, type AcledRefusal } from './read-acled-row.js';

export interface AcledBatch {
  events: AcledEvent[];
  refused: AcledRefusal[];
}

/**
 * Reads an ACLED export a chunk at a time, in constant memory: finds the header among the first
 * records (skipping lines before it), reads each row, and joins a monadic file's rows of one event
 * (one per actor, one after another) into one event. A row that cannot be read is refused with
 * its line and reason, and reading goes on. A file with no ACLED header is refused whole, naming
 * the columns it lacks.
 */
export class AcledReader {
  private readonly csv = new CsvRecords();
  private header: AcledHeader | null = null;
  private readonly before: CsvRecord[] = [];
  /** A monadic event whose next row may still add an actor. */
  private pending: AcledEvent | null = null;

  get layout(): AcledHeader['layout'] | null {
    return this.header?.layout ?? null;
  }

  push(chunk: string): AcledBatch {
    return this.read(this.csv.push(chunk), false);
  }

  end(): AcledBatch {
    return this.read(this.csv.end(), true);
  }

  private read(records: CsvRecord[], last: boolean): AcledBatch {
    const batch: AcledBatch = { events: [], refused: [] };
    let rows = records;
    if (!this.header) {
      this.before.push(...records);
      if (this.before.length < ACLED_HEADER_SEARCH && !last) {
        const found = findAcledHeader(this.before.map((r) => r.fields));
        if ('missing' in found) return batch;
      }
      const found = findAcledHeader(this.before.map((r) => r.fields));
      if ('missing' in found) {
        throw new InvalidInputError('file', this.before.length ? `is not an ACLED export: the columns ${found.missing.join(', ')} are missing` : 'is empty');
      }
      this.header = found;
      rows = this.before.slice(found.at + 1);
      this.before.length = 0;
    }
    for (const record of rows) {
      const read = readAcledRow(this.header, record);
      if ('refused' in read) batch.refused.push(read.refused);
      else this.add(read.event, batch);
    }
    if (last && this.pending) {
      batch.events.push(this.pending);
      this.pending = null;
    }
    return batch;
  }

  private add(event: AcledEvent, batch: AcledBatch): void {
    if (this.header!.layout === 'dyadic') {
      batch.events.push(event);
      return;
    }
    if (this.pending && this.pending.external_id === event.external_id) {
      this.pending.actors.push(...event.actors);
      return;
    }
    if (this.pending) batch.events.push(this.pending);
    this.pending = event;
  }
}
