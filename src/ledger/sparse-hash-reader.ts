import { nodeHash } from './merkle-hash.js';
import type { HashReader } from './merkle-proofs.js';
import type { NodeId } from './node-id.js';

/** Hashes of one kept level, indexes [start, end). */
export interface LevelSpan {
  readonly level: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the hashes of each span, in order, all in one round trip where the store can. A span's
 * list may be short when the store holds fewer; the reader then names the first missing node.
 */
export type SpanReader = (spans: readonly LevelSpan[]) => Promise<Buffer[][]>;

/**
 * A store keeps the subtree hashes of every fourth level (0, 4, 8, …), which include the
 * levels tlog-tiles serves (0, 8, 16, …). Any other subtree hash is folded from at most 15 of
 * the kept level below it. Keeping every level cost two stored hashes per leaf; this costs one
 * and a fifteenth, and a proof reads a few dozen hashes instead of a few.
 */
export const KEPT_LEVEL_STRIDE = 4;

export function isKeptLevel(level: number): boolean {
  return level % KEPT_LEVEL_STRIDE === 0;
}

/** Reads of one level closer than this are joined: one read of a few more hashes costs less than two. */
const JOIN_GAP = 2 ** KEPT_LEVEL_STRIDE;

type Span = { -readonly [K in keyof LevelSpan]: LevelSpan[K] };

/**
 * A HashReader over a store that keeps only every fourth level (isKeptLevel). Each node asked
 * for is folded from the kept hashes under it; the spans to read are joined when close, and
 * read in one call, so a proof costs one round trip for a few dozen hashes.
 */
export class SparseHashReader implements HashReader {
  constructor(private readonly readSpans: SpanReader) {}

  async readHashes(ids: readonly NodeId[]): Promise<Buffer[]> {
    const needs = ids.map((id) => {
      const base = id.level - (id.level % KEPT_LEVEL_STRIDE);
      const width = 2 ** (id.level - base);
      return { level: base, start: id.index * width, end: (id.index + 1) * width };
    });
    const spans = joinSpans(needs);
    const read = await this.readSpans(spans);
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

/** The spans in level then start order, overlapping or close ones joined. */
function joinSpans(needs: readonly Span[]): Span[] {
  const sorted = [...needs].sort((a, b) => a.level - b.level || a.start - b.start);
  const joined: Span[] = [];
  for (const need of sorted) {
    const last = joined[joined.length - 1];
    if (last && last.level === need.level && need.start <= last.end + JOIN_GAP) last.end = Math.max(last.end, need.end);
    else joined.push({ ...need });
  }
  return joined;
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
