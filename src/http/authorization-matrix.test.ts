import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixFixture, fillUrl, WHO, type MatrixFixture, type Who } from '../../test/support/matrix-fixture.js';
import { recordCounts } from '../../test/support/record-counts.js';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';

interface Row {
  /** Who may: everyone else must be refused with 401 (anonymous) or 403 (an account). */
  allow: readonly Who[];
  /** A body that passes validation, so that an allowed role reaches the resource checks and the use case. */
  body?: (f: MatrixFixture) => unknown;
  params?: (f: MatrixFixture) => Record<string, string>;
}

const everyone = WHO;
const signedIn = WHO.filter((who) => who !== 'anonymous');
const only = (...who: Who[]): Row => ({ allow: who });
const all: Row = { allow: everyone };

/**
 * One row per route, `METHOD URL` as the server's route table names it (HEAD follows GET).
 * A route without a row fails the test, and so does a row without a route: adding a route means adding its row here.
 */
const MATRIX: Record<string, Row> = {
  // docs and health
  'GET /api/docs': all,
  'GET /api/docs/static/index.html': all,
  'GET /api/docs/static/swagger-initializer.js': all,
  'GET /api/docs/json': all,
  'GET /api/docs/yaml': all,
  'GET /api/docs/static/*': all,
  'GET /api/openapi.json': all,
  'GET /api/health': all,
  // sessions
  'POST /api/v1/session': { allow: everyone, body: (f) => f.login },
  'GET /api/v1/session': { allow: signedIn },
  'DELETE /api/v1/session': { allow: signedIn },
  // accounts
  'GET /api/v1/users': only('admin'),
  'POST /api/v1/users': { allow: ['admin'], body: () => ({ name: 'matrix-created', role: 'monitor' }) },
  'POST /api/v1/users/:id/disable': { allow: ['admin'], params: (f) => ({ id: f.victimUserId }) },
  'POST /api/v1/users/:id/enable': { allow: ['admin'], params: (f) => ({ id: f.victimUserId }) },
  'POST /api/v1/users/:id/reset-password': { allow: ['admin'], params: (f) => ({ id: f.victimUserId }) },
  // Every account lists and makes its own tokens; only the administrator revokes another's.
  'GET /api/v1/tokens': { allow: signedIn },
  'POST /api/v1/tokens': { allow: signedIn, body: () => ({ name: 'matrix token' }) },
  'POST /api/v1/tokens/:id/revoke': { allow: ['admin'], params: (f) => ({ id: f.victimTokenId }) },
  // parties
  'GET /api/v1/parties': all,
  'GET /api/v1/parties/:id': { allow: everyone, params: (f) => ({ id: f.ru }) },
  'POST /api/v1/parties': { allow: ['admin', 'mediator'], body: () => ({ name: `Party ${Math.random()}`, kind: 'observer' }) },
  'PATCH /api/v1/parties/:id': { allow: ['admin', 'mediator'], params: (f) => ({ id: f.us }), body: () => ({ aliases: ['USA'] }) },
  // translations: a verifier may translate an area, not a party
  'GET /api/v1/translations': all,
  'POST /api/v1/translations': { allow: ['admin', 'mediator'], body: (f) => ({ record_kind: 'party', record_id: f.ru, field: 'name', lang: 'uk', text: 'Росія', unofficial: true }) },
  // agreements
  'GET /api/v1/agreements': all,
  'GET /api/v1/agreements/:id': all,
  'POST /api/v1/agreements': { allow: ['mediator'], body: (f) => ({ title: 'Local pause', kind: 'pause', party_ids: [f.ru, f.ua], duration_days: 1 }) },
  'PATCH /api/v1/agreements/:id': { allow: ['mediator'], body: () => ({ title: 'Matrix ceasefire (amended)' }) },
  'GET /api/v1/agreements/:id/transitions': all,
  'POST /api/v1/agreements/:id/transitions': { allow: ['mediator'], body: () => ({ to: 'proposed' }) },
  'GET /api/v1/agreements/:id/terms': all,
  'POST /api/v1/agreements/:id/terms': { allow: ['mediator'], body: (f) => ({ code: `T${Date.now()}`, text: 'No mobilization.', category: 'no_mobilization', applies_to: [f.ru], status: 'proposed' }) },
  'PATCH /api/v1/agreements/:id/terms/:termId': { allow: ['mediator'], body: () => ({ status: 'agreed' }) },
  'GET /api/v1/agreements/:id/positions': all,
  // A liaison states its own party's position only: Russia's liaison may, Ukraine's may not.
  'POST /api/v1/agreements/:id/positions': { allow: ['mediator', 'liaison-ru'], body: (f) => ({ party_id: f.ru, stance: 'accepted', stated_at: '2025-03-13T11:00:00Z' }) },
  'POST /api/v1/agreements/:id/positions/:positionId/conditions/:conditionId': { allow: ['mediator'], body: () => ({ status: 'met' }) },
  // control
  'GET /api/v1/control-claims': all,
  'POST /api/v1/control-claims': {
    allow: ['verifier', 'mediator'],
    body: (f) => ({ place_name: 'Sudzha', geonames_id: 486816, status: 'contested', basis: 'assessed', source: 'monitor team', as_of: '2025-03-13T10:00:00Z', claimant: f.ru }),
  },
  'GET /api/v1/control': all,
  'GET /api/v1/control/timeline': all,
  'GET /api/v1/areas': all,
  'GET /api/v1/areas/:id': all,
  'GET /api/v1/places': all,
  'POST /api/v1/areas': {
    allow: ['verifier', 'mediator'],
    body: () => ({ name: `Sector ${Math.random()}`, kind: 'front_sector', geometry: { type: 'Polygon', coordinates: [[[35, 51], [35.5, 51], [35.5, 51.5], [35, 51]]] } }),
  },
  // the log: public reads; a cosignature is authenticated by its witness key, not by an account
  'GET /log/checkpoint': all,
  'GET /log/key': all,
  'GET /log/tile/*': all,
  'POST /log/cosignatures': all,
  'GET /api/v1/log/entries': all,
  'GET /api/v1/log/entries/:index': { allow: everyone, params: () => ({ index: '0' }) },
  'GET /api/v1/log/proof/inclusion': all,
  'GET /api/v1/log/proof/consistency': all,
  'GET /api/v1/disclosure-policy': all,
  // monitoring: sources, reports, evidence, incidents, decisions, disputes
  'GET /api/v1/sources': { allow: signedIn },
  'GET /api/v1/sources/:id': { allow: signedIn },
  'POST /api/v1/sources': { allow: ['admin', 'monitor', 'verifier', 'mediator'], body: () => ({ name: `Desk ${Math.random()}`, type: 'osint', affiliation: null, default_reliability: 'C' }) },
  'GET /api/v1/report-kinds': all,
  'POST /api/v1/reports': only('monitor', 'verifier', 'liaison-ru', 'liaison-ua'),
  'POST /api/v1/reports/bulk': only('monitor', 'verifier'),
  'GET /api/v1/reports/:id': all,
  'POST /api/v1/reports/:id/evidence': only('monitor', 'verifier', 'liaison-ru', 'liaison-ua'),
  'POST /api/v1/reports/:id/evidence/:evidenceId/custody': only('monitor', 'verifier', 'mediator'),
  'POST /api/v1/reports/:id/evidence/:evidenceId/release': { allow: ['verifier', 'mediator'], body: () => ({ release: 'parties' }) },
  'GET /api/v1/evidence/:sha256': all,
  'GET /api/v1/incidents': all,
  'GET /api/v1/incidents/aggregate': all,
  'GET /api/v1/incidents/:id': all,
  'POST /api/v1/incidents/:id/merge': only('verifier'),
  'POST /api/v1/incidents/:id/split': only('verifier'),
  'POST /api/v1/incidents/:id/decisions': only('verifier'),
  'POST /api/v1/incidents/:id/decisions/:decisionId/approvals': only('verifier'),
  'GET /api/v1/disputes': { allow: signedIn },
  'GET /api/v1/disputes/:id': { allow: signedIn },
  'POST /api/v1/disputes': only('liaison-ru', 'liaison-ua'),
  'POST /api/v1/disputes/:id/ruling': only('mediator'),
  // compliance figures and the daily report
  'GET /api/v1/agreements/:id/compliance': all,
  'GET /api/v1/agreements/:id/reports/daily': all,
  // exports
  'GET /api/v1/incidents.csv': all,
  'GET /api/v1/incidents.geojson': all,
  'GET /api/v1/control-claims.geojson': all,
  'GET /api/v1/areas.geojson': all,
  // OGC API – Features
  'GET /ogc': all,
  'GET /ogc/conformance': all,
  'GET /ogc/api': all,
  'GET /ogc/collections': all,
  'GET /ogc/*': all,
  'GET /ogc/collections/incidents': all,
  'GET /ogc/collections/incidents/items': all,
  'GET /ogc/collections/incidents/items/:featureId': all,
  'GET /ogc/collections/control-claims': all,
  'GET /ogc/collections/control-claims/items': all,
  'GET /ogc/collections/control-claims/items/:featureId': all,
  'GET /ogc/collections/areas': all,
  'GET /ogc/collections/areas/items': all,
  'GET /ogc/collections/areas/items/:featureId': all,
  // the web app
  'GET /assets/*': all,
  'GET /*': all,
};

describe.each(testDatabases())('the authorization matrix on $name', (factory) => {
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

  it('has exactly one row for every route in the server’s route table', () => {
    const routes = new Set(t.app.routeTable.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`));
    const missing = [...routes].filter((route) => !(route in MATRIX));
    const stale = Object.keys(MATRIX).filter((route) => !routes.has(route));
    expect(missing, 'routes without a matrix row').toEqual([]);
    expect(stale, 'matrix rows without a route').toEqual([]);
  });

  it.each(Object.keys(MATRIX))('%s', async (route) => {
    const row = MATRIX[route]!;
    const [method, url] = route.split(' ') as [string, string];
    // Refusals first: they must leave every count as it was.
    const order = [...WHO].sort((a, b) => Number(row.allow.includes(a)) - Number(row.allow.includes(b)));
    const outcomes: string[] = [];
    for (const who of order) {
      const body = row.body?.(f) ?? (method === 'GET' || method === 'DELETE' ? undefined : {});
      const before = row.allow.includes(who) ? undefined : await recordCounts(t.truce);
      const res = await t.app.inject({
        method: method as 'GET',
        url: fillUrl(url, f, row.params?.(f)),
        headers: f.headers[who],
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      const status = res.statusCode;
      if (row.allow.includes(who)) {
        if (status >= 500 || status === 401 || status === 403) outcomes.push(`${who}: expected to be allowed, got ${status} ${res.body.slice(0, 200)}`);
      } else {
        const expected = who === 'anonymous' ? 401 : 403;
        if (status !== expected) outcomes.push(`${who}: expected ${expected}, got ${status} ${res.body.slice(0, 200)}`);
        else expect(await recordCounts(t.truce), `${who} was refused but something changed`).toEqual(before);
      }
    }
    expect(outcomes).toEqual([]);
  });
});
