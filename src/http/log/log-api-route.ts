import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { InvalidInputError, NotFoundError } from '../../domain/domain-error.js';
import type { Truce } from '../../create-truce.js';
import { decodeLogEntry } from '../../ledger/log-entry.js';
import { parseCheckpoint } from '../../ledger/checkpoint.js';
import { parseNote } from '../../ledger/signed-note.js';
import { errorResponse } from '../common/common-schemas.js';
import {
  consistencyQuery,
  consistencyResponse,
  entriesQuery,
  entriesResponse,
  entryParams,
  entryResponse,
  disclosurePolicyResponse,
  inclusionQuery,
  inclusionResponse,
} from './log-schema.js';
import { entryOpenings } from '../../services/disclosure/entry-openings.js';
import { describeDisclosurePolicy } from './describe-disclosure-policy.js';

const tags = ['log'];
const errors = { 400: errorResponse, 404: errorResponse };
const b64 = (hash: Buffer) => hash.toString('base64');

/** JSON helpers over the log: entries with inclusion proofs, and proofs between any two sizes. */
export function logApiRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/log/entries',
      {
        config: { action: 'log.read' },
        schema: { tags, description: 'Entries from `start`, as the public log holds them: sealed groups as commitments only.', querystring: entriesQuery, response: { 200: entriesResponse, ...errors } },
      },
      async (request) => {
        const size = await truce.log.size();
        const bytes = await truce.log.entries(request.query.start, request.query.limit);
        return { size, items: bytes.map((b, i) => ({ index: request.query.start + i, entry: decodeLogEntry(b) })) };
      },
    );

    app.get(
      '/log/entries/:index',
      {
        config: { action: 'log.read' },
        schema: {
          tags,
          description: 'One entry with its inclusion proof against the latest checkpoint, and the openings (value and salt) of each sealed group of it its reader may see now.',
          params: entryParams,
          response: { 200: entryResponse, ...errors },
        },
      },
      async (request) => {
        const { index } = request.params;
        const found = await truce.log.entry(index);
        if (!found) throw new NotFoundError('log entry', String(index));
        let checkpoint = await truce.log.latestCheckpoint();
        // An entry written in the last moments may precede its checkpoint: sign one now rather than answer without a proof.
        if (!checkpoint || checkpoint.size <= index) checkpoint = await truce.log.signCheckpoint();
        const covered = checkpoint !== undefined && checkpoint.size > index;
        return {
          index,
          entry: decodeLogEntry(found.bytes),
          leaf_hash: b64(found.leafHash),
          checkpoint: covered
            ? { origin: parseCheckpoint(parseNote(checkpoint!.note).text).origin, size: checkpoint!.size, root: b64(checkpoint!.root), note: checkpoint!.note }
            : null,
          inclusion_proof: covered ? (await truce.log.inclusionProof(index, checkpoint!.size)).map(b64) : null,
          openings: await truce.runner.read(request.actor, entryOpenings, { index }),
        };
      },
    );

    app.get(
      '/disclosure-policy',
      { config: { action: 'log.read' }, schema: { tags, description: 'The disclosure policy, as verifiers read it.', response: { 200: disclosurePolicyResponse } } },
      async () => describeDisclosurePolicy(),
    );

    app.get(
      '/log/proof/inclusion',
      { config: { action: 'log.read' }, schema: { tags, description: 'RFC 9162 inclusion proof of entry `index` in the tree of `size`.', querystring: inclusionQuery, response: { 200: inclusionResponse, ...errors } } },
      async (request) => {
        const { index, size } = request.query;
        await checkSize(truce, size, 'query.size');
        if (index >= size) throw new InvalidInputError('query.index', `must be below size ${size}`);
        const found = await truce.log.entry(index);
        return { index, size, leaf_hash: b64(found!.leafHash), proof: (await truce.log.inclusionProof(index, size)).map(b64) };
      },
    );

    app.get(
      '/log/proof/consistency',
      { config: { action: 'log.read' }, schema: { tags, description: 'RFC 9162 consistency proof that the tree of size `to` extends the tree of size `from`.', querystring: consistencyQuery, response: { 200: consistencyResponse, ...errors } } },
      async (request) => {
        const { from, to } = request.query;
        if (from < 1) throw new InvalidInputError('query.from', 'must be at least 1: every tree extends the empty tree without a proof');
        await checkSize(truce, to, 'query.to');
        if (from > to) throw new InvalidInputError('query.from', `must not exceed to (${to})`);
        return { from, to, proof: (await truce.log.consistencyProof(from, to)).map(b64) };
      },
    );
  };
}

async function checkSize(truce: Truce, size: number, path: string): Promise<void> {
  const current = await truce.log.size();
  if (size < 1 || size > current) throw new InvalidInputError(path, `must be between 1 and the log size ${current}`);
}
