import type { Kysely } from 'kysely';
import { recordFromRow } from '../record-kinds.js';
import type { Agreement, AgreementTransition, Party, Position, Term } from '../../domain/agreement/agreement-records.js';
import type { Database } from '../database-schema.js';


type Reader = Pick<Kysely<Database>, 'selectFrom'>;

export async function findParty(db: Reader, id: string): Promise<Party | undefined> {
  const row = await db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirst();
  return row && recordFromRow('party', row);
}

export async function listParties(db: Reader): Promise<Party[]> {
  const rows = await db.selectFrom('parties').selectAll().orderBy('name').execute();
  return rows.map((row) => recordFromRow('party', row));
}

export async function findPartiesByIds(db: Reader, ids: readonly string[]): Promise<Party[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('parties').selectAll().where('id', 'in', ids).execute();
  return rows.map((row) => recordFromRow('party', row));
}

export async function findAgreement(db: Reader, id: string): Promise<Agreement | undefined> {
  const row = await db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst();
  return row && recordFromRow('agreement', row);
}

export async function listAgreements(db: Reader): Promise<Agreement[]> {
  const rows = await db.selectFrom('agreements').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => recordFromRow('agreement', row));
}

export async function listTerms(db: Reader, agreementIds: readonly string[]): Promise<Term[]> {
  if (agreementIds.length === 0) return [];
  const rows = await db.selectFrom('terms').selectAll().where('agreement_id', 'in', agreementIds).orderBy('code').execute();
  return rows.map((row) => recordFromRow('term', row));
}

export async function findTerm(db: Reader, agreementId: string, id: string): Promise<Term | undefined> {
  const row = await db.selectFrom('terms').selectAll().where('agreement_id', '=', agreementId).where('id', '=', id).executeTakeFirst();
  return row && recordFromRow('term', row);
}

/** Every position ever stated, oldest first; the latest per party is the one in effect. */
export async function listPositions(db: Reader, agreementIds: readonly string[]): Promise<Position[]> {
  if (agreementIds.length === 0) return [];
  const rows = await db
    .selectFrom('positions')
    .selectAll()
    .where('agreement_id', 'in', agreementIds)
    .orderBy('stated_at')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => recordFromRow('position', row));
}

export async function findPosition(db: Reader, agreementId: string, id: string): Promise<Position | undefined> {
  const row = await db.selectFrom('positions').selectAll().where('agreement_id', '=', agreementId).where('id', '=', id).executeTakeFirst();
  return row && recordFromRow('position', row);
}

export async function listTransitions(db: Reader, agreementIds: readonly string[]): Promise<AgreementTransition[]> {
  if (agreementIds.length === 0) return [];
  const rows = await db.selectFrom('agreement_transitions').selectAll().where('agreement_id', 'in', agreementIds).orderBy('at').orderBy('log_index').execute();
  return rows.map((row) => recordFromRow('agreement_transition', row));
}
