import { z } from 'zod';
import { DISPUTE_STATUSES, RULINGS } from '../../domain/incidents/incident-types.js';
import { disclosure, logIndex, recordId, webUrl } from '../common/common-schemas.js';

export const disputeResponse = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    party_id: z.string(),
    filed_by: z.string().optional(),
    statement: z.string().optional().meta({ description: 'The mission’s and the disputing party’s.' }),
    evidence: z.array(z.object({ sha256: z.string().nullish(), url: z.string().nullish(), description: z.string() })).optional(),
    status: z.enum(DISPUTE_STATUSES),
    ruling_rationale: z.string().nullable(),
    ruled_by: z.string().nullable().optional(),
    ruled_at: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Dispute' });

export const disputeBody = z.strictObject({
  incident_id: recordId,
  statement: z.string().trim().min(1).max(20_000),
  evidence: z
    .array(z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().optional(), url: webUrl.nullable().optional(), description: z.string().trim().min(1).max(4000) }))
    .max(50)
    .optional(),
});

export const rulingBody = z.strictObject({ ruling: z.enum(RULINGS), rationale: z.string().trim().min(1).max(20_000) });
