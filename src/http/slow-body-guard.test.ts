import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type TestAccount } from '../../test/support/login-as.js';
import { recordCounts } from '../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';

/** What a client on a raw socket sees: everything the server sent, once the server closes the connection. */
function rawRequest(port: number, head: string, chunks: readonly { after: number; bytes: string }[]): Promise<{ answer: string; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(head);
      for (const chunk of chunks) setTimeout(() => socket.writable && socket.write(chunk.bytes), chunk.after);
    });
    let answer = '';
    socket.on('data', (data) => (answer += data.toString()));
    socket.on('close', () => resolve({ answer, socket }));
    socket.on('error', reject);
  });
}

describe.each(testDatabases())('slow request bodies on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let port: number;
  let mediator: TestAccount;

  beforeAll(async () => {
    database = await factory.create();
    // A short window, so that the test waits a second, not half a minute.
    t = await startTestTruce(database, undefined, { bodyRate: { bytesPerSecond: 1000, windowMs: 300 } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
    mediator = await loginAs(t, 'mediator');
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const head = (length: number) =>
    `POST /api/v1/parties HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n` +
    Object.entries(mediator.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('') +
    'connection: close\r\n\r\n';

  it('closes a connection whose body stops arriving, and stores nothing', async () => {
    const before = await recordCounts(t.truce);
    const { answer } = await rawRequest(port, head(100_000), [{ after: 0, bytes: '{"name":"Half' }]);
    expect(answer).toBe('');
    expect(await recordCounts(t.truce)).toEqual(before);
  });

  it('keeps a connection whose body arrives slowly but steadily, and answers it', async () => {
    const body = JSON.stringify({ name: 'Steady', kind: 'state', aliases: Array.from({ length: 8 }, (_, i) => `${i}${'x'.repeat(150)}`) });
    // Six pieces, 100 ms apart: every 300 ms window gets well over its 300 bytes.
    const size = Math.ceil(body.length / 6);
    const { answer } = await rawRequest(
      port,
      head(Buffer.byteLength(body)),
      Array.from({ length: 6 }, (_, i) => ({ after: 50 + 100 * i, bytes: body.slice(i * size, (i + 1) * size) })),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 201 /);
  });
});
