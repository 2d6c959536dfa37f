import { z } from 'zod';
import { PARTY_KINDS } from '../../domain/agreement/agreement-types.js';
import { disclosure, logIndex } from '../common/common-schemas.js';

const name = z.string().trim().min(1).max(200);
const aliases = z.array(z.string().trim().min(1).max(200)).max(50);

export const createPartyBody = z.strictObject({
  name,
  kind: z.enum(PARTY_KINDS),
  aliases: aliases.optional(),
});

export const updatePartyBody = z.strictObject({
  name: name.optional(),
  kind: z.enum(PARTY_KINDS).optional(),
  aliases: aliases.optional(),
});

export const partyResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(PARTY_KINDS),
    aliases: z.array(z.string()),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Party' });

export type PartyResponse = z.infer<typeof partyResponse>;
