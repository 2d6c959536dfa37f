import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixFixture, fillUrl, WHO, type MatrixFixture } from '../../test/support/matrix-fixture.js';
import { recordCounts } from '../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';
import type { RouteEntry } from './route-table.js';

/** Field names the routes know, so that random bodies get past the first check and reach the rules. */
const FIELDS = [
  'name', 'kind', 'aliases', 'title', 'party_ids', 'mediator_ids', 'duration_days', 'effective_at', 'expires_at', 'proposed_at',
  'citations', 'to', 'agreed_by', 'reason', 'code', 'text', 'category', 'applies_to', 'status', 'party_id', 'stance', 'stated_at',
  'conditions', 'role', 'password', 'user_id', 'scopes', 'expires_in_days', 'place_name', 'basis', 'source', 'as_of', 'geonames_id',
  'latitude', 'longitude', '__proto__', 'constructor',
];

const printable = (max: number) => fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: max });

function arbitraries(f: MatrixFixture) {
  const realisticValue = fc.constantFrom<unknown>(
    f.ru, f.ua, f.us, f.agreementId, 'nope', '', 'state', 'ceasefire', 'mediator', 'admin', 'liaison', 'accepted', 'accepted_with_conditions',
    'proposed', 'in_force', 'expired', 'agreed', 'other', 'met', 'claimed', 'contested', '*', 'user.create', '2025-03-13T00:00:00Z',
    '2025-13-45T99:00:00Z', 30, 0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER, null, true, [], [f.ru, f.ua], {}, 'a'.repeat(5000),
    // What canonical JSON cannot encode, and what PostgreSQL text cannot hold.
    '\ud800x', 'x\udc00', '\u0000', { '\ud800': 1 }, -0, 1e-320,
  );
  // Deep nesting: a recursive walk anywhere on the way would overflow. As values, up to what JSON.stringify can
  // write; as whole bodies, written as text, as deep as 10,000 levels.
  const deep = fc.integer({ min: 30, max: 1_000 }).map((depth) => {
    let nested: unknown = 'leaf';
    for (let i = 0; i < depth; i++) nested = i % 2 ? { a: nested } : [nested];
    return nested;
  });
  const deepText = fc.integer({ min: 1_000, max: 10_000 }).map((depth) => `{"name":${'['.repeat(depth)}1${']'.repeat(depth)}}`);
  const value = fc.oneof(realisticValue, fc.jsonValue({ maxDepth: 3 }));
  const nearValid = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof({ arbitrary: value, weight: 9 }, { arbitrary: deep, weight: 1 }), { maxKeys: 8 });
  const body = fc.oneof(
    fc.constant(undefined),
    nearValid,
    fc.jsonValue({ maxDepth: 4 }),
    deep,
    deepText,
    printable(200),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  );
  const contentType = fc.option(
    fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/json; charset=utf-16', '*/*', ';;'),
    { nil: undefined },
  );
  const param = fc.oneof(fc.constantFrom(f.agreementId, f.termId, f.positionId, f.ru, 'c1', 'c99', '..', '%00', '%E0%A4%A', 'index.css', '../../etc/passwd'), printable(40));
  const query = fc.oneof(
    fc.constant(''),
    fc.dictionary(printable(12), fc.oneof(printable(20), fc.constantFrom('486816', '-1', '1e400', f.ru)), { maxKeys: 4 }).map((q) => new URLSearchParams(q).toString()),
    fc.constantFrom('%zz', 'a[b]=1&a[b]=2', 'geonames_id=1&geonames_id=2', 'user_id=', '__proto__[x]=1'),
  );
  // A bad Authorization header refuses the whole request, so it comes rarely, to leave the roles room to act.
  const badAuthorization = fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: fc.oneof(printable(60), printable(60).map((v) => `Bearer ${v}`), fc.constant('Bearer')), weight: 1 });
  const extraHeaders = fc
    .tuple(
      fc.record(
        {
          'x-csrf-token': printable(60),
          cookie: fc.oneof(printable(80), printable(60).map((v) => `truce_session=${v}`)),
          accept: printable(40),
          'x-forwarded-for': printable(40),
        },
        { requiredKeys: [] },
      ),
      badAuthorization,
    )
    .map(([headers, authorization]): Record<string, string> => (authorization === undefined ? headers : { ...headers, authorization }));
  return { who: fc.constantFrom(...WHO), body, contentType, param, query, extraHeaders };
}

function toPayload(body: unknown): InjectOptions['payload'] | undefined {
  if (body === undefined) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  return JSON.stringify(body);
}

describe.each(testDatabases())('random and malformed requests on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let f: MatrixFixture;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database);
    f = await matrixFixture(t);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  async function send(route: RouteEntry, sample: {
    who: (typeof WHO)[number];
    body: unknown;
    contentType: string | undefined;
    params: string[];
    query: string;
    extraHeaders: Record<string, string>;
  }): Promise<void> {
    let i = 0;
    const url = fillUrl(route.url, f, Object.fromEntries((route.url.match(/:\w+|\*/g) ?? []).map((p) => [p.replace(':', ''), sample.params[i++] ?? 'x'])));
    const headers: Record<string, string> = { ...f.headers[sample.who], ...sample.extraHeaders };
    const payload = route.method === 'GET' || route.method === 'HEAD' ? undefined : toPayload(sample.body);
    if (sample.contentType !== undefined && payload !== undefined) headers['content-type'] = sample.contentType;
    const before = await recordCounts(t.truce);
    const res = await t.app.inject({
      method: route.method as 'GET',
      url: sample.query ? `${url}?${sample.query}` : url,
      headers,
      ...(payload !== undefined ? { payload } : {}),
    });
    const described = `${route.method} ${url}?${sample.query} as ${sample.who}: ${res.statusCode} ${res.body.slice(0, 300)}`;
    expect(res.statusCode, described).toBeLessThan(500);
    if (res.statusCode >= 400) expect(await recordCounts(t.truce), `a refused request changed the records: ${described}`).toEqual(before);
  }

  it('never answers 5xx, and a refused request never changes a record, for every route and every role', async () => {
    const a = arbitraries(f);
    const sample = fc.record({ who: a.who, body: a.body, contentType: a.contentType, params: fc.array(a.param, { minLength: 3, maxLength: 3 }), query: a.query, extraHeaders: a.extraHeaders });
    // Every route gets its share, then routes are drawn at random.
    for (const route of t.app.routeTable) {
      await fc.assert(fc.asyncProperty(sample, (s) => send(route, s)), { numRuns: 8 });
    }
    await fc.assert(fc.asyncProperty(fc.constantFrom(...t.app.routeTable), sample, (route, s) => send(route, s)), { numRuns: 200 });
  });
});
