import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryTooLargeError, MAX_ENTRY_BYTES } from './log-entry.js';
import { MemoryHashStore } from './memory-hash-store.js';
import { MerkleFrontier } from './merkle-frontier.js';
import { leafHash, nodeHash } from './merkle-hash.js';
import {
  TilePathError,
  decodeEntryBundle,
  encodeEntryBundle,
  entriesPath,
  parseTilePath,
  tileNodeRange,
  tilePath,
  tileWidth,
} from './tile-path.js';

describe('tile paths (C2SP tlog-tiles)', () => {
  it('encodes indexes in x-prefixed groups of three digits', () => {
    expect(tilePath({ level: 0, index: 1234067 })).toBe('tile/0/x001/x234/067');
    expect(tilePath({ level: 0, index: 0 })).toBe('tile/0/000');
    expect(tilePath({ level: 2, index: 999 })).toBe('tile/2/999');
    expect(tilePath({ level: 2, index: 1000 })).toBe('tile/2/x001/000');
    expect(tilePath({ level: 63, index: 1_000_000 })).toBe('tile/63/x001/x000/000');
    expect(entriesPath(1234067)).toBe('tile/entries/x001/x234/067');
  });

  it('encodes partial tiles with .p/<W>', () => {
    expect(tilePath({ level: 0, index: 273, width: 112 })).toBe('tile/0/273.p/112');
    expect(tilePath({ level: 1, index: 1, width: 17 })).toBe('tile/1/001.p/17');
    expect(tilePath({ level: 0, index: 1234067, width: 256 })).toBe('tile/0/x001/x234/067');
    expect(entriesPath(273, 112)).toBe('tile/entries/273.p/112');
    expect(() => tilePath({ level: 0, index: 0, width: 0 })).toThrow(RangeError);
    expect(() => tilePath({ level: 0, index: 0, width: 257 })).toThrow(RangeError);
    expect(() => tilePath({ level: 64, index: 0 })).toThrow(RangeError);
    expect(() => entriesPath(-1)).toThrow(RangeError);
  });

  it('gives the tile widths of the spec example (tree size 70,000)', () => {
    expect(tileWidth(0, 0, 70_000)).toBe(256);
    expect(tileWidth(0, 272, 70_000)).toBe(256);
    expect(tileWidth(0, 273, 70_000)).toBe(112);
    expect(tileWidth(0, 274, 70_000)).toBe(0);
    expect(tileWidth(1, 0, 70_000)).toBe(256);
    expect(tileWidth(1, 1, 70_000)).toBe(17);
    expect(tileWidth(2, 0, 70_000)).toBe(1);
    expect(tileWidth(3, 0, 70_000)).toBe(0);
    // "A tree of size 256 will be represented by a full level 0 tile and a partial level 1 tile of width 1."
    expect([tileWidth(0, 0, 256), tileWidth(0, 1, 256), tileWidth(1, 0, 256)]).toEqual([256, 0, 1]);
  });

  it('parses what it formats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 63 }),
        fc.maxSafeNat(),
        fc.integer({ min: 1, max: 256 }),
        fc.boolean(),
        (level, index, width, entries) => {
          if (entries) expect(parseTilePath(entriesPath(index, width))).toEqual({ kind: 'entries', index, width });
          else expect(parseTilePath(tilePath({ level, index, width }))).toEqual({ kind: 'hash', level, index, width });
        },
      ),
      { numRuns: 2000 },
    );
    expect(parseTilePath('tile/0/x001/x234/067')).toEqual({ kind: 'hash', level: 0, index: 1234067, width: 256 });
    expect(parseTilePath('tile/entries/x001/x000/000.p/1')).toEqual({ kind: 'entries', index: 1_000_000, width: 1 });
  });

  it.each([
    ['', /expected tile/],
    ['tile', /expected tile/],
    ['/tile/0/000', /expected tile/],
    ['tiles/0/000', /expected tile/],
    ['tile/0', /expected tile/],
    ['tile/00/000', /level must be/],
    ['tile/64/000', /level must be/],
    ['tile/-1/000', /level must be/],
    ['tile/x/000', /level must be/],
    ['tile/0/00', /three digits/],
    ['tile/0/0000', /three digits/],
    ['tile/0/1', /three digits/],
    ['tile/0/x001', /three digits/],
    ['tile/0/001/234', /"x" and three digits/],
    ['tile/0/x000/001', /leading x000/],
    ['tile/entries/x000/x001/000', /leading x000/],
    ['tile/0/x01/000', /"x" and three digits/],
    ['tile/0/000/', /"x" and three digits/],
    ['tile/0/000.p/0', /partial width/],
    ['tile/0/000.p/256', /partial width/],
    ['tile/0/000.p/012', /partial width/],
    ['tile/0/000.p/', /partial width/],
    ['tile/0/000.p', /three digits/],
    ['tile/0/000.q/5', /three digits/],
    ['tile/entries/000.p/5/6', /"x" and three digits/],
    ['tile/0/x999/x999/x999/x999/x999/x999/999', /too large/],
  ])('rejects %j', (path, message) => {
    expect(() => parseTilePath(path)).toThrow(TilePathError);
    expect(() => parseTilePath(path)).toThrow(message);
  });

  it('maps a hash tile to the stored nodes it holds (tree level 8·L)', () => {
    expect(tileNodeRange(1, 2, 3)).toEqual([
      { level: 8, index: 512 },
      { level: 8, index: 513 },
      { level: 8, index: 514 },
    ]);
    expect(tileNodeRange(0, 0)).toHaveLength(256);
    // A level-1 tile hash is the MTH of the full level-0 tile below it.
    const store = new MemoryHashStore();
    const frontier = new MerkleFrontier();
    for (let i = 0; i < 600; i++) store.writeHashes(frontier.append(leafHash(Buffer.from(String(i)))));
    const level0 = store.readHashesSync(tileNodeRange(0, 1));
    let layer = level0;
    while (layer.length > 1) layer = Array.from({ length: layer.length / 2 }, (_, i) => nodeHash(layer[2 * i] as Buffer, layer[2 * i + 1] as Buffer));
    const [, second] = store.readHashesSync(tileNodeRange(1, 0, tileWidth(1, 0, 600)));
    expect(second?.equals(layer[0] as Buffer)).toBe(true);
  });
});

describe('entry bundles', () => {
  it('prefixes each entry with a big-endian uint16 length and round-trips', () => {
    const entries = [Buffer.from('a'), Buffer.alloc(0), Buffer.alloc(300, 7)];
    const bundle = encodeEntryBundle(entries);
    expect(bundle.subarray(0, 3).toString('hex')).toBe('000161');
    expect(bundle.subarray(3, 5).toString('hex')).toBe('0000');
    expect(bundle.subarray(5, 7).toString('hex')).toBe('012c');
    expect(decodeEntryBundle(bundle)).toEqual(entries);
    expect(decodeEntryBundle(encodeEntryBundle([]))).toEqual([]);
    const big = Buffer.alloc(MAX_ENTRY_BYTES, 1);
    expect(decodeEntryBundle(encodeEntryBundle([big]))[0]?.equals(big)).toBe(true);
  });

  it('rejects oversized entries, too many entries and truncated bundles', () => {
    expect(() => encodeEntryBundle([Buffer.alloc(MAX_ENTRY_BYTES + 1)])).toThrow(EntryTooLargeError);
    expect(() => encodeEntryBundle(Array.from({ length: 257 }, () => Buffer.alloc(1)))).toThrow(/at most 256/);
    expect(() => decodeEntryBundle(Buffer.from([0x00]))).toThrow(/length prefix/);
    expect(() => decodeEntryBundle(Buffer.from([0x00, 0x02, 0x61]))).toThrow(/truncated/);
    expect(() => decodeEntryBundle(encodeEntryBundle(Array.from({ length: 256 }, () => Buffer.alloc(0))).subarray(0))).not.toThrow();
    expect(() => decodeEntryBundle(Buffer.alloc(2 * 257))).toThrow(/more than 256/);
  });
});
