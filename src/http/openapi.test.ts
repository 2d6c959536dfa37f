import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTruce, type TestTruce } from '../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../test/support/test-databases.js';

describe('the OpenAPI document', () => {
  let database: TestDatabase;
  let t: TestTruce;

  beforeAll(async () => {
    database = await testDatabases()[0]!.create();
    t = await startTestTruce(database);
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  it('is a valid OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const document = res.json();
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/parties', '/api/v1/agreements', '/api/v1/agreements/{id}/transitions', '/api/v1/agreements/{id}/terms', '/api/v1/agreements/{id}/positions']),
    );
    const durationSchema = JSON.stringify(document.paths['/api/v1/agreements'].post.requestBody);
    expect(durationSchema).toContain('duration_days');
  });

  it('serves browsable docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});
