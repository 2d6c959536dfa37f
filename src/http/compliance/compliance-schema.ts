import { z } from 'zod';
import { isoDate, recordId } from '../common/common-schemas.js';

export const COMPLIANCE_GROUPS = ['day', 'week', 'window'] as const;

export const complianceQuery = z.strictObject({
  from: isoDate.optional().meta({ description: 'First UTC day (inclusive); defaults to the day of effective_at, or of the proposal (else creation) for an agreement not yet in force.' }),
  to: isoDate.optional().meta({ description: 'Last UTC day (inclusive); defaults to the day of expires_at (or the proposal plus duration_days), or today if earlier.' }),
  group: z.enum(COMPLIANCE_GROUPS).default('window').meta({ description: 'One period per UTC day, per 7 days from `from`, or the whole range.' }),
});

export const complianceParams = z.strictObject({ id: recordId });

/** One count with its context: the period before (same length), the change, and the total since effective_at up to the period's end. */
export const figure = z
  .object({
    value: z.number(),
    previous: z.number().meta({ description: 'The same figure over the period of the same length just before.' }),
    change: z.number().meta({ description: 'value − previous.' }),
    cumulative: z.number().meta({ description: 'Since effective_at, up to the end of this period.' }),
  })
  .meta({ id: 'ComplianceFigure' });

const byKind = figure.extend({ kind: z.string(), subtype: z.string().nullable().meta({ description: 'OSCE SMM sub-type, e.g. impact, airburst.' }) });
const byRegion = figure.extend({
  region: z.string().meta({ description: 'The country and GeoNames admin1 code of the gazetteer place nearest the incident (within about two H3 resolution-5 cells), e.g. RU.41.' }),
  region_name: z.string().meta({ description: 'Named after the region’s largest place when first seen, e.g. "Kursk region (RU)".' }),
});
const byTerm = figure.extend({ term_id: z.string(), term_code: z.string().nullable() });
const countOf = z.object({ value: z.string(), count: z.number() });
const notInForce = figure.meta({ description: 'Incidents found as a violation would be, but that happened while the agreement was not in force (still proposed, or ended): counted apart, never as violations.' });

export const partyFigures = z
  .object({
    party_id: z.string(),
    party_name: z.string(),
    violations: figure.meta({ description: 'Verified, disputed or upheld incidents attributed to the party that happened while the agreement was in force; overturned ones are not counted.' }),
    violations_disputed: figure.meta({ description: 'Of the violations, those disputed and awaiting the mediator’s ruling.' }),
    incidents_not_in_force: notInForce,
    by_kind: z.array(byKind),
    by_region: z.array(byRegion),
    by_term: z.array(byTerm),
    access_restrictions: figure.meta({ description: 'Verified access restrictions against monitors attributed to the party.' }),
    allegations_received: figure.meta({ description: 'Incidents with an allegation filed by this party.' }),
    allegations_investigated: figure,
    allegations_substantiated: figure,
  })
  .meta({ id: 'CompliancePartyFigures' });

export const compliancePeriod = z
  .object({
    start: z.string().meta({ description: 'First UTC day, inclusive.' }),
    end: z.string().meta({ description: 'Last UTC day, inclusive.' }),
    violations: figure.meta({ description: 'Verified, disputed or upheld incidents attributed to a party that happened while the agreement was in force.' }),
    violations_disputed: figure.meta({ description: 'Of the violations, those disputed and awaiting the mediator’s ruling.' }),
    incidents_not_in_force: notInForce,
    by_region: z.array(byRegion),
    parties: z.array(partyFigures),
    casework: z.object({
      allegations_received: figure,
      allegations_investigated: figure,
      allegations_substantiated: figure,
      decisions: z.number(),
      median_hours_to_decision: z.number().nullable().meta({ description: 'From the incident first being recorded to its adopted decision; times are counted in whole hours below 48 hours, then in whole days.' }),
      disputes: z.object({ filed: z.number(), pending: z.number(), upheld: z.number(), overturned: z.number() }),
    }),
    monitoring: z.object({
      access_restrictions: figure.meta({ description: 'Access restrictions against monitors reported (not refuted or overturned), attributed or not.' }),
      civilian_killed: figure.meta({ description: 'Corroborated (two or more independent affiliations, or verified) civilian casualties.' }),
      civilian_injured: figure,
      casualty_incidents: figure,
    }),
    control: z.object({
      territorial_changes: figure.meta({ description: 'territorial_change incidents (not refuted or overturned).' }),
      places_changed: z.number().meta({ description: 'Places whose assessed control changed in the period.' }),
      area_km2_changed: z.number().meta({ description: 'Area (km²) of named areas whose assessed control changed in the period.' }),
    }),
    data_quality: z.object({
      time_precision: z.array(countOf),
      geo_precision: z.array(countOf),
      reliability: z.array(countOf).meta({ description: 'Admiralty source reliability A–F of the reports behind the counted incidents.' }),
    }),
  })
  .meta({ id: 'CompliancePeriod' });

export const complianceResponse = z
  .object({
    agreement_id: z.string(),
    effective_at: z.string().nullable(),
    expires_at: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    group: z.enum(COMPLIANCE_GROUPS),
    periods: z.array(compliancePeriod),
    synthetic_data: z.boolean().meta({ description: 'Some counted incidents are synthetic demo data, never real events.' }),
    checkpoint: z
      .object({ origin: z.string(), size: z.number(), root: z.string() })
      .nullable()
      .meta({ description: 'The log checkpoint current when the figures were computed, read in the same transaction.' }),
    computed_at: z.string(),
  })
  .meta({ id: 'ComplianceFigures' });

export type ComplianceResponse = z.infer<typeof complianceResponse>;
