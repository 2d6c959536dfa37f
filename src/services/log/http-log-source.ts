import { decodeEntryBundle, entriesPath, TILE_WIDTH, tilePath } from '../../ledger/tile-path.js';
import { AuditFailure } from './audit-log.js';
import type { LogSource } from './log-source.js';

/**
 * Reads a log as any mirror would: the checkpoint, entry bundles and level-0 hash
 * tiles over C2SP tlog-tiles. `base` is the server's address (its log lives under /log/).
 */
export function httpLogSource(base: string): LogSource {
  const root = new URL('/log/', base);
  const get = async (path: string): Promise<Response> => {
    const url = new URL(path, root);
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new AuditFailure(`cannot reach ${url}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new AuditFailure(`${url} answered ${response.status}`);
    return response;
  };
  // Reads a whole bundle or tile once, then slices what each call asks for.
  const tileAt = (start: number, count: number) => {
    if (start % TILE_WIDTH !== 0) throw new Error('reads must start at a tile boundary');
    return { index: start / TILE_WIDTH, width: count };
  };
  return {
    description: root.toString(),
    checkpointNote: async () => (await get('checkpoint')).text(),
    publishedKey: async () => (await get('key')).text(),
    readEntries: async (start, count) => {
      const { index, width } = tileAt(start, count);
      return decodeEntryBundle(Buffer.from(await (await get(entriesPath(index, width))).arrayBuffer()));
    },
    readLeafHashes: async (start, count) => {
      const { index, width } = tileAt(start, count);
      const tile = Buffer.from(await (await get(tilePath({ level: 0, index, width }))).arrayBuffer());
      const hashes: Buffer[] = [];
      for (let offset = 0; offset + 32 <= tile.length; offset += 32) hashes.push(tile.subarray(offset, offset + 32));
      return hashes;
    },
  };
}
