import { z } from 'zod';
import {
  ATTRIBUTION_CONFIDENCES,
  CHECK_KINDS,
  CHECK_RESULTS,
  DECISION_OUTCOMES,
  DECISION_STATUSES,
  INCIDENT_STATUSES,
} from '../../domain/incidents/incident-types.js';
import { CONTROL_STATUSES } from '../../domain/control/control-types.js';
import { GEO_PRECISIONS } from '../../domain/monitoring/report-types.js';
import { KIND_FAMILY_NAMES, REPORT_KINDS } from '../../domain/monitoring/report-taxonomy.js';
import { CLUSTER_RESOLUTION } from '../../domain/incidents/cluster-cells.js';
import { disclosure, isoDateTime, logIndex, recordId } from '../common/common-schemas.js';
import { disputeResponse } from '../disputes/dispute-schema.js';
import { evidenceResponse, reportResponse } from '../reports/report-schema.js';

const bbox = z
  .string()
  .transform((s, ctx) => {
    const parts = s.split(',').map(Number);
    const [west, south, east, north] = parts;
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n)) || south! < -90 || north! > 90 || west! < -180 || east! > 180 || south! > north! || west! > east!) {
      ctx.addIssue({ code: 'custom', message: 'must be west,south,east,north in degrees' });
      return z.NEVER;
    }
    return parts as [number, number, number, number];
  })
  .meta({ example: '34.5,47.0,38.5,52.0', description: 'west,south,east,north in degrees. Mission staff match exact points; everyone else the point they are shown, rounded where the location is sensitive.' });

const incidentFilters = {
  bbox: bbox.optional(),
  from: isoDateTime.optional().meta({ description: 'Incidents last observed at or after this time.' }),
  to: isoDateTime.optional().meta({ description: 'Incidents first observed at or before this time.' }),
  kind: z.enum(REPORT_KINDS).optional(),
  party: recordId.optional().meta({ description: 'The party the incident is attributed to.' }),
  status: z.enum(INCIDENT_STATUSES).optional(),
  agreement: recordId.optional(),
  precision: z.enum(GEO_PRECISIONS).optional().meta({ description: 'The finest geo precision among the incident’s reports: `near` matches incidents with a near report and no exact one.' }),
};

export const incidentQuery = z.strictObject({
  ...incidentFilters,
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});

/** The coarsest cells the map asks for, and the finest: the cell incidents are indexed by. */
const AGGREGATE_MIN_RESOLUTION = 2;
const AGGREGATE_MAX_RESOLUTION = CLUSTER_RESOLUTION;

export const aggregateQuery = z.strictObject({
  ...incidentFilters,
  resolution: z.coerce
    .number({ message: `must be a whole number ${AGGREGATE_MIN_RESOLUTION}–${AGGREGATE_MAX_RESOLUTION}` })
    .int(`must be a whole number ${AGGREGATE_MIN_RESOLUTION}–${AGGREGATE_MAX_RESOLUTION}`)
    .min(AGGREGATE_MIN_RESOLUTION, `must be ${AGGREGATE_MIN_RESOLUTION}–${AGGREGATE_MAX_RESOLUTION}`)
    .max(AGGREGATE_MAX_RESOLUTION, `must be ${AGGREGATE_MIN_RESOLUTION}–${AGGREGATE_MAX_RESOLUTION}`)
    .meta({ description: `The H3 resolution of the cells, ${AGGREGATE_MIN_RESOLUTION}–${AGGREGATE_MAX_RESOLUTION}.` }),
});

export const aggregateResponse = z
  .object({
    resolution: z.int(),
    total: z.int(),
    cells: z.array(
      z.object({
        cell: z.string().meta({ description: 'An H3 cell index.' }),
        count: z.int(),
        by_status: z.partialRecord(z.enum(INCIDENT_STATUSES), z.int()),
        by_party: z.record(z.string(), z.int()).meta({ description: 'By attributed party id; `none` when not attributed.' }),
        synthetic: z.int().meta({ description: 'How many are made only of synthetic demo reports.' }),
      }),
    ),
  })
  .meta({ id: 'IncidentAggregate', description: 'Incident counts per H3 cell; sensitive locations are counted where the reader is shown them.' });

export const incidentResponse = z
  .object({
    id: z.string(),
    family: z.enum(KIND_FAMILY_NAMES as [string, ...string[]]),
    kind: z.enum(REPORT_KINDS),
    status: z.enum(INCIDENT_STATUSES),
    published: z.boolean(),
    point: z.object({ latitude: z.number(), longitude: z.number() }),
    location_sensitive: z.boolean(),
    location_rounded: z.boolean(),
    first_observed_at: z.string(),
    last_observed_at: z.string(),
    report_count: z.int(),
    corroboration: z.int().meta({ description: 'The number of distinct source affiliations (a party, or independent).' }),
    affiliations: z.array(z.string()),
    agreement_id: z.string().nullable(),
    attributed_party_id: z.string().nullable(),
    attribution_confidence: z.enum(ATTRIBUTION_CONFIDENCES).nullable(),
    merged_into: z.string().nullable(),
    synthetic: z.boolean().meta({ description: 'Made only of synthetic demo reports: never a real event.' }),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Incident' });

export const decisionResponse = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    outcome: z.enum(DECISION_OUTCOMES),
    status: z.enum(DECISION_STATUSES),
    rationale: z.string(),
    checks: z.array(z.object({ check: z.enum(CHECK_KINDS), result: z.enum(CHECK_RESULTS), notes: z.string().nullish() })),
    credibility: z.int(),
    attribution: z.object({ party_id: z.string().nullable(), not_attributable: z.boolean(), confidence: z.enum(ATTRIBUTION_CONFIDENCES).nullable() }),
    terms_breached: z.array(z.string()),
    proposed_by: z.string().meta({ description: 'The proposer: an account to the mission, a pseudonym for this decision (as its log entries name it) to everyone else.' }),
    approvals: z.array(z.object({ verifier: z.string(), at: z.string() })),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Decision' });

const controlState = z.object({ status: z.enum(CONTROL_STATUSES), controlled_by: z.string().nullable() });

export const territorialChangeResponse = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    agreement_id: z.string(),
    term_id: z.string().nullable().meta({ description: "The agreement's cessation-of-hostilities term." }),
    claim_id: z.string().meta({ description: 'The assessed control claim that showed the change.' }),
    baseline_id: z.string(),
    place_name: z.string(),
    geonames_id: z.number().nullable(),
    area_id: z.string().nullable(),
    area_km2: z.number().nullable().meta({ description: 'The size of the area, when the change is about an area.' }),
    from: controlState.meta({ description: "Control in the agreement's baseline." }),
    to: controlState.meta({ description: 'Control as assessed.' }),
    place_key: z.string(),
    recorded_by: z.string().meta({ description: 'Who recorded the assessment; they cannot verify the incident it opened.' }),
    created_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'TerritorialChange' });

export const incidentDetailResponse = incidentResponse
  .extend({
    territorial_change: territorialChangeResponse.nullable(),
    reports: z.array(reportResponse),
    evidence: z.array(evidenceResponse),
    decisions: z.array(decisionResponse),
    disputes: z.array(disputeResponse),
    log_indexes: z.array(z.int()).meta({ description: 'Every log entry about the incident, oldest first.' }),
  })
  .meta({ id: 'IncidentDetail' });

export const mergeBody = z.strictObject({ incident_ids: z.array(recordId).min(1).max(100) });
export const splitBody = z.strictObject({ report_ids: z.array(recordId).min(1).max(10_000) });

export const decisionBody = z.strictObject({
  outcome: z.enum(DECISION_OUTCOMES),
  rationale: z.string().trim().min(1).max(20_000),
  checks: z
    .array(z.strictObject({ check: z.enum(CHECK_KINDS), result: z.enum(CHECK_RESULTS), notes: z.string().trim().max(8000).nullable().optional() }))
    .max(20)
    .meta({ description: 'Source analysis, technical analysis, and content analysis (geolocation, chronolocation).' }),
  credibility: z.int({ message: 'must be a whole number 1–6' }).min(1, 'must be 1–6').max(6, 'must be 1–6'),
  attribution: z
    .strictObject({ party_id: recordId.nullable().meta({ description: 'null: not_attributable' }), confidence: z.enum(ATTRIBUTION_CONFIDENCES) })
    .nullable()
    .optional(),
  terms_breached: z.array(recordId).max(50).optional(),
});

export const decisionParams = z.strictObject({ id: recordId, decisionId: recordId });
