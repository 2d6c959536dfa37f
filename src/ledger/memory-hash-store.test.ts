import { describe, expect, it } from 'vitest';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleFrontier } from './merkle-frontier.js';
import { leafHash } from './merkle-hash.js';

const h = (n: number): Buffer => leafHash(Buffer.from(String(n)));

describe('MemoryHashStore', () => {
  it('stores what the frontier produces, across chunk boundaries', async () => {
    const store = new MemoryHashStore();
    const frontier = new MerkleFrontier();
    for (let i = 0; i < 10_000; i++) store.writeHashes(frontier.append(h(i)));
    expect(store.size).toBe(10_000);
    expect(store.count(1)).toBe(5_000);
    expect(store.count(13)).toBe(1);
    expect(store.count(14)).toBe(0);
    const [a, b] = await store.readHashes([{ level: 0, index: 4095 }, { level: 0, index: 4096 }]);
    expect(a?.equals(h(4095))).toBe(true);
    expect(b?.equals(h(4096))).toBe(true);
  });

  it('returns copies, so callers cannot corrupt it', () => {
    const store = new MemoryHashStore();
    store.writeHashes([{ level: 0, index: 0, hash: h(0) }]);
    const [copy] = store.readHashesSync([{ level: 0, index: 0 }]);
    copy?.fill(0);
    expect(store.readHashesSync([{ level: 0, index: 0 }])[0]?.equals(h(0))).toBe(true);
  });

  it('allows a replayed write, refuses gaps and bad input, and rejects reads of missing nodes', async () => {
    const store = new MemoryHashStore();
    store.writeHashes([{ level: 0, index: 0, hash: h(0) }]);
    store.writeHashes([{ level: 0, index: 0, hash: h(0) }]);
    expect(store.size).toBe(1);
    expect(() => store.writeHashes([{ level: 0, index: 2, hash: h(2) }])).toThrow(/gap: level has 1 nodes/);
    expect(() => store.writeHashes([{ level: 1, index: 0, hash: Buffer.alloc(31) }])).toThrow(/32 bytes/);
    expect(() => store.writeHashes([{ level: -1, index: 0, hash: h(0) }])).toThrow(/level/);
    await expect(store.readHashes([{ level: 0, index: 1 }])).rejects.toThrow(/no stored hash for node level 0 index 1/);
    await expect(store.readHashes([{ level: 0, index: 0.5 }])).rejects.toThrow(RangeError);
  });
});
