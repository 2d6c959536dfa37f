import { sql, type Transaction } from 'kysely';
import type { Database } from '../database-schema.js';

type Table = keyof Database & string;

/**
 * U+001E (record separator). Canonical JSON escapes every control character, so log
 * entries never hold it, nor do ids: text columns free of it travel as one string split
 * by the server, far cheaper on both sides than an array literal with every quote escaped.
 */
const SEPARATOR_CODE = 30;
const SEPARATOR = String.fromCharCode(SEPARATOR_CODE);

/** The values as one separated string, or null when any is not a string or holds the separator. */
function joinText(values: readonly unknown[]): string | null {
  for (const v of values) if (typeof v !== 'string' || v.includes(SEPARATOR)) return null;
  const joined = values.join(SEPARATOR);
  // string_to_array('') is an empty array, not one empty string.
  return joined === '' ? null : joined;
}

/**
 * Bulk writes on PostgreSQL through `unnest`: one statement per batch with one array
 * parameter per column, instead of multi-row VALUES of tens of thousands of
 * parameters that Kysely compiles and the server parses chunk by chunk.
 * `unnest` needs each column's SQL type, read once per table from the catalogue.
 */
export function postgresBulkWrites() {
  const types = new Map<string, Map<string, string>>();

  async function columnTypes(tx: Transaction<Database>, table: Table, columns: readonly string[]): Promise<string[]> {
    let known = types.get(table);
    // A table altered since it was read (a migration added a column) is read again.
    if (!known || columns.some((c) => !known!.has(c))) {
      const { rows } = await sql<{ name: string; type: string }>`
        select attname as name, format_type(atttypid, atttypmod) as type
        from pg_attribute where attrelid = to_regclass(${table}) and attnum > 0 and not attisdropped`.execute(tx);
      known = new Map(rows.map((r) => [r.name, r.type]));
      types.set(table, known);
    }
    return columns.map((c) => {
      const type = known!.get(c);
      if (type === undefined) throw new Error(`${table} has no column ${c}`);
      // unnest flattens an array of arrays into its elements: such a column would need another way in.
      if (type.endsWith('[]')) throw new Error(`${table}.${c} is an array column, which bulk writes do not support`);
      return type;
    });
  }

  /** `unnest($1::t1[], $2::t2[], …) as v("c1", "c2", …)`, with the rows' values column by column. */
  async function unnestFrom(tx: Transaction<Database>, table: Table, columns: readonly string[], rows: readonly Record<string, unknown>[]) {
    const sqlTypes = await columnTypes(tx, table, columns);
    const arrays = sqlTypes.map((type, i) => {
      const values = rows.map((row) => row[columns[i]!] ?? null);
      const joined = type === 'text' ? joinText(values) : null;
      if (joined !== null) return sql`string_to_array(${joined}::text, chr(${SEPARATOR_CODE}))`;
      return sql`${values}::${sql.raw(`${type}[]`)}`;
    });
    return sql`unnest(${sql.join(arrays)}) as v(${sql.join(columns.map((c) => sql.ref(c)))})`;
  }

  return {
    async insertRows(tx: Transaction<Database>, table: Table, rows: readonly Record<string, unknown>[]): Promise<void> {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]!);
      const from = await unnestFrom(tx, table, columns, rows);
      const list = sql.join(columns.map((c) => sql.ref(c)));
      await sql`insert into ${sql.table(table)} (${list}) select ${list} from ${from}`.execute(tx);
    },

    async updateRows(tx: Transaction<Database>, table: Table, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void> {
      if (rows.length === 0) return;
      const from = await unnestFrom(tx, table, ['id', ...columns], rows);
      const set = sql.join(columns.map((c) => sql`${sql.ref(c)} = ${sql.ref(`v.${c}`)}`));
      await sql`update ${sql.table(table)} as t set ${set} from ${from} where t.id = v.id`.execute(tx);
    },
  };
}
