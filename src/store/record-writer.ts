import type { Transaction } from 'kysely';
import type { Actor } from '../domain/actor.js';
import { NotFoundError, PayloadTooLargeError } from '../domain/domain-error.js';
import { sealsAnyGroup, type KindPolicy } from '../domain/policy/disclosure-policy.js';
import { DISCLOSURE, type RecordKindName } from '../domain/policy/disclosure-table.js';
import { EntryTooLargeError, type LogEntry } from '../ledger/log-entry.js';
import type { IsoTime } from '../domain/iso-time.js';
import type { Database } from './database-schema.js';
import type { DialectCapabilities } from './dialect/dialect-capabilities.js';
import { appendLogEntriesOf } from './log/append-log-entries.js';
import type { Pseudonyms } from './log/pseudonyms.js';
import { SaltPool } from './log/salt-pool.js';
import { recordEntry } from './record-entry.js';
import { RECORD_KINDS, type NewRow, type RowOf } from './record-kinds.js';

/** What the writer adds to a row: its entry's index and, where the kind seals groups, the salts that open them. */
interface Logged {
  log_index: number;
  salts?: string;
}

/**
 * The only way a use case changes a record: each insert or update appends the record's new
 * version to the log in the same transaction, sealed as the disclosure policy says, keeps what
 * opens it in `log_openings`, and stores the entry's index on the row. A change whose entry
 * cannot be written does not happen.
 */
export class RecordWriter {
  private readonly salts = new SaltPool();

  constructor(
    private readonly tx: Transaction<Database>,
    private readonly capabilities: DialectCapabilities,
    private readonly actor: Actor,
    private readonly now: IsoTime,
    private readonly pseudonyms: Pseudonyms,
  ) {}

  /** The acting account's pseudonym on a record, as the record's log entries name it. */
  pseudonym(kind: RecordKindName, recordId: string): string {
    return this.pseudonyms.of(kind, recordId, this.actor.id);
  }

  async insert<K extends RecordKindName>(kind: K, event: string, row: NewRow<K>): Promise<RowOf<K>> {
    const [stored] = await this.insertMany(kind, event, [{ ...row }]);
    return stored!;
  }

  /**
   * Inserts many rows of one kind with all their entries appended in one call,
   * so that a bulk submission costs one pass over the log, not one per row.
   */
  async insertMany<K extends RecordKindName>(kind: K, event: string, rows: readonly NewRow<K>[]): Promise<RowOf<K>[]> {
    if (rows.length === 0) return [];
    const logged = await this.append(kind, event, rows as readonly Record<string, unknown>[]);
    // The caller's rows are fresh objects: give them their log index in place rather than copy 10,000 of them.
    const stored = rows as unknown as RowOf<K>[];
    rows.forEach((row, i) => Object.assign(row, logged[i]!));
    await this.capabilities.insertRows(this.tx, RECORD_KINDS[kind].table, stored as unknown as Record<string, unknown>[]);
    return stored;
  }

  /**
   * Updates rows whose full current values the caller already holds (read in the same
   * transaction), appending all their entries in one call; `changed` names the columns to write.
   */
  async updateMany<K extends RecordKindName>(kind: K, event: string, rows: readonly NewRow<K>[], changed: readonly (keyof NewRow<K> & string)[]): Promise<RowOf<K>[]> {
    if (rows.length === 0) return [];
    const logged = await this.append(kind, event, rows as readonly Record<string, unknown>[]);
    const stored = rows.map((row, i) => ({ ...row, ...logged[i]! }) as RowOf<K>);
    const written = [...changed, ...Object.keys(logged[0]!)];
    await this.capabilities.updateRows(this.tx, RECORD_KINDS[kind].table, written, stored as unknown as Record<string, unknown>[]);
    return stored;
  }

  async update<K extends RecordKindName>(kind: K, event: string, id: string, changes: Partial<NewRow<K>>): Promise<RowOf<K>> {
    return this.write(kind, event, await this.current(kind, id), changes);
  }

  /**
   * An edit someone asked for: like `update`, but one that changes no value (beside
   * `updated_at`) writes nothing and appends no entry, so that a repeated or empty edit
   * leaves the record and the log as they were.
   */
  async edit<K extends RecordKindName>(kind: K, event: string, id: string, changes: Partial<NewRow<K>>): Promise<RowOf<K>> {
    const current = await this.current(kind, id);
    const changed = Object.entries(changes).some(([column, value]) => column !== 'updated_at' && current[column] !== value);
    return changed ? this.write(kind, event, current, changes) : (current as unknown as RowOf<K>);
  }

  private async current(kind: RecordKindName, id: string): Promise<Record<string, unknown>> {
    const { table } = RECORD_KINDS[kind];
    const current = (await this.tx
      .selectFrom(table)
      .selectAll()
      .where('id' as never, '=', id as never)
      .executeTakeFirst()) as Record<string, unknown> | undefined;
    if (!current) throw new NotFoundError(kind, id);
    return current;
  }

  private async write<K extends RecordKindName>(kind: K, event: string, current: Record<string, unknown>, changes: Partial<NewRow<K>>): Promise<RowOf<K>> {
    const { table } = RECORD_KINDS[kind];
    const id = current.id;
    const { log_index: _index, salts: _salts, ...rest } = current;
    const next = { ...rest, ...changes } as Record<string, unknown>;
    const [logged] = await this.append(kind, event, [next]);
    await this.tx
      .updateTable(table)
      .set({ ...changes, ...logged! } as never)
      .where('id' as never, '=', id as never)
      .execute();
    return { ...next, ...logged! } as RowOf<K>;
  }

  /** Appends an entry that describes no stored record (the gazetteer loaded): public, in clear. */
  async event(type: string, id: string, data: unknown): Promise<number> {
    const [index] = await this.appendEntries(1, () => ({ type, at: this.now, actor: this.actor.id, id, data }));
    return index!;
  }

  private async append(kind: RecordKindName, event: string, rows: readonly Record<string, unknown>[]): Promise<Logged[]> {
    const openings: (Omit<Database['log_openings'], 'idx'> | null)[] = [];
    // Each entry is made as it is encoded and dropped straight after; only what opens it stays.
    const indexes = await this.appendEntries(rows.length, (i) => {
      const { entry, opening } = recordEntry(kind, event, rows[i]!, this.actor, this.now, () => this.salts.next(), this.pseudonyms);
      openings.push(opening);
      return entry;
    });
    const openingRows = openings.flatMap((opening, i) => (opening ? [{ idx: indexes[i]!, ...opening }] : []));
    if (openingRows.length) await this.capabilities.insertRows(this.tx, 'log_openings', openingRows);
    // A kind that seals groups keeps its latest salts beside its values; one that seals none has no salts column.
    const seals = sealsAnyGroup(DISCLOSURE[kind] as KindPolicy<unknown, unknown>);
    return indexes.map((log_index, i) => (seals ? { log_index, salts: openings[i]?.salts ?? '{}' } : { log_index }));
  }

  private async appendEntries(count: number, entryAt: (i: number) => LogEntry): Promise<number[]> {
    try {
      return await appendLogEntriesOf(this.tx, this.capabilities, count, entryAt);
    } catch (error) {
      if (error instanceof EntryTooLargeError) {
        throw new PayloadTooLargeError('body', `the change would make a log entry of ${error.size} bytes; entries are limited to ${error.limit}`);
      }
      throw error;
    }
  }
}
