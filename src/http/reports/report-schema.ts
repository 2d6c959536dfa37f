import { z } from 'zod';
import { REPORT_KINDS, REPORT_SUBTYPES, KIND_FAMILY_NAMES } from '../../domain/monitoring/report-taxonomy.js';
import { CHANNELS, CREDIBILITY_MAX, CREDIBILITY_MIN, GEO_PRECISIONS, MAX_REPORT_BATCH, RELIABILITY_GRADES, TIME_PRECISIONS } from '../../domain/monitoring/report-types.js';
import { EVIDENCE_RELEASES } from '../../domain/policy/disclosure/evidence-policy.js';
import { disclosure, isoDateTime, logIndex, recordId } from '../common/common-schemas.js';

const latitude = z.number({ message: 'must be a number' }).min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90');
const longitude = z.number({ message: 'must be a number' }).min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180');
const tally = z.int({ message: 'must be a whole number' }).min(0, 'must be zero or more').nullable().optional();
const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const reportBody = z
  .strictObject({
    kind: z.enum(REPORT_KINDS),
    subtype: z.enum(REPORT_SUBTYPES).nullable().optional().meta({ description: 'explosion: impact, airburst, outgoing, undetermined; access_restriction: denial, delay, threat, fire_at_monitors, jamming.' }),
    observed_at: z.strictObject({ start: isoDateTime, end: isoDateTime.nullable().optional() }).meta({ description: 'When it was observed: a start and, for a span, an end.' }),
    time_precision: z.enum(TIME_PRECISIONS).optional(),
    point: z.strictObject({ latitude, longitude }).nullable().optional(),
    place: z
      .strictObject({
        name: z.string().trim().min(1).max(200).nullable().optional(),
        country: z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 alpha-2 code').nullable().optional(),
        geonames_id: z.int().positive().nullable().optional(),
      })
      .nullable()
      .optional()
      .meta({ description: 'A gazetteer place instead of (or beside) the point; an ambiguous name is refused with its candidates.' }),
    geo_precision: z.enum(GEO_PRECISIONS).optional(),
    location_sensitive: z.boolean().optional().meta({ description: 'Shown rounded to about 10 km to the public and the parties.' }),
    observer: z
      .strictObject({ latitude: latitude.nullable().optional(), longitude: longitude.nullable().optional(), bearing_deg: z.number().min(0).max(360).nullable().optional(), distance_m: z.number().min(0).nullable().optional() })
      .nullable()
      .optional(),
    count: tally,
    weapon: text(200),
    casualties: z.strictObject({ civilian_killed: tally, civilian_injured: tally, military_killed: tally, military_injured: tally }).nullable().optional(),
    narrative: text(20_000),
    witness: z.strictObject({ name: text(300), contact: text(300), notes: text(4000) }).nullable().optional().meta({ description: 'Withheld: the log keeps only a salted commitment.' }),
    source_id: recordId,
    channel: z.enum(CHANNELS),
    reliability: z.enum(RELIABILITY_GRADES, { message: 'must be an Admiralty grade A–F' }).nullable().optional(),
    credibility: z.int({ message: 'must be a whole number 1–6' }).min(CREDIBILITY_MIN, 'must be 1–6').max(CREDIBILITY_MAX, 'must be 1–6').nullable().optional(),
    agreement_id: recordId.nullable().optional().meta({ description: 'The agreement the report counts against. Left out: the one agreement (not a draft) whose window covers observed_at.start, if exactly one does. null: none.' }),
    term_ids: z.array(recordId).max(50).optional(),
  })
  .meta({ id: 'NewReport' });

export const bulkReportsBody = z.strictObject({ reports: z.array(reportBody).min(1).max(MAX_REPORT_BATCH) });

export const bulkReportsResponse = z.object({
  count: z.int(),
  items: z.array(z.object({ id: z.string(), incident_id: z.string(), log_index: logIndex })),
});

const custodyEvent = z.object({ event: z.string(), actor: z.string().optional(), at: z.string(), note: z.string().nullable().optional() }).meta({ description: 'Who held the item and their note are shown to the mission only.' });

export const evidenceResponse = z
  .object({
    id: z.string(),
    report_id: z.string(),
    sha256: z.string(),
    href: z.string(),
    media_type: z.string(),
    size: z.int(),
    original_name: z.string().nullable().optional(),
    url: z.string().nullable(),
    captured_at: z.string().nullable(),
    collector: z.string().nullable().optional(),
    submitted_by: z.string().optional(),
    public: z.boolean(),
    releasable_to_parties: z.boolean(),
    custody: z.array(custodyEvent),
    created_at: z.string(),
    updated_at: z.string(),
    log_index: logIndex,
    disclosure,
  })
  .meta({ id: 'Evidence' });

const count = z.int().nullable();

export const reportResponse = z
  .object({
    id: z.string(),
    incident_id: z.string().optional().meta({ description: 'Shown once the incident is visible to the reader.' }),
    kind: z.enum(REPORT_KINDS),
    family: z.enum(KIND_FAMILY_NAMES as [string, ...string[]]),
    subtype: z.string().nullable(),
    observed_at: z.object({ start: z.string(), end: z.string() }),
    time_precision: z.enum(TIME_PRECISIONS),
    point: z.object({ latitude: z.number(), longitude: z.number() }),
    location_sensitive: z.boolean(),
    location_rounded: z.boolean().meta({ description: 'True when the point shown is rounded because the location is sensitive.' }),
    geo_precision: z.enum(GEO_PRECISIONS),
    place: z.object({ geonames_id: z.int(), name: z.string() }).nullable(),
    observer: z.object({ latitude: z.number().nullable(), longitude: z.number().nullable(), bearing_deg: z.number().nullable(), distance_m: z.number().nullable() }).nullable().optional(),
    count,
    weapon: z.string().nullable(),
    casualties: z.object({ civilian_killed: count, civilian_injured: count, military_killed: count, military_injured: count }),
    narrative: z.string().nullable(),
    witness: z.object({ name: z.string().nullish(), contact: z.string().nullish(), notes: z.string().nullish() }).nullable().optional(),
    source_id: z.string(),
    source_affiliation: z.string().nullable(),
    channel: z.enum(CHANNELS),
    reliability: z.enum(RELIABILITY_GRADES),
    credibility: z.int(),
    agreement_id: z.string().nullable(),
    term_ids: z.array(z.string()),
    submitted_by: z.string().optional(),
    filed_by_party_id: z.string().nullable(),
    synthetic: z.boolean().meta({ description: 'Synthetic demo data, never a real event.' }),
    created_at: z.string(),
    log_index: logIndex,
    disclosure,
    evidence: z.array(evidenceResponse).optional(),
  })
  .meta({ id: 'Report' });

export const evidenceParams = z.strictObject({ id: recordId, evidenceId: recordId });
export const releaseBody = z
  .strictObject({ release: z.enum(EVIDENCE_RELEASES).meta({ description: 'internal: the mission only; parties: also the parties the finding concerns; public: everyone once the incident is published.' }) })
  .meta({ id: 'EvidenceRelease' });
export const custodyBody = z.strictObject({ event: z.enum(['transferred', 'analysed', 'exported']), note: z.string().trim().max(4000).nullable().optional() });
export const sha256Params = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256') });
