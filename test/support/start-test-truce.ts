import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { createTruce, type Truce } from '../../src/create-truce.js';
import { buildServer } from '../../src/http/build-server.js';
import type { TestDatabase } from './test-databases.js';
import { TestClock } from './test-clock.js';

export interface TestTruce {
  truce: Truce;
  app: FastifyInstance;
  clock: TestClock;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** A pino logger whose stream the test reads. */
  logger?: FastifyBaseLogger;
  secureCookies?: boolean;
  trustProxy?: string;
  /** Witness verifier keys whose cosignatures the log accepts. */
  witnessKeys?: string[];
  /** The least rate a request body must arrive at. */
  bodyRate?: { bytesPerSecond: number; windowMs: number };
}

/** Composes a Truce on a test database exactly as the server does, with a hand-moved clock. */
export async function startTestTruce(database: TestDatabase, clock = new TestClock(), options: TestServerOptions = {}): Promise<TestTruce> {
  const truce = await createTruce({
    dbUrl: database.dbUrl,
    dataDir: database.dataDir,
    migrate: true,
    logKeyPath: join(database.dataDir, 'log-signing.key'),
    clock: clock.now,
    witnessKeys: options.witnessKeys ?? [],
    ...(database.pgSchema ? { pgSchema: database.pgSchema } : {}),
  });
  const { witnessKeys: _witnessKeys, ...serverOptions } = options;
  const app = (await buildServer(truce, serverOptions)) as unknown as FastifyInstance;
  return {
    truce,
    app,
    clock,
    close: async () => {
      await app.close();
      await truce.close();
    },
  };
}
