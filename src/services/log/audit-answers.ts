import { createHash } from 'node:crypto';
import { checkDisclosedRecord, checkOpenings, type DisclosureProblem, type EntryLike, type Opening } from '../../domain/policy/check-disclosure.js';
import { decodeLogEntry } from '../../ledger/log-entry.js';
import { TILE_WIDTH } from '../../ledger/tile-path.js';
import { AuditFailure } from './audit-log.js';
import type { LogSource } from './log-source.js';

const sha256 = async (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());

/** Collections a reader may list, each answering `{items}`; a 401 or 403 says this reader may not, and is passed over. */
const COLLECTIONS = ['/api/v1/parties', '/api/v1/agreements', '/api/v1/control-claims', '/api/v1/areas', '/api/v1/sources', '/api/v1/disputes', '/api/v1/users', '/api/v1/tokens'];

export interface AnswersVerdict {
  records: number;
  entriesOpened: number;
}

/**
 * Reads a server's API as one reader (the public, or the holder of `token`) and checks every
 * record it shows against the log mirrored through the tiles: each field in clear in its entry or
 * opening that entry's commitment, nothing shown otherwise; and every opening the log API gives for
 * those entries. Run after the tree is verified, so the entries are the signed log's own.
 */
export async function auditAnswers(base: string, source: LogSource, size: number, options: { token?: string; onProgress?: (done: number) => void } = {}): Promise<AnswersVerdict> {
  const headers: Record<string, string> = { accept: 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) };
  const get = async (path: string): Promise<{ status: number; body: unknown }> => {
    const url = new URL(path, base);
    let response: Response;
    try {
      response = await fetch(url, { headers });
    } catch (error) {
      throw new AuditFailure(`cannot reach ${url}: ${(error as Error).message}`);
    }
    if (response.status === 401 && options.token) throw new AuditFailure(`${url} refused the token given: it is unknown, expired or revoked`);
    return { status: response.status, body: response.ok ? await response.json() : null };
  };

  const tiles = new Map<number, Promise<Buffer[]>>();
  const entryAt = async (index: number): Promise<EntryLike | undefined> => {
    if (!Number.isSafeInteger(index) || index < 0 || index >= size) return undefined;
    const tile = Math.floor(index / TILE_WIDTH);
    let bundle = tiles.get(tile);
    if (!bundle) {
      bundle = source.readEntries(tile * TILE_WIDTH, Math.min(TILE_WIDTH, size - tile * TILE_WIDTH));
      tiles.set(tile, bundle);
    }
    const bytes = (await bundle)[index % TILE_WIDTH];
    return bytes && decodeLogEntry(bytes);
  };

  const problems: DisclosureProblem[] = [];
  const indexes = new Set<number>();
  let records = 0;
  const check = async (record: unknown, where: string) => {
    records++;
    collectIndexes(record, indexes);
    for (const p of await checkDisclosedRecord(record, entryAt, sha256)) problems.push({ path: `${where}: ${p.path}`, message: p.message });
    options.onProgress?.(records);
  };

  for (const path of COLLECTIONS) {
    const { status, body } = await get(path);
    if (status === 401 || status === 403) continue;
    if (status !== 200) throw new AuditFailure(`${path} answered ${status}`);
    for (const [i, item] of ((body as { items: unknown[] }).items ?? []).entries()) await check(item, `${path} item ${i}`);
  }
  let cursor: string | null = null;
  do {
    const { status, body } = await get(`/api/v1/incidents?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (status !== 200) throw new AuditFailure(`/api/v1/incidents answered ${status}`);
    const page = body as { items: { id: string }[]; next_cursor: string | null };
    for (const incident of page.items) {
      await check(incident, `/api/v1/incidents item ${incident.id}`);
      const detail = await get(`/api/v1/incidents/${encodeURIComponent(incident.id)}`);
      if (detail.status !== 200) throw new AuditFailure(`/api/v1/incidents/${incident.id} answered ${detail.status}, though the list shows it`);
      await check(detail.body, `/api/v1/incidents/${incident.id}`);
    }
    cursor = page.next_cursor;
  } while (cursor);

  let entriesOpened = 0;
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const { status, body } = await get(`/api/v1/log/entries/${index}`);
    if (status !== 200) throw new AuditFailure(`/api/v1/log/entries/${index} answered ${status}`);
    const entry = await entryAt(index);
    const openings = (body as { openings: Opening[] }).openings;
    if (!entry) continue;
    for (const p of await checkOpenings(entry, openings, sha256)) problems.push({ path: `/api/v1/log/entries/${index}: ${p.path}`, message: p.message });
    if (openings.length) entriesOpened++;
  }
  if (problems.length) {
    const first = problems.slice(0, 5).map((p) => `${p.path} ${p.message}`).join('; ');
    throw new AuditFailure(`${problems.length} shown field${problems.length === 1 ? '' : 's'} did not check out against the log: ${first}${problems.length > 5 ? '; …' : ''}`);
  }
  return { records, entriesOpened };
}

/** The log indexes an answer's records name, nested records included. */
function collectIndexes(value: unknown, into: Set<number>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectIndexes(v, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const disclosure = record.disclosure as { index?: unknown } | undefined;
  if (disclosure && typeof disclosure.index === 'number') into.add(disclosure.index);
  for (const v of Object.values(record)) if (typeof v === 'object') collectIndexes(v, into);
}
