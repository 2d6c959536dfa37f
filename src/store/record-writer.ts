import type { Transaction } from 'kysely';
import type { Actor } from '../domain/actor.js';
import { NotFoundError, PayloadTooLargeError } from '../domain/domain-error.js';
import { EntryTooLargeError } from '../ledger/log-entry.js';
import type { IsoTime } from '../domain/iso-time.js';
import type { Database } from './database-schema.js';
import type { DialectCapabilities } from './dialect/dialect-capabilities.js';
import { appendLogEntries, appendLogEntriesOf } from './log/append-log-entries.js';
import { RECORD_KINDS, type RecordKindName } from './record-kinds.js';
import { recordSnapshot } from './record-snapshot.js';

type Row<K extends RecordKindName> = Database[(typeof RECORD_KINDS)[K]['table']];
type NewRow<K extends RecordKindName> = Omit<Row<K>, 'log_index'>;

/**
 * The only way a use case changes a record: each insert or update appends the
 * record's new snapshot to the log in the same transaction, and stores the
 * entry's index on the row. A change whose entry cannot be written does not happen.
 */
export class RecordWriter {
  constructor(
    private readonly tx: Transaction<Database>,
    private readonly capabilities: DialectCapabilities,
    private readonly actor: Actor,
    private readonly now: IsoTime,
  ) {}

  async insert<K extends RecordKindName>(kind: K, event: string, row: NewRow<K>): Promise<Row<K>> {
    const { table } = RECORD_KINDS[kind];
    const logIndex = await this.append(kind, event, row as unknown as Record<string, unknown>);
    const stored = { ...row, log_index: logIndex } as Row<K>;
    // Kysely cannot relate a table name chosen at run time to its row type.
    await this.tx.insertInto(table).values(stored as never).execute();
    return stored;
  }

  /**
   * Inserts many rows of one kind with all their entries appended in one call,
   * so that a bulk submission costs one pass over the log, not one per row.
   */
  async insertMany<K extends RecordKindName>(kind: K, event: string, rows: readonly NewRow<K>[]): Promise<Row<K>[]> {
    if (rows.length === 0) return [];
    const { table } = RECORD_KINDS[kind];
    const indexes = await this.appendMany(kind, event, rows as unknown as Record<string, unknown>[]);
    // The caller's rows are fresh objects: give them their log index in place rather than copy 10,000 of them.
    const stored = rows as unknown as Row<K>[];
    rows.forEach((row, i) => {
      (row as Record<string, unknown>).log_index = indexes[i]!;
    });
    await this.capabilities.insertRows(this.tx, table, stored as unknown as Record<string, unknown>[]);
    return stored;
  }

  /**
   * Updates rows whose full current values the caller already holds (read in the same
   * transaction), appending all their entries in one call; `changed` names the columns to write.
   */
  async updateMany<K extends RecordKindName>(kind: K, event: string, rows: readonly NewRow<K>[], changed: readonly (keyof NewRow<K> & string)[]): Promise<Row<K>[]> {
    if (rows.length === 0) return [];
    const { table } = RECORD_KINDS[kind];
    const indexes = await this.appendMany(kind, event, rows as unknown as Record<string, unknown>[]);
    const stored = rows.map((row, i) => ({ ...row, log_index: indexes[i]! }) as Row<K>);
    await this.capabilities.updateRows(this.tx, table, [...changed, 'log_index'], stored as unknown as Record<string, unknown>[]);
    return stored;
  }

  async update<K extends RecordKindName>(kind: K, event: string, id: string, changes: Partial<NewRow<K>>): Promise<Row<K>> {
    const { table } = RECORD_KINDS[kind];
    const current = (await this.tx
      .selectFrom(table)
      .selectAll()
      .where('id' as never, '=', id as never)
      .executeTakeFirst()) as Record<string, unknown> | undefined;
    if (!current) throw new NotFoundError(kind, id);
    const { log_index: _previous, ...rest } = current;
    const next = { ...rest, ...changes } as Record<string, unknown>;
    const logIndex = await this.append(kind, event, next);
    await this.tx
      .updateTable(table)
      .set({ ...changes, log_index: logIndex } as never)
      .where('id' as never, '=', id as never)
      .execute();
    return { ...next, log_index: logIndex } as Row<K>;
  }

  /** Appends an entry that describes no stored row (a baseline snapshot, a key rotation). */
  async event(type: string, id: string, data: unknown): Promise<number> {
    try {
      const [index] = await appendLogEntries(this.tx, this.capabilities, [{ type, at: this.now, actor: this.actor.id, id, data }]);
      return index!;
    } catch (error) {
      if (error instanceof EntryTooLargeError) {
        throw new PayloadTooLargeError('body', `the change would make a log entry of ${error.size} bytes; entries are limited to ${error.limit}`);
      }
      throw error;
    }
  }

  private async appendMany(kind: RecordKindName, event: string, rows: readonly Record<string, unknown>[]): Promise<number[]> {
    const type = `${kind}.${event}`;
    // Each snapshot is made as its entry is encoded and dropped straight after.
    const entryAt = (i: number) => {
      const row = rows[i]!;
      return { type, at: this.now, actor: this.actor.id, id: String(row.id), data: recordSnapshot(RECORD_KINDS[kind], row) };
    };
    try {
      return await appendLogEntriesOf(this.tx, this.capabilities, rows.length, entryAt);
    } catch (error) {
      if (error instanceof EntryTooLargeError) {
        throw new PayloadTooLargeError('body', `the change would make a log entry of ${error.size} bytes; entries are limited to ${error.limit}`);
      }
      throw error;
    }
  }

  private async append(kind: RecordKindName, event: string, row: Record<string, unknown>): Promise<number> {
    const id = String(row.id);
    const data = recordSnapshot(RECORD_KINDS[kind], row);
    return this.event(`${kind}.${event}`, id, data);
  }
}
