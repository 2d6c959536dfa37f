import type { Transaction } from 'kysely';
import type { Database } from '../database-schema.js';

/** Multi-row inserts through Kysely, in statements under the bound-parameter limits of both databases (SQLite: 32766). */
export async function kyselyInsertRows(tx: Transaction<Database>, table: keyof Database & string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.floor(30_000 / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += perStatement) {
    // Kysely cannot relate a table name chosen at run time to its row type.
    await tx.insertInto(table).values(rows.slice(i, i + perStatement) as never).execute();
  }
}

export async function kyselyUpdateRows(tx: Transaction<Database>, table: keyof Database & string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void> {
  for (const row of rows) {
    const values = Object.fromEntries(columns.map((c) => [c, row[c]]));
    await tx
      .updateTable(table)
      .set(values as never)
      .where('id' as never, '=', row.id as never)
      .execute();
  }
}
