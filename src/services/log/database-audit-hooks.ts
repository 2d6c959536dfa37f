import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../../ledger/canonical-json.js';
import { decodeLogEntry } from '../../ledger/log-entry.js';
import type { StoredNode } from '../../ledger/node-id.js';
import type { Database } from '../../store/database-schema.js';
import { readLevelHashes, storedInLogNodes } from '../../store/log/read-log-ranges.js';
import { isRecordKindName, RECORD_KINDS, type RecordKindName } from '../../store/record-kinds.js';
import { recordSnapshot } from '../../store/record-snapshot.js';
import { AuditFailure, type AuditHooks } from './audit-log.js';

const PAGE = 1000;

function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('base64');
}

/**
 * The checks only a database holder can make: every stored subtree hash equals
 * the recomputed one (proofs are served from them), and every current record
 * equals the snapshot in its latest log entry, with none missing and none deleted.
 */
export function databaseAuditHooks(db: Kysely<Database>): AuditHooks {
  const latest = new Map<string, { index: number; digest: string }>();

  return {
    onEntry(index, bytes) {
      const entry = decodeLogEntry(bytes);
      const kind = entry.type.slice(0, entry.type.indexOf('.'));
      if (isRecordKindName(kind)) latest.set(`${kind}\u0000${entry.id}`, { index, digest: digest(entry.data) });
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

    async afterEntries() {
      for (const kind of Object.keys(RECORD_KINDS) as RecordKindName[]) {
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
          for (const row of rows) {
            const key = `${kind}\u0000${String(row.id)}`;
            const logged = latest.get(key);
            if (!logged) throw new AuditFailure(`${kind} ${String(row.id)} exists but no log entry records it`);
            if (logged.digest !== digest(recordSnapshot(spec, row))) {
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
