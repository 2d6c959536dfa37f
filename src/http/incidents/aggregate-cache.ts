import type { Actor } from '../../domain/actor.js';

const MAX_ENTRIES = 200;

/**
 * The map's counts, remembered per role, party and query until the record changes. Every
 * change appends to the log (RecordWriter), so the log's size is the record's version:
 * an answer computed at one size stays right until the size moves. Many readers of the
 * public map then share one scan of the incidents table instead of one each.
 */
export class AggregateCache<T> {
  private readonly entries = new Map<string, { size: number; value: T }>();

  async get(actor: Actor, query: object, size: number, compute: () => Promise<T>): Promise<T> {
    // What an incident shows depends on the reader's role and party only (the incident policy has no owner).
    const key = JSON.stringify([actor.role, actor.partyId ?? null, query]);
    const hit = this.entries.get(key);
    if (hit && hit.size === size) return hit.value;
    const value = await compute();
    this.entries.delete(key);
    this.entries.set(key, { size, value });
    // Oldest first: a Map keeps insertion order.
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
