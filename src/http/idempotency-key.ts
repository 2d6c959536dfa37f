import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Truce } from '../create-truce.js';
import { PUBLIC_ACTOR } from '../domain/actor.js';
import { InvalidInputError } from '../domain/domain-error.js';
import { findIdempotentAnswer } from '../store/idempotency/idempotency-keys.js';
import { IdempotencyKeyReusedError, runInWriteScope, WithheldAnswerError, WriteScope } from '../services/write-scope.js';

const HEADER = 'idempotency-key';
const METHODS = new Set(['POST', 'PATCH']);

interface Pending {
  scope: WriteScope;
  /** Whether the body has been read whole, so that its hash is final. */
  bodyRead: () => boolean;
  /** Passes the body's bytes through the hash as they are read. */
  hashBody: (payload: Readable) => Readable;
}

const pending = new WeakMap<FastifyRequest, Pending>();

/**
 * `Idempotency-Key` (the IETF httpapi draft) on every POST and PATCH: the first write of
 * the request claims the account's key in its transaction and keeps the answer there;
 * a repeat with the same body gets that answer again, with another body a 409. The
 * public has no account to scope a key by and creates no records, so its keys are ignored.
 */
export function idempotencyKeys(app: FastifyInstance, truce: Truce): void {
  // After authentication (registered after it), before the body is read.
  app.addHook('onRequest', async (request) => {
    if (!METHODS.has(request.method) || request.headers[HEADER] === undefined || request.actor === PUBLIC_ACTOR) return;
    const key = parseKey(request.headers[HEADER]);
    const hash = createHash('sha256');
    let finished = request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined;
    pending.set(request, {
      scope: new WriteScope(request.actor.id, key, () => hash.copy().digest('hex')),
      bodyRead: () => finished,
      hashBody: (payload) =>
        payload.pipe(
          new Transform({
            transform(chunk: Buffer, _encoding, callback) {
              hash.update(chunk);
              callback(null, chunk);
            },
            flush(callback) {
              finished = true;
              callback();
            },
          }),
        ),
    });
  });

  app.addHook('preParsing', async (request, _reply, payload) => pending.get(request)?.hashBody(payload) ?? payload);

  // A repeat whose first answer committed is answered here; everything else runs in the scope.
  app.addHook('preHandler', (request, reply, done) => {
    const held = pending.get(request);
    if (!held) return done();
    const { scope } = held;
    // A body not yet read (an upload streams in the handler) is compared when its write claims the key.
    const lookup = held.bodyRead() ? findIdempotentAnswer(truce.database.db, scope.account, scope.key) : Promise.resolve(undefined);
    lookup.then(
      (stored) => {
        if (!stored) return runInWriteScope(scope, () => done());
        if (stored.requestHash !== scope.requestHash()) return done(new IdempotencyKeyReusedError());
        if (stored.status === 0) return done(new WithheldAnswerError());
        void reply.code(stored.status).type('application/json').send(stored.body);
      },
      (error: unknown) => done(error as Error),
    );
  });

  // The answer commits with the write, before it is sent; an answer that is not a success rolls the write back.
  app.addHook('onSend', async (request, reply, payload) => {
    const scope = pending.get(request)?.scope;
    if (!scope?.tx || !scope.committed) return payload;
    const committed = scope.committed;
    if (reply.statusCode < 200 || reply.statusCode >= 300 || (typeof payload !== 'string' && payload !== null && payload !== undefined)) {
      scope.abandon(new Error(`the request was answered ${reply.statusCode}`));
      await committed.catch(() => {});
      return payload;
    }
    // An answer that must not be stored (a secret shown once) keeps only that the key was answered.
    const withheld = /no-store/.test(String(reply.getHeader('cache-control') ?? ''));
    scope.deliver(withheld ? { status: 0, body: '' } : { status: reply.statusCode, body: payload ?? '' });
    await committed;
    return payload;
  });
}

/** The draft's value is a structured-field string ("…"); a bare token is taken as it is. */
function parseKey(value: string | string[] | undefined): string {
  if (typeof value !== 'string') throw new InvalidInputError('headers.idempotency-key', 'send one Idempotency-Key header');
  let key = value.trim();
  if (key.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\["\\])*"$/.test(key)) throw new InvalidInputError('headers.idempotency-key', 'is not a valid quoted string');
    key = key.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (key.length === 0 || key.length > 255 || !/^[\x20-\x7e]+$/.test(key)) {
    throw new InvalidInputError('headers.idempotency-key', 'must be 1 to 255 printable ASCII characters');
  }
  return key;
}
