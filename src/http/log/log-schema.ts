import { z } from 'zod';

const index = z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const base64Hash = z.string().meta({ description: 'SHA-256, standard base64' });

export const entryParams = z.strictObject({ index });
export const entriesQuery = z.strictObject({ start: index.default(0), limit: z.coerce.number().int().min(1).max(1000).default(100) });
export const inclusionQuery = z.strictObject({ index, size: index });
export const consistencyQuery = z.strictObject({ from: index, to: index });

export const checkpointSummary = z.object({ origin: z.string(), size: z.number().int(), root: base64Hash, note: z.string() }).meta({ id: 'Checkpoint' });

export const entryResponse = z
  .object({
    index: z.number().int(),
    entry: z.object({ type: z.string(), at: z.string(), actor: z.string(), id: z.string(), data: z.unknown() }),
    leaf_hash: base64Hash,
    checkpoint: checkpointSummary.nullable().meta({ description: 'The signed checkpoint the inclusion proof is against; null while the entry awaits its first checkpoint.' }),
    inclusion_proof: z.array(base64Hash).nullable(),
  })
  .meta({ id: 'LogEntry' });

export const entriesResponse = z.object({
  size: z.number().int(),
  items: z.array(z.object({ index: z.number().int(), entry: z.object({ type: z.string(), at: z.string(), actor: z.string(), id: z.string(), data: z.unknown() }) })),
});

export const inclusionResponse = z.object({ index: z.number().int(), size: z.number().int(), leaf_hash: base64Hash, proof: z.array(base64Hash) });
export const consistencyResponse = z.object({ from: z.number().int(), to: z.number().int(), proof: z.array(base64Hash) });
export const cosignaturesResponse = z.object({ size: z.number().int(), accepted: z.array(z.string()) });
