import { parseCheckpoint } from '../../ledger/checkpoint.js';
import { decodeLogEntry } from '../../ledger/log-entry.js';
import { MerkleFrontier } from '../../ledger/merkle-frontier.js';
import { leafHash } from '../../ledger/merkle-hash.js';
import type { StoredNode } from '../../ledger/node-id.js';
import { parseVerifierKey } from '../../ledger/note-keys.js';
import { openNote, parseNote } from '../../ledger/signed-note.js';
import { TILE_WIDTH } from '../../ledger/tile-path.js';
import type { KnownLogs } from './known-logs.js';
import type { LogSource } from './log-source.js';

/** A finding that makes the log untrustworthy; `index` is the first entry known to be wrong. */
export class AuditFailure extends Error {
  constructor(
    message: string,
    readonly index: number | null = null,
  ) {
    super(message);
    this.name = 'AuditFailure';
  }
}

export interface AuditHooks {
  /** Called for every entry in order, after its hash checks out. */
  onEntry?(index: number, bytes: Buffer): void;
  /** Called with every subtree hash the recomputation produced, in batches. */
  onNodes?(nodes: readonly StoredNode[]): Promise<void>;
  /** Called after each tile's entries [start, start + count) have been checked. */
  onTile?(start: number, count: number): Promise<void>;
  /** Runs once the whole tree has been recomputed and matches the checkpoint. */
  afterEntries?(): Promise<void>;
}

export interface AuditOptions extends AuditHooks {
  /** The verifier key to check the checkpoint with; else the one remembered, else the published one (trust on first use). */
  key?: string;
  known: KnownLogs;
  now: () => Date;
  onProgress?(done: number, total: number): void;
}

export interface AuditVerdict {
  origin: string;
  size: number;
  root: string;
  keySource: 'given' | 'remembered' | 'trusted on first use';
  previous: { size: number; root: string } | null;
}

/**
 * Recomputes the whole tree from the entries, checks it against the signed
 * checkpoint, and checks that the log only grew since the checkpoint seen last
 * time. Throws AuditFailure naming the first wrong entry where it can be known.
 */
export async function auditLog(source: LogSource, options: AuditOptions): Promise<AuditVerdict> {
  const note = await source.checkpointNote();
  let body: string;
  let checkpoint: ReturnType<typeof parseCheckpoint>;
  try {
    body = parseNote(note).text;
    checkpoint = parseCheckpoint(body);
  } catch (error) {
    throw new AuditFailure(`the checkpoint from ${source.description} is malformed: ${(error as Error).message}`);
  }
  const known = options.known.get(checkpoint.origin);
  const keyText = options.key ?? known?.verifier_key ?? (await source.publishedKey()).trim();
  const keySource: AuditVerdict['keySource'] = options.key ? 'given' : known ? 'remembered' : 'trusted on first use';
  if (known && options.key && known.verifier_key !== options.key) {
    throw new AuditFailure(`the key given differs from the key remembered for ${checkpoint.origin} (${known.verifier_key})`);
  }
  try {
    openNote(note, [parseVerifierKey(keyText)]);
  } catch (error) {
    throw new AuditFailure(`the checkpoint signature does not verify with ${keyText}: ${(error as Error).message}`);
  }
  if (known && checkpoint.size < known.size) {
    throw new AuditFailure(`the log shrank: its checkpoint has ${checkpoint.size} entries, but ${known.size} were verified before`, checkpoint.size);
  }

  const frontier = new MerkleFrontier();
  const total = checkpoint.size;
  for (let start = 0; start < total; start += TILE_WIDTH) {
    const count = Math.min(TILE_WIDTH, total - start);
    const [entries, storedLeaves] = await Promise.all([source.readEntries(start, count), source.readLeafHashes(start, count)]);
    const nodes: StoredNode[] = [];
    for (let i = 0; i < count; i++) {
      const index = start + i;
      const bytes = entries[i];
      if (!bytes) throw new AuditFailure(`entry ${index} is missing: the log holds fewer entries than its checkpoint (${total}) commits to`, index);
      try {
        decodeLogEntry(bytes);
      } catch (error) {
        throw new AuditFailure(`entry ${index} is not a canonical log entry: ${(error as Error).message}`, index);
      }
      const hash = leafHash(bytes);
      const stored = storedLeaves[i];
      if (!stored || !stored.equals(hash)) throw new AuditFailure(`entry ${index} does not match its stored leaf hash: the entry or its hash was changed`, index);
      for (const node of frontier.append(hash)) nodes.push({ level: node.level, index: node.index, hash: Buffer.from(node.hash) });
      options.onEntry?.(index, bytes);
      if (known && frontier.size === known.size && frontier.root().toString('base64') !== known.root) {
        throw new AuditFailure(`the log is not consistent with the checkpoint verified before at size ${known.size}: an entry before ${known.size} was changed`);
      }
    }
    await options.onNodes?.(nodes);
    await options.onTile?.(start, count);
    options.onProgress?.(frontier.size, total);
  }
  const root = frontier.root();
  if (!root.equals(checkpoint.root)) {
    throw new AuditFailure(`the recomputed root ${root.toString('base64')} differs from the signed root ${checkpoint.root.toString('base64')}`);
  }
  await options.afterEntries?.();

  options.known.set(checkpoint.origin, { verifier_key: keyText, size: checkpoint.size, root: root.toString('base64'), seen_at: options.now().toISOString() });
  return {
    origin: checkpoint.origin,
    size: checkpoint.size,
    root: root.toString('base64'),
    keySource,
    previous: known ? { size: known.size, root: known.root } : null,
  };
}
