import { LANGUAGES } from '../../domain/languages.js';
import { z } from 'zod';
import { REQUESTABLE_STATUSES } from '../../domain/agreement/agreement-lifecycle.js';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CONDITION_STATUSES,
  PARTY_KINDS,
  STANCES,
  TERM_CATEGORIES,
  TERM_STATUSES,
} from '../../domain/agreement/agreement-types.js';
import { citation, isoDateTime, disclosure, logIndex, recordId } from '../common/common-schemas.js';

const partyIdList = z.array(recordId).max(50);
const durationDays = z.int({ message: 'must be a whole number of days' }).min(1).max(3650).meta({ description: 'Length of the window in days, 1–3650.' });

export const createAgreementBody = z.strictObject({
  title: z.string().trim().min(1).max(300),
  kind: z.enum(AGREEMENT_KINDS),
  party_ids: partyIdList.min(1),
  mediator_ids: partyIdList.optional(),
  proposed_at: isoDateTime.nullable().optional(),
  duration_days: durationDays,
  effective_at: isoDateTime.nullable().optional(),
  citations: z.array(citation).max(100).optional(),
});

export const updateAgreementBody = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  party_ids: partyIdList.min(1).optional(),
  mediator_ids: partyIdList.optional(),
  proposed_at: isoDateTime.nullable().optional(),
  duration_days: durationDays.optional(),
  effective_at: isoDateTime.nullable().optional(),
  citations: z.array(citation).max(100).optional(),
});

export const transitionBody = z.strictObject({
  to: z.enum(REQUESTABLE_STATUSES).meta({ description: 'expired is never requested: it follows from the clock.' }),
  effective_at: isoDateTime.nullable().optional(),
  expires_at: isoDateTime.nullable().optional(),
  agreed_by: partyIdList.optional(),
  reason: z.string().trim().min(1).max(4000).nullable().optional(),
});

export const createTermBody = z.strictObject({
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9._-]+$/, 'must be letters, digits, . _ or -'),
  text: z.string().trim().min(1).max(8000),
  category: z.enum(TERM_CATEGORIES),
  applies_to: partyIdList,
  proposed_by: recordId.nullable().optional(),
  status: z.enum(TERM_STATUSES),
  verification_method: z.string().trim().max(4000).nullable().optional(),
});

export const updateTermBody = z.strictObject({
  text: z.string().trim().min(1).max(8000).optional(),
  category: z.enum(TERM_CATEGORIES).optional(),
  applies_to: partyIdList.optional(),
  status: z.enum(TERM_STATUSES).optional(),
  verification_method: z.string().trim().max(4000).nullable().optional(),
});

export const createPositionBody = z.strictObject({
  party_id: recordId,
  stance: z.enum(STANCES),
  conditions: z
    .array(
      z.strictObject({
        text: z.string().trim().min(1).max(4000),
        term_code: z.string().max(40).nullable().optional(),
        citation: citation.nullable().optional(),
      }),
    )
    .max(100)
    .optional(),
  statement: z.string().trim().max(8000).nullable().optional(),
  stated_at: isoDateTime,
  citation: citation.nullable().optional(),
});

export const resolveConditionBody = z.strictObject({
  status: z.enum(CONDITION_STATUSES),
  note: z.string().trim().max(4000).nullable().optional(),
});

export const termParams = z.strictObject({ id: recordId, termId: recordId });
export const conditionParams = z.strictObject({ id: recordId, positionId: recordId, conditionId: recordId });

const citationOut = z.object({ source: z.string(), published_at: z.string(), quote: z.string(), lang: z.enum(LANGUAGES).optional(), url: z.string().nullable().optional() });

export const termResponse = z
  .object({
    id: z.string(),
    agreement_id: z.string(),
    code: z.string(),
    text: z.string(),
    category: z.enum(TERM_CATEGORIES),
    applies_to: z.array(z.string()),
    proposed_by: z.string().nullable(),
    status: z.enum(TERM_STATUSES),
    verification_method: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Term' });

export const conditionResponse = z
  .object({
    id: z.string(),
    text: z.string(),
    term_code: z.string().nullable(),
    citation: citationOut.nullable(),
    status: z.enum(CONDITION_STATUSES),
    resolved_by: z.string().nullable(),
    resolved_at: z.string().nullable(),
    resolution_note: z.string().nullable(),
  })
  .meta({ id: 'Condition' });

export const positionResponse = z
  .object({
    id: z.string(),
    agreement_id: z.string(),
    party_id: z.string(),
    stance: z.enum(STANCES),
    conditions: z.array(conditionResponse),
    statement: z.string().nullable(),
    stated_at: z.string(),
    citation: citationOut.nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Position' });

export const transitionResponse = z
  .object({
    id: z.string(),
    agreement_id: z.string(),
    from_status: z.enum(AGREEMENT_STATUSES),
    to_status: z.enum(AGREEMENT_STATUSES),
    at: z.string(),
    actor: z.string(),
    reason: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Transition' });

export const agreementResponse = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(AGREEMENT_KINDS),
    status: z.enum(AGREEMENT_STATUSES).meta({ description: 'The status now; expired follows from the clock.' }),
    recorded_status: z.enum(AGREEMENT_STATUSES).meta({ description: 'The status as last changed by a transition.' }),
    window: z
      .object({ day: z.int(), of: z.int(), seconds_remaining: z.int() })
      .nullable()
      .meta({ description: 'Day N of the window while the agreement is in force.' }),
    parties: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(PARTY_KINDS), role: z.enum(['party', 'mediator']) })),
    party_ids: z.array(z.string()),
    mediator_ids: z.array(z.string()),
    proposed_at: z.string().nullable(),
    duration_days: z.int(),
    effective_at: z.string().nullable(),
    expires_at: z.string().nullable(),
    citations: z.array(citationOut),
    extensions: z.array(z.object({ expires_at: z.string(), agreed_by: z.array(z.string()), recorded_at: z.string(), recorded_by: z.string() })),
    synthetic: z.boolean(),
    terms: z.array(termResponse),
    positions: z.array(positionResponse).meta({ description: "Each party's latest position: the one in effect." }),
    position_history: z.array(positionResponse),
    transitions: z.array(transitionResponse),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Agreement' });

export type AgreementResponse = z.infer<typeof agreementResponse>;
export type PositionResponse = z.infer<typeof positionResponse>;
export type TermResponse = z.infer<typeof termResponse>;
export type TransitionResponse = z.infer<typeof transitionResponse>;
