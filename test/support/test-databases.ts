import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A database for one test file: a fresh SQLite file, or a fresh PostgreSQL schema. */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  dbUrl: string;
  pgSchema?: string;
  dataDir: string;
  dispose(): Promise<void>;
}

export type TestDatabaseFactory = { name: 'sqlite' | 'postgres'; create(): Promise<TestDatabase> };

const PG_URL = process.env.TRUCE_TEST_PG_URL;
const PG_REQUIRED = process.env.TRUCE_REQUIRE_PG === '1';

/**
 * The databases every integration suite runs on: SQLite always, PostgreSQL when
 * TRUCE_TEST_PG_URL is set. With TRUCE_REQUIRE_PG=1 a missing PostgreSQL fails the run.
 */
export function testDatabases(): TestDatabaseFactory[] {
  if (PG_REQUIRED && !PG_URL) throw new Error('TRUCE_REQUIRE_PG=1 but TRUCE_TEST_PG_URL is not set');
  const factories: TestDatabaseFactory[] = [{ name: 'sqlite', create: createSqlite }];
  if (PG_URL) factories.push({ name: 'postgres', create: () => createPostgres(PG_URL) });
  return factories;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'truce-test-'));
}

async function createSqlite(): Promise<TestDatabase> {
  const dataDir = tempDir();
  return {
    name: 'sqlite',
    dbUrl: `sqlite:${join(dataDir, 'truce.db')}`,
    dataDir,
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function createPostgres(url: string): Promise<TestDatabase> {
  const schema = `truce_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(`create schema ${schema}`);
  } catch (error) {
    throw new Error(`PostgreSQL at ${url} is unreachable (${(error as Error).message}); unset TRUCE_TEST_PG_URL to skip it`);
  } finally {
    await client.end().catch(() => {});
  }
  const dataDir = tempDir();
  return {
    name: 'postgres',
    dbUrl: url,
    pgSchema: schema,
    dataDir,
    dispose: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
