import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTruce, type Truce } from '../src/create-truce.js';

export type BenchDb = 'sqlite' | 'postgres';

/**
 * The PostgreSQL database benches run in. A database of its own: Kysely's migrator sees the
 * migration tables of every schema in a database, so a bench schema would disturb test runs
 * beside it (create it once: `createdb -h 127.0.0.1 -U postgres truce_bench`).
 */
export const BENCH_PG_URL = process.env['TRUCE_BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/truce_bench';

/** A bench's own flag, `--name=value`. */
export function benchFlag(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/**
 * A Truce through the composition root on a fresh SQLite file or a fresh PostgreSQL schema,
 * and the way to remove it again, whatever the bench did.
 */
export async function openBenchTruce(db: BenchDb, options: { pgUrl?: string; clock?: () => Date } = {}): Promise<{ truce: Truce; dispose(): Promise<void> }> {
  const pgUrl = options.pgUrl ?? BENCH_PG_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'truce-bench-'));
  const schema = `truce_bench_${randomBytes(4).toString('hex')}`;
  const truce = await createTruce({
    dbUrl: db === 'sqlite' ? `sqlite:${join(dataDir, 'truce.db')}` : pgUrl,
    dataDir,
    migrate: true,
    logKeyPath: join(dataDir, 'log-signing.key'),
    witnessKeys: [],
    clock: options.clock ?? (() => new Date()),
    ...(db === 'postgres' ? { pgSchema: schema } : {}),
  });
  return {
    truce,
    dispose: async () => {
      await truce.close();
      if (db === 'postgres') {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        await client.query(`drop schema ${schema} cascade`);
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
