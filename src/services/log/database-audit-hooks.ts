import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { entryKind, entryShapeProblem, hasExactlyKeys } from '../../domain/policy/check-entry-shape.js';
import { CHANGE_GROUP, type KindPolicy } from '../../domain/policy/disclosure-policy.js';
import { DISCLOSURE, RECORD_KIND_NAMES, type RecordKindName } from '../../domain/policy/disclosure-table.js';
import { canonicalJson } from '../../ledger/canonical-json.js';
import { commitmentOfText, decodeLogEntry, type LogEntry } from '../../ledger/log-entry.js';
import type { StoredNode } from '../../ledger/node-id.js';
import type { Database } from '../../store/database-schema.js';
import { Pseudonyms } from '../../store/log/pseudonyms.js';
import { readLevelHashes, storedInLogNodes } from '../../store/log/read-log-ranges.js';
import { RECORD_KINDS } from '../../store/record-kinds.js';
import { sealGroups } from '../../store/record-entry.js';
import { AuditFailure, type AuditHooks } from './audit-log.js';

const PAGE = 1000;

interface Groups {
  clear: Record<string, unknown>;
  sealed: Record<string, string>;
}

/** What a record's current row must reproduce of its latest entry: the change group is the event's, not the row's. */
function recordDigest({ clear, sealed }: Groups): string {
  const { [CHANGE_GROUP]: _event, ...groups } = sealed;
  return createHash('sha256').update(canonicalJson({ clear, sealed: groups })).digest('base64');
}

/**
 * The checks only a database holder can make: every stored subtree hash equals the recomputed
 * one (proofs are served from them); every entry's sealed groups open with the values and salts
 * kept for them, and every casework pseudonym is the one its actor has on that record; and every
 * current record reproduces its latest entry, with none missing and none deleted.
 */
export function databaseAuditHooks(db: Kysely<Database>): AuditHooks {
  const latest = new Map<string, { index: number; digest: string }>();
  let pending: { index: number; kind: RecordKindName; entry: LogEntry }[] = [];
  let pseudonyms: Pseudonyms | null | undefined;

  const pseudonymsOf = async (index: number): Promise<Pseudonyms> => {
    if (pseudonyms === undefined) {
      const row = await db.selectFrom('log_meta').select('value').where('key', '=', 'pseudonym_key').executeTakeFirst();
      pseudonyms = row ? new Pseudonyms(Buffer.from(row.value, 'hex')) : null;
    }
    if (!pseudonyms) throw new AuditFailure(`entry ${index} names a casework pseudonym, but the database holds no pseudonym key`, index);
    return pseudonyms;
  };

  async function openTile(start: number, count: number): Promise<void> {
    const rows = await db.selectFrom('log_openings').selectAll().where('idx', '>=', start).where('idx', '<', start + count).execute();
    const byIndex = new Map(rows.map((r) => [Number(r.idx), r]));
    for (const { index, kind, entry } of pending) {
      const policy = DISCLOSURE[kind] as KindPolicy<unknown, unknown>;
      const sealed = (entry.data as Groups).sealed;
      const names = Object.keys(sealed);
      const row = byIndex.get(index);
      byIndex.delete(index);
      if (names.length === 0) {
        if (row) throw new AuditFailure(`entry ${index} seals nothing, yet the database keeps openings for it`, index);
        continue;
      }
      if (!row) throw new AuditFailure(`entry ${index} seals ${names.join(', ')}, but the database keeps nothing that opens them`, index);
      let salts: Record<string, unknown>;
      let values: Record<string, unknown>;
      try {
        salts = JSON.parse(row.salts);
        values = JSON.parse(row.sealed);
      } catch {
        throw new AuditFailure(`the openings kept for entry ${index} are not JSON`, index);
      }
      if (!hasExactlyKeys(salts, names) || !hasExactlyKeys(values, names)) throw new AuditFailure(`the openings kept for entry ${index} are not those of its sealed groups`, index);
      for (const name of names) {
        const salt = salts[name];
        if (typeof salt !== 'string' || !/^[0-9a-f]{32}$/.test(salt)) throw new AuditFailure(`the salt kept for group ${name} of entry ${index} is not 128 bits of hex`, index);
        const fields = name === CHANGE_GROUP ? ['event'] : Object.keys(policy.groups[name]!.fields);
        if (!hasExactlyKeys(values[name], fields) || commitmentOfText(canonicalJson(values[name]), Buffer.from(salt, 'hex')) !== sealed[name]) {
          throw new AuditFailure(`the value or salt kept for group ${name} of entry ${index} does not open its commitment: it was changed`, index);
        }
      }
      const actor = policy.casework ? (await pseudonymsOf(index)).of(kind, entry.id, row.actor) : row.actor;
      if (actor !== entry.actor) throw new AuditFailure(`entry ${index} names ${entry.actor} as its actor, but the actor kept for it is another`, index);
    }
    const orphan = [...byIndex.keys()].sort((a, b) => a - b)[0];
    if (orphan !== undefined) throw new AuditFailure(`the database keeps openings for entry ${orphan}, which is not a record's entry`, orphan);
    pending = [];
  }

  return {
    onEntry(index, bytes) {
      const entry = decodeLogEntry(bytes);
      const kind = entryKind(entry.type);
      if (!kind) return;
      const problem = entryShapeProblem(kind, entry);
      if (problem) throw new AuditFailure(`entry ${index} (${entry.type}): ${problem}`, index);
      latest.set(`${kind}\u0000${entry.id}`, { index, digest: recordDigest(entry.data as Groups) });
      pending.push({ index, kind, entry });
    },

    async onNodes(nodes: readonly StoredNode[]) {
      const byLevel = new Map<number, StoredNode[]>();
      // Leaf hashes are checked against their entries already.
      for (const node of nodes) if (storedInLogNodes(node.level)) byLevel.set(node.level, [...(byLevel.get(node.level) ?? []), node]);
      for (const [level, group] of byLevel) {
        const first = group[0]!.index;
        const stored = await readLevelHashes(db, level, first, group.length);
        group.forEach((node, i) => {
          if (!stored[i]?.equals(node.hash)) {
            throw new AuditFailure(`the stored hash of subtree level ${level} index ${node.index} is wrong; proofs served from it would not verify`, node.index * 2 ** level);
          }
        });
      }
    },

    onTile: openTile,

    async afterEntries() {
      for (const kind of RECORD_KIND_NAMES) {
        const spec = RECORD_KINDS[kind];
        let after = '';
        for (;;) {
          const rows = (await db
            .selectFrom(spec.table)
            .selectAll()
            .where('id' as never, '>', after as never)
            .orderBy('id' as never)
            .limit(PAGE)
            .execute()) as Record<string, unknown>[];
          const indexes = rows.map((r) => Number(r.log_index));
          const salts = new Map<number, Record<string, string>>();
          if (indexes.length) {
            for (const o of await db.selectFrom('log_openings').select(['idx', 'salts']).where('idx', 'in', indexes).execute()) salts.set(Number(o.idx), JSON.parse(o.salts));
          }
          for (const row of rows) {
            const key = `${kind}\u0000${String(row.id)}`;
            const logged = latest.get(key);
            if (!logged) throw new AuditFailure(`${kind} ${String(row.id)} exists but no log entry records it`);
            if (Number(row.log_index) !== logged.index) throw new AuditFailure(`${kind} ${String(row.id)} names entry ${String(row.log_index)} as its latest, but its latest is ${logged.index}`, logged.index);
            const saltsOf = salts.get(logged.index) ?? {};
            // Answers give readers the salts kept beside the record: they must be those that open its latest entry.
            if ('salts' in row && canonicalJson(JSON.parse(String(row.salts))) !== canonicalJson(saltsOf)) {
              throw new AuditFailure(`${kind} ${String(row.id)} keeps salts that differ from those of its latest log entry ${logged.index}: readers would be given openings that fail`, logged.index);
            }
            const groups = sealGroups(kind, row, (name) => {
              const salt = saltsOf[name];
              if (!salt) throw new AuditFailure(`${kind} ${String(row.id)}: the database keeps no salt for group ${name} of its latest entry ${logged.index}`, logged.index);
              return Buffer.from(salt, 'hex');
            });
            if (recordDigest(groups) !== logged.digest) {
              throw new AuditFailure(`${kind} ${String(row.id)} differs from its latest log entry ${logged.index}: the record was changed outside the log`, logged.index);
            }
            latest.delete(key);
          }
          if (rows.length < PAGE) break;
          after = String(rows[rows.length - 1]!.id);
        }
      }
      const orphan = [...latest.entries()].sort((a, b) => a[1].index - b[1].index)[0];
      if (orphan) {
        const [kind, id] = orphan[0].split('\u0000');
        throw new AuditFailure(`${kind} ${id}, recorded by log entry ${orphan[1].index}, has been deleted`, orphan[1].index);
      }
    },
  };
}
