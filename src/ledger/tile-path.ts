import { EntryTooLargeError, MAX_ENTRY_BYTES } from './log-entry.js';
import type { NodeId } from './node-id.js';

/** C2SP tlog-tiles with tile height 8: a full tile holds 256 hashes (or 256 entries). */
export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 256;
/** Tile levels are 0–63 by the spec. */
export const MAX_TILE_LEVEL = 63;

export type TileRef =
  | { kind: 'hash'; level: number; index: number; width: number }
  | { kind: 'entries'; index: number; width: number };

export class TilePathError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`invalid tile path ${JSON.stringify(path)}: ${reason}`);
    this.name = 'TilePathError';
  }
}

/** "tile/<L>/<N>[.p/<W>]", relative to the log prefix. Width defaults to a full tile. */
export function tilePath(tile: { level: number; index: number; width?: number }): string {
  const { level, index, width = TILE_WIDTH } = tile;
  if (!Number.isSafeInteger(level) || level < 0 || level > MAX_TILE_LEVEL) {
    throw new RangeError(`tile level must be 0–${MAX_TILE_LEVEL}, got ${String(level)}`);
  }
  return `tile/${level}/${encodeIndex(index, width)}`;
}

/** "tile/entries/<N>[.p/<W>]", relative to the log prefix. */
export function entriesPath(index: number, width: number = TILE_WIDTH): string {
  return `tile/entries/${encodeIndex(index, width)}`;
}

/** Parses a path made by tilePath or entriesPath; throws TilePathError on anything else. */
export function parseTilePath(path: string): TileRef {
  if (typeof path !== 'string') throw new TilePathError(String(path), 'not a string');
  const parts = path.split('/');
  if (parts[0] !== 'tile' || parts.length < 3) throw new TilePathError(path, 'expected tile/<L>/<N> or tile/entries/<N>');
  const levelText = parts[1] as string;
  let rest = parts.slice(2);
  let width = TILE_WIDTH;
  const last = rest[rest.length - 1] as string;
  if (rest.length >= 2 && (rest[rest.length - 2] as string).endsWith('.p')) {
    if (!/^[1-9][0-9]{0,2}$/.test(last) || Number(last) > TILE_WIDTH - 1) {
      throw new TilePathError(path, `partial width must be 1–${TILE_WIDTH - 1} without leading zeros, got ${JSON.stringify(last)}`);
    }
    width = Number(last);
    rest = rest.slice(0, -1);
    rest[rest.length - 1] = (rest[rest.length - 1] as string).slice(0, -2);
  }
  const index = decodeIndex(path, rest);
  if (levelText === 'entries') return { kind: 'entries', index, width };
  if (!/^(?:0|[1-9][0-9]?)$/.test(levelText) || Number(levelText) > MAX_TILE_LEVEL) {
    throw new TilePathError(path, `level must be 0–${MAX_TILE_LEVEL} without leading zeros, or "entries"`);
  }
  return { kind: 'hash', level: Number(levelText), index, width };
}

/**
 * The stored nodes that hash tile (level, index) of the given width holds: tree level
 * 8·level, node indexes index·256 … index·256 + width − 1.
 */
export function tileNodeRange(level: number, index: number, width: number = TILE_WIDTH): NodeId[] {
  if (!Number.isSafeInteger(level) || level < 0 || level > MAX_TILE_LEVEL) throw new RangeError(`tile level must be 0–${MAX_TILE_LEVEL}`);
  checkIndexAndWidth(index, width);
  const first = index * TILE_WIDTH;
  const ids: NodeId[] = [];
  for (let i = 0; i < width; i++) ids.push({ level: level * TILE_HEIGHT, index: first + i });
  return ids;
}

/**
 * How many hashes tile (level, index) has in a tree of `size` leaves: 256 when full, 0 when
 * the tile does not exist yet, otherwise the width of the partial tile.
 */
export function tileWidth(level: number, index: number, size: number): number {
  const nodes = Math.floor(size / TILE_WIDTH ** level);
  return Math.max(0, Math.min(TILE_WIDTH, nodes - index * TILE_WIDTH));
}

/** An entry bundle: each entry prefixed with its length as a big-endian uint16. */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Buffer {
  if (entries.length > TILE_WIDTH) throw new RangeError(`an entry bundle holds at most ${TILE_WIDTH} entries, got ${entries.length}`);
  let total = 0;
  for (const e of entries) {
    if (e.length > MAX_ENTRY_BYTES) throw new EntryTooLargeError(e.length);
    total += 2 + e.length;
  }
  const out = Buffer.alloc(total);
  let offset = 0;
  for (const e of entries) {
    offset = out.writeUInt16BE(e.length, offset);
    out.set(e, offset);
    offset += e.length;
  }
  return out;
}

/** Splits an entry bundle back into entries; throws on truncation or more than 256 entries. */
export function decodeEntryBundle(bundle: Uint8Array): Buffer[] {
  const buf = Buffer.from(bundle.buffer, bundle.byteOffset, bundle.byteLength);
  const entries: Buffer[] = [];
  let offset = 0;
  while (offset < buf.length) {
    if (entries.length === TILE_WIDTH) throw new RangeError(`entry bundle holds more than ${TILE_WIDTH} entries`);
    if (offset + 2 > buf.length) throw new RangeError(`entry bundle truncated in the length prefix at byte ${offset}`);
    const length = buf.readUInt16BE(offset);
    offset += 2;
    if (offset + length > buf.length) throw new RangeError(`entry bundle truncated: entry ${entries.length} needs ${length} bytes at byte ${offset}`);
    entries.push(Buffer.from(buf.subarray(offset, offset + length)));
    offset += length;
  }
  return entries;
}

// 1234067 → x001/x234/067: three-digit groups, "x" on all but the last, so directories
// and files never collide on a file system.
function encodeIndex(index: number, width: number): string {
  checkIndexAndWidth(index, width);
  let n = index;
  let out = String(n % 1000).padStart(3, '0');
  while (n >= 1000) {
    n = Math.floor(n / 1000);
    out = `x${String(n % 1000).padStart(3, '0')}/${out}`;
  }
  return width === TILE_WIDTH ? out : `${out}.p/${width}`;
}

function decodeIndex(path: string, groups: readonly string[]): number {
  let n = 0;
  groups.forEach((g, i) => {
    const isLast = i === groups.length - 1;
    if (!(isLast ? /^[0-9]{3}$/ : /^x[0-9]{3}$/).test(g)) {
      throw new TilePathError(path, `index element ${JSON.stringify(g)} must be ${isLast ? 'three digits' : '"x" and three digits'}`);
    }
    // The encoding is unique: a leading all-zero group would be a second spelling.
    if (i === 0 && !isLast && g === 'x000') throw new TilePathError(path, 'index has a leading x000 group');
    n = n * 1000 + Number(isLast ? g : g.slice(1));
  });
  if (!Number.isSafeInteger(n)) throw new TilePathError(path, 'index is too large');
  return n;
}

function checkIndexAndWidth(index: number, width: number): void {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`tile index must be a non-negative safe integer, got ${String(index)}`);
  if (!Number.isSafeInteger(width) || width < 1 || width > TILE_WIDTH) throw new RangeError(`tile width must be 1–${TILE_WIDTH}, got ${String(width)}`);
}
