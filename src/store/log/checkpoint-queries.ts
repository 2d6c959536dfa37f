import type { Kysely } from 'kysely';
import type { Database } from '../database-schema.js';

type Reader = Pick<Kysely<Database>, 'selectFrom'>;

export interface StoredCheckpoint {
  size: number;
  root: Buffer;
  note: string;
  signed_at: string;
}

export async function latestCheckpoint(db: Reader): Promise<StoredCheckpoint | undefined> {
  const row = await db.selectFrom('log_checkpoints').selectAll().orderBy('size', 'desc').limit(1).executeTakeFirst();
  return row && { ...row, size: Number(row.size), root: Buffer.from(row.root) };
}

export async function cosignatureLines(db: Reader, size: number): Promise<string[]> {
  const rows = await db.selectFrom('log_cosignatures').select('signature_line').where('size', '=', size).orderBy('witness').execute();
  return rows.map((r) => r.signature_line);
}
