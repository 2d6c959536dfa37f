import { z } from 'zod';
import { READERS } from '../../domain/policy/disclosure-policy.js';

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
    openings: z
      .array(z.object({ group: z.string(), salt: z.string(), value: z.unknown() }))
      .meta({
        description: 'The sealed groups of this entry its reader may see now, each with its value then and the salt that opens its commitment: hex SHA-256(salt ‖ canonical JSON of value).',
      }),
  })
  .meta({ id: 'LogEntry' });

export const entriesResponse = z.object({
  size: z.number().int(),
  items: z.array(z.object({ index: z.number().int(), entry: z.object({ type: z.string(), at: z.string(), actor: z.string(), id: z.string(), data: z.unknown() }) })),
});

const groupRule = z.object({
  name: z.string(),
  fields: z.array(z.string()),
  readers: z.array(z.enum(READERS)),
  when_sensitive: z.array(z.enum(READERS)).optional().meta({ description: 'The readers while the record’s location is sensitive.' }),
  in_clear: z.boolean().meta({ description: 'Whether the group stands in clear in entries; every other group is sealed.' }),
});

export const disclosurePolicyResponse = z
  .object({
    kinds: z.record(
      z.string(),
      z.object({
        casework: z.boolean().meta({ description: 'Every group sealed, the event in the sealed change group, the actor a pseudonym per record.' }),
        groups: z.array(groupRule),
        children: z.array(z.string()),
        derived: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'DisclosurePolicy', description: 'Per kind of record, its fields in groups and who reads each group: what a verifier needs to check any answer against the log.' });

export const inclusionResponse = z.object({ index: z.number().int(), size: z.number().int(), leaf_hash: base64Hash, proof: z.array(base64Hash) });
export const consistencyResponse = z.object({ from: z.number().int(), to: z.number().int(), proof: z.array(base64Hash) });
export const cosignaturesResponse = z.object({ size: z.number().int(), accepted: z.array(z.string()) });
