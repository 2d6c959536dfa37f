import { selectInChunks } from '../dialect/select-in-chunks.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database-schema.js';
import type { PlaceTable } from '../tables/monitoring-tables.js';

type Db = Kysely<Database> | Transaction<Database>;

export type Place = Omit<PlaceTable, 'name_key' | 'search_key' | 'h3_cell'>;

const PLACE_COLUMNS = ['geonames_id', 'name', 'country', 'admin_code', 'latitude', 'longitude', 'population'] as const;

export async function countPlaces(db: Db): Promise<number> {
  const row = await db.selectFrom('places').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Rows per insert: 11 columns each stay under SQLite's 32,766 parameters. */
const INSERT_CHUNK = 2500;

export async function insertPlaces(tx: Transaction<Database>, rows: readonly PlaceTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.insertInto('places').values(rows.slice(i, i + INSERT_CHUNK)).execute();
}

/** Places whose normalised name is `key`, largest first; `country` (ISO 3166 alpha-2) narrows them. */
export async function findPlacesByKey(db: Db, key: string, country?: string | null): Promise<Place[]> {
  let query = db.selectFrom('places').select(PLACE_COLUMNS).where('name_key', '=', key);
  if (country) query = query.where('country', '=', country.toUpperCase());
  return query.orderBy('population', 'desc').limit(50).execute();
}

/**
 * Places whose key (`name_key`, the normalised name, or `search_key`, where its spellings meet)
 * starts with `prefix`, largest population first. The prefix is read as a range on the key (from
 * the prefix up to, not including, the prefix with its last code point incremented), so the
 * key's index answers it without a scan. A collation that is not byte order could let a
 * neighbour in, so the prefix is checked again.
 */
export async function searchPlacesByKeyPrefix(
  db: Db,
  column: 'name_key' | 'search_key',
  prefix: string,
  options: { country?: string | undefined; limit: number },
): Promise<Place[]> {
  const chars = [...prefix];
  const upper = chars.slice(0, -1).join('') + String.fromCodePoint(chars.at(-1)!.codePointAt(0)! + 1);
  let query = db.selectFrom('places').select([...PLACE_COLUMNS, `${column} as key`]).where(column, '>=', prefix).where(column, '<', upper);
  if (options.country) query = query.where('country', '=', options.country.toUpperCase());
  const rows = await query.orderBy('population', 'desc').orderBy('geonames_id').limit(options.limit).execute();
  return rows.filter((row) => row.key.startsWith(prefix)).map(({ key: _key, ...place }) => place);
}

export async function findPlacesByIds(db: Db, ids: readonly number[]): Promise<Place[]> {
  return selectInChunks(ids, (chunk) => db.selectFrom('places').select(PLACE_COLUMNS).where('geonames_id', 'in', chunk).execute());
}

/** Every place in the given H3 cells (resolution 5): the candidates for a nearest-place search, never a scan. */
export async function findPlacesInCells(db: Db, cells: readonly string[]): Promise<(Place & { h3_cell: string })[]> {
  return selectInChunks(cells, (chunk) => db.selectFrom('places').select([...PLACE_COLUMNS, 'h3_cell']).where('h3_cell', 'in', chunk).execute());
}
