import type { AddressInfo } from 'node:net';
import { loadDemoScenario } from '../../src/demo/load-demo-scenario.js';
import { startTestTruce, type TestTruce } from './start-test-truce.js';
import { testDatabases, type TestDatabase } from './test-databases.js';

export interface WebTruce extends TestTruce {
  /** http://127.0.0.1:PORT */
  origin: string;
}

/** A real Truce on SQLite with the demo scenario, listening on a free port and serving the built web app. */
export async function startWebTruce(): Promise<WebTruce> {
  const sqlite = testDatabases().find((f) => f.name === 'sqlite');
  if (!sqlite) throw new Error('no SQLite test database');
  const database: TestDatabase = await sqlite.create();
  const t = await startTestTruce(database);
  await loadDemoScenario(t.truce.runner);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return {
    ...t,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await t.close();
      await database.dispose();
    },
  };
}
