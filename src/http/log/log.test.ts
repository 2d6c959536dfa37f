import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../domain/actor.js';
import { parseCheckpoint } from '../../ledger/checkpoint.js';
import { cosign, generateWitnessKey, parseWitnessSignerKey } from '../../ledger/cosignature.js';
import { leafHash } from '../../ledger/merkle-hash.js';
import { verifyConsistency, verifyInclusion } from '../../ledger/merkle-verify.js';
import { parseVerifierKey } from '../../ledger/note-keys.js';
import { openNote, parseNote } from '../../ledger/signed-note.js';
import { decodeEntryBundle } from '../../ledger/tile-path.js';
import { createParty } from '../../services/parties/create-party.js';
import { apiClient } from '../../../test/support/api-client.js';
import { loginAs } from '../../../test/support/login-as.js';
import { startTestTruce, type TestTruce } from '../../../test/support/start-test-truce.js';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';

const witness = generateWitnessKey('witness.example/mediator');
const stranger = generateWitnessKey('witness.example/stranger');

describe.each(testDatabases())('the log over HTTP on $name', (factory) => {
  let database: TestDatabase;
  let t: TestTruce;
  let api: ReturnType<typeof apiClient>;
  let verifier: ReturnType<typeof parseVerifierKey>;

  beforeAll(async () => {
    database = await factory.create();
    t = await startTestTruce(database, undefined, { witnessKeys: [witness.verifierKey] });
    api = apiClient(t.app);
    // 300 changes: one full tile of entries and leaf hashes, and a partial one.
    for (let i = 0; i < 300; i++) await t.truce.runner.write(SYSTEM_ACTOR, createParty, { name: `Party ${i}`, kind: 'observer' });
    await t.truce.log.signCheckpoint();
    verifier = parseVerifierKey((await t.app.inject({ url: '/log/key' })).body.trim());
  });

  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  async function checkpoint() {
    const note = (await t.app.inject({ url: '/log/checkpoint' })).body;
    return { note, ...parseCheckpoint(parseNote(note).text) };
  }

  it('serves a checkpoint signed by the published key', async () => {
    const res = await t.app.inject({ url: '/log/checkpoint' });
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.headers['cache-control']).toBe('no-cache');
    const opened = openNote(res.body, [verifier]);
    expect(parseCheckpoint(opened.text)).toMatchObject({ origin: verifier.name, size: 300 });
  });

  it('serves entry bundles and hash tiles that rebuild the signed root', async () => {
    const full = await t.app.inject({ url: '/log/tile/entries/000' });
    expect(full.statusCode).toBe(200);
    expect(full.headers['cache-control']).toContain('immutable');
    const partial = await t.app.inject({ url: '/log/tile/entries/001.p/44' });
    expect(partial.headers['cache-control']).not.toContain('immutable');
    const entries = [...decodeEntryBundle(full.rawPayload), ...decodeEntryBundle(partial.rawPayload)];
    expect(entries).toHaveLength(300);
    const tile = (await t.app.inject({ url: '/log/tile/0/000' })).rawPayload;
    expect(tile.subarray(0, 32).equals(leafHash(entries[0]!))).toBe(true);
    expect(tile.subarray(255 * 32).equals(leafHash(entries[255]!))).toBe(true);
    const level1 = await t.app.inject({ url: '/log/tile/1/000.p/1' });
    expect(level1.rawPayload).toHaveLength(32);
  });

  it('answers 404 for tiles beyond the checkpoint and 400 for malformed paths', async () => {
    expect((await t.app.inject({ url: '/log/tile/entries/001' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/log/tile/entries/001.p/45' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/log/tile/1/000' })).statusCode).toBe(404);
    const bad = await t.app.inject({ url: '/log/tile/0/01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toBe('path');
  });

  it('gives each entry with an inclusion proof against the checkpoint', async () => {
    const { root, size } = await checkpoint();
    for (const index of [0, 1, 150, 299]) {
      const { body } = await api.get(`/api/v1/log/entries/${index}`);
      expect(body.checkpoint.size).toBe(size);
      expect(body.entry.type).toBe('party.created');
      const proof = body.inclusion_proof.map((p: string) => Buffer.from(p, 'base64'));
      expect(verifyInclusion(index, size, Buffer.from(body.leaf_hash, 'base64'), proof, root)).toBe(true);
    }
    expect((await api.get('/api/v1/log/entries/300')).status).toBe(404);
    expect((await api.get('/api/v1/log/entries/-1')).body.details[0].path).toBe('params.index');
  });

  it('gives an entry written a moment ago its proof, signing a checkpoint if needed', async () => {
    const party = await t.truce.runner.write(SYSTEM_ACTOR, createParty, { name: 'Fresh party', kind: 'observer' });
    const { body } = await api.get(`/api/v1/log/entries/${party.log_index}`);
    expect(body.checkpoint.size).toBeGreaterThan(party.log_index);
    expect(body.inclusion_proof).not.toBeNull();
  });

  it('signs a checkpoint covering a write within a second, without being asked', async () => {
    const res = await apiClient(t.app).post('/api/v1/parties', { name: 'Within a second', kind: 'observer' }, (await loginAs(t, 'mediator')).headers);
    const written = Date.now();
    let covered = false;
    while (!covered && Date.now() - written < 1000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      covered = (await checkpoint()).size > res.body.log_index;
    }
    expect(covered).toBe(true);
  });

  it('proves consistency between any two sizes, and names bad parameters', async () => {
    const { root, size } = await checkpoint();
    const old = await t.truce.database.db.selectFrom('log_checkpoints').selectAll().where('size', '<', size).where('size', '>', 0).orderBy('size', 'desc').executeTakeFirst();
    const from = old ? Number(old.size) : 1;
    const { body } = await api.get(`/api/v1/log/proof/consistency?from=${from}&to=${size}`);
    const proof = body.proof.map((p: string) => Buffer.from(p, 'base64'));
    if (old) expect(verifyConsistency(from, size, Buffer.from(old.root), root, proof)).toBe(true);
    for (const [query, path] of [
      ['from=0&to=3', 'query.from'],
      ['from=5&to=3', 'query.from'],
      ['from=1&to=999999', 'query.to'],
      ['from=x&to=3', 'query.from'],
      ['from=1&to=3&extra=1', 'query.extra'],
    ]) {
      const res = await api.get(`/api/v1/log/proof/consistency?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.details.map((d: { path: string }) => d.path), query).toContain(path);
    }
    const inclusion = await api.get(`/api/v1/log/proof/inclusion?index=3&size=${size}`);
    expect(verifyInclusion(3, size, Buffer.from(inclusion.body.leaf_hash, 'base64'), inclusion.body.proof.map((p: string) => Buffer.from(p, 'base64')), root)).toBe(true);
    expect((await api.get(`/api/v1/log/proof/inclusion?index=${size}&size=${size}`)).status).toBe(400);
  });

  it('accepts cosignatures only from configured witnesses, and serves them with the checkpoint', async () => {
    const { note } = await checkpoint();
    const body = parseNote(note).text;
    const post = (payload: string) => t.app.inject({ method: 'POST', url: '/log/cosignatures', payload, headers: { 'content-type': 'text/plain' } });

    const line = cosign(body, parseWitnessSignerKey(witness.signerKey), 1_741_860_000);
    const accepted = await post(note + line);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().accepted).toEqual(['witness.example/mediator']);
    expect((await t.app.inject({ url: '/log/checkpoint' })).body).toContain(line.trim());

    expect((await post(note + cosign(body, parseWitnessSignerKey(stranger.signerKey), 1_741_860_000))).statusCode).toBe(403);
    const forged = line.replace(/.{8}\n$/, 'AAAAAAA=\n');
    expect((await post(note + forged)).statusCode).toBe(400);
    expect((await post(note)).statusCode).toBe(400);
    expect((await post('not a note')).statusCode).toBe(400);
    const neverSigned = body.replace(/\n\d+\n/, '\n7\n');
    const unknownCheckpoint = await post(`${neverSigned}\n${cosign(neverSigned, parseWitnessSignerKey(witness.signerKey), 1)}`);
    expect(unknownCheckpoint.statusCode).toBe(400);
    expect(unknownCheckpoint.json().message).toContain('signed no checkpoint of size 7');
  });
});
