import { nodeHash } from './merkle-hash.js';
import type { HashReader } from './merkle-proofs.js';
import type { NodeId } from './node-id.js';
import { TILE_HEIGHT, TILE_WIDTH } from './tile-path.js';

/**
 * Reads `count` hashes of a stored tree level from index `start`, in order. It may return
 * fewer when the store holds fewer; the reader then names the first missing node.
 */
export type LevelReader = (level: number, start: number, count: number) => Promise<Buffer[]>;

/**
 * Whether a store keeps the hashes of this tree level: the levels tlog-tiles serves, 0, 8,
 * 16, …. Every other subtree hash is computed from at most 255 of the level below it that is
 * kept, so a leaf costs one stored hash instead of two, and proofs still read O(log n) tiles.
 */
export function isTileLevel(level: number): boolean {
  return level % TILE_HEIGHT === 0;
}

interface Span {
  level: number;
  start: number;
  end: number;
}

/**
 * A HashReader over a store that keeps only the tile levels. Each node asked for is folded
 * from the kept hashes under it; the reads are grouped by level and merged when their gaps
 * are under a tile, so a proof costs a few reads of at most a few tiles each.
 */
export class TileHashReader implements HashReader {
  constructor(private readonly readLevel: LevelReader) {}

  async readHashes(ids: readonly NodeId[]): Promise<Buffer[]> {
    const needs = ids.map((id) => {
      const base = id.level - (id.level % TILE_HEIGHT);
      const width = 2 ** (id.level - base);
      return { level: base, start: id.index * width, end: (id.index + 1) * width };
    });
    const spans = mergeSpans(needs);
    const read = await Promise.all(spans.map((s) => this.readLevel(s.level, s.start, s.end - s.start)));
    return needs.map((need, i) => {
      const at = spans.findIndex((s) => s.level === need.level && s.start <= need.start && need.end <= s.end);
      const span = spans[at]!;
      const hashes = read[at]!.slice(need.start - span.start, need.end - span.start);
      if (hashes.length !== need.end - need.start) {
        const id = ids[i]!;
        const missing = need.start + hashes.length;
        throw new Error(`the log is missing the stored hash of subtree level ${need.level} index ${missing}, needed for level ${id.level} index ${id.index}`);
      }
      return foldComplete(hashes);
    });
  }
}

/** The spans in level then start order, overlapping or nearby ones joined. */
function mergeSpans(needs: readonly Span[]): Span[] {
  const sorted = [...needs].sort((a, b) => a.level - b.level || a.start - b.start);
  const merged: Span[] = [];
  for (const need of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.level === need.level && need.start <= last.end + TILE_WIDTH) last.end = Math.max(last.end, need.end);
    else merged.push({ ...need });
  }
  return merged;
}

/** MTH of a complete subtree: its hashes (a power of two of them) paired up level by level. */
function foldComplete(hashes: readonly Buffer[]): Buffer {
  let level = hashes;
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(nodeHash(level[i]!, level[i + 1]!));
    level = next;
  }
  return level[0]!;
}
