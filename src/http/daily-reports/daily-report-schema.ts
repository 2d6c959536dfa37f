import { z } from 'zod';
import { LANGUAGES } from '../../domain/languages.js';
import { isoDate, recordId } from '../common/common-schemas.js';

export const DAILY_REPORT_FORMATS = ['json', 'html', 'md', 'pdf'] as const;
export type DailyReportFormat = (typeof DAILY_REPORT_FORMATS)[number];

export const dailyReportParams = z.strictObject({ id: recordId });
export const dailyReportQuery = z.strictObject({
  date: isoDate.meta({ description: 'The UTC day the report covers.' }),
  format: z.enum(DAILY_REPORT_FORMATS).optional().meta({ description: 'json (default), html, md or pdf; without it, the Accept header chooses.' }),
  lang: z.enum(LANGUAGES).default('en').meta({ description: 'The language of the report: en, uk or ru. The agreement’s title and the parties’ names come in it where translated (GET /api/v1/translations); place names are printed as the gazetteer has them.' }),
});

const reportedIncident = z.object({
  id: z.string(),
  kind: z.string(),
  subtype: z.string().nullable(),
  first_observed_at: z.string(),
  place_name: z.string().nullable(),
  region: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  attributed_party_id: z.string().nullable(),
  attribution_confidence: z.string().nullable(),
  corroboration: z.number(),
  disputed: z.boolean().meta({ description: 'A party disputes the finding and the mediator has not ruled yet.' }),
  terms: z.array(z.string()),
  civilian_killed: z.number(),
  civilian_injured: z.number(),
  synthetic: z.boolean(),
  log_index: z.number(),
});

export const dailyReportResponse = z
  .object({
    agreement: z.object({
      id: z.string(),
      title: z.string(),
      status: z.string(),
      effective_at: z.string().nullable(),
      expires_at: z.string().nullable(),
      day: z.number().nullable(),
      of: z.number().nullable(),
    }),
    date: z.string(),
    generated_at: z.string(),
    parties: z.array(z.object({ id: z.string(), name: z.string() })),
    regions: z.array(z.object({ region: z.string(), violations: z.number(), previous_day: z.number(), by_party: z.array(z.object({ party_id: z.string(), count: z.number() })) })),
    incidents: z.array(reportedIncident),
    access_restrictions: z.array(reportedIncident),
    incidents_omitted: z.number().int().nonnegative().meta({ description: 'The day’s violations beyond the 500 listed, which keep the report printable; the figures count them all, and the incident export lists them.' }),
    civilian_casualties: z.object({ killed: z.number(), injured: z.number(), incidents: z.number(), previous_day: z.object({ killed: z.number(), injured: z.number() }) }),
    control_changes: z.array(z.object({ place_name: z.string(), from: z.string(), to: z.string(), as_of: z.string(), area_km2: z.number().nullable(), basis: z.literal('assessed') })),
    annex: z.array(z.object({ party_id: z.string(), kind: z.string(), subtype: z.string().nullable(), today: z.number(), cumulative: z.number() })),
    chart: z.object({ from: z.string(), to: z.string() }).meta({ description: 'The days the chart spans: the agreement\'s window, at most its last 90 days.' }),
    series: z.array(z.object({ date: z.string(), party_id: z.string(), count: z.number() })),
    checkpoint: z.object({ origin: z.string(), size: z.number(), root: z.string() }).nullable(),
    synthetic_data: z.boolean(),
  })
  .meta({ id: 'DailyReport' });
