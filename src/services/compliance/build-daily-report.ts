import { VIOLATION_STATUSES } from '../../domain/compliance/incident-contribution.js';
import type { Transaction } from 'kysely';
import type { ComplianceFigures } from '../../domain/compliance/compliance-figures.js';
import { addDays, agreementDays, daysBetween, dayOf } from '../../domain/compliance/compliance-periods.js';
import { wasInForce } from '../../domain/compliance/in-force-span.js';
import type { DailyReport, ReportedIncident } from '../../domain/compliance/daily-report.js';
import { PUBLIC_ACTOR } from '../../domain/actor.js';
import { NotFoundError } from '../../domain/domain-error.js';
import { discloseRecord } from '../../domain/policy/disclose-record.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { Database } from '../../store/database-schema.js';
import { findAgreement, findPartiesByIds } from '../../store/queries/agreement-queries.js';
import type { ReadContext } from '../use-case-context.js';
import { controlChanges } from './control-changes.js';
import { getCompliance } from './get-compliance.js';
import { inSnapshot } from './in-snapshot.js';
import { incidentRegions, regionNames } from './incident-regions.js';
import type { Language } from '../../domain/languages.js';
import { translationKey } from '../../domain/translations/translation.js';
import { getTranslations } from '../translations/get-translations.js';
import { inForceSpans } from './in-force-spans.js';

/** The detail lists are a day's published incidents; more than this is cut, with the figures still whole. */
const DETAIL_LIMIT = 500;
/** The chart covers the agreement's window, at most this many days of it (an extended agreement's last ones). */
const CHART_DAYS = 90;

/**
 * The daily report of an agreement for one UTC day, in the OSCE SMM order, as data: the
 * renderers (HTML, Markdown, PDF) take it and nothing else. Figures come from the rollups;
 * the detail lists only violations (verified, disputed or upheld), as the public may see them.
 */
export async function buildDailyReport(ctx: ReadContext, input: { agreement_id: string; date: string; lang?: Language }): Promise<DailyReport> {
  return inSnapshot(ctx.db, async (tx) => {
    const inner = { ...ctx, db: tx };
    const agreement = await findAgreement(tx, input.agreement_id);
    if (!agreement) throw new NotFoundError('agreement', input.agreement_id);
    const day = await getCompliance(inner, { agreement_id: agreement.id, from: input.date, to: input.date, group: 'day' });
    const whole = agreementDays(agreement);
    const chart = { from: daysBetween(whole.start, whole.end) >= CHART_DAYS ? addDays(whole.end, -(CHART_DAYS - 1)) : whole.start, to: whole.end };
    // Days after the report's own are left out, so that a report for a past day reads the same whenever it is rendered.
    const countedTo = input.date < chart.to ? input.date : chart.to;
    const window = countedTo >= chart.from ? await getCompliance(inner, { agreement_id: agreement.id, from: chart.from, to: countedTo, group: 'day' }) : null;
    const parties = await findPartiesByIds(tx, agreement.party_ids);
    // Names and the title in the reader's language where translated; the rest are figures and the renderer's words.
    const texts = new Map((await getTranslations(inner, { lang: input.lang ?? 'en' })).map((t) => [translationKey(t.record_kind, t.record_id, t.field, t.part), t.text]));
    const name = (id: string | null) => {
      const party = parties.find((p) => p.id === id);
      return party ? (texts.get(translationKey('party', party.id, 'name')) ?? party.name) : (id ?? '');
    };
    const period = day.periods[0]!;

    const { listed: incidents, omitted } = await publishedIncidents(tx, agreement.id, input.date);
    const changes = (await controlChanges(tx, input.date)).filter((c) => c.day === input.date);
    const dayNumber = agreement.effective_at ? daysBetween(dayOf(agreement.effective_at), input.date) + 1 : null;
    return {
      agreement: {
        id: agreement.id,
        title: texts.get(translationKey('agreement', agreement.id, 'title')) ?? agreement.title,
        status: agreement.status,
        effective_at: agreement.effective_at,
        expires_at: agreement.expires_at,
        day: dayNumber !== null && dayNumber >= 1 ? dayNumber : null,
        of: agreement.duration_days,
      },
      date: input.date,
      generated_at: ctx.now,
      parties: agreement.party_ids.map((id) => ({ id, name: name(id) })),
      regions: period.by_region.map((r) => ({
        region: r.region_name,
        violations: r.value,
        previous_day: r.previous,
        by_party: period.parties.map((p) => ({ party_id: p.party_id, count: p.by_region.find((b) => b.region === r.region)?.value ?? 0 })).filter((b) => b.count > 0),
      })),
      incidents: incidents.filter((i) => i.kind !== 'access_restriction'),
      access_restrictions: incidents.filter((i) => i.kind === 'access_restriction'),
      incidents_omitted: omitted,
      civilian_casualties: {
        killed: period.monitoring.civilian_killed.value,
        injured: period.monitoring.civilian_injured.value,
        incidents: period.monitoring.casualty_incidents.value,
        previous_day: { killed: period.monitoring.civilian_killed.previous, injured: period.monitoring.civilian_injured.previous },
      },
      control_changes: changes.map((c) => ({ place_name: c.place_name, from: name(c.from), to: name(c.to), as_of: c.as_of, area_km2: c.area_km2, basis: 'assessed' as const })),
      annex: period.parties.flatMap((p) =>
        p.by_kind.map((k) => ({ party_id: p.party_id, kind: k.kind, subtype: k.subtype, today: k.value, cumulative: k.cumulative })),
      ),
      chart,
      series: window ? chartSeries(window) : [],
      checkpoint: day.checkpoint,
      synthetic_data: day.synthetic_data || incidents.some((i) => i.synthetic),
    };
  });
}

function chartSeries(figures: ComplianceFigures): DailyReport['series'] {
  return figures.periods.flatMap((p) => p.parties.filter((party) => party.violations.value > 0).map((party) => ({ date: p.start, party_id: party.party_id, count: party.violations.value })));
}

/** What the public reads of a report, as far as the daily report needs it. */
interface PublicReport {
  place?: { name: string } | null;
  subtype?: string | null;
  casualties?: { civilian_killed: number | null; civilian_injured: number | null };
}

/**
 * The day's violations of the agreement (verified, disputed or upheld, while it was in force), with the public location, their place, region and
 * breached terms: the first DETAIL_LIMIT of them, and how many more there are, which the report says.
 */
async function publishedIncidents(tx: Transaction<Database>, agreementId: string, date: string): Promise<{ listed: ReportedIncident[]; omitted: number }> {
  const candidates = await tx
    .selectFrom('incidents')
    .select(['id', 'first_observed_at'])
    .where('first_observed_at', '>=', `${date}T00:00:00.000Z`)
    .where('first_observed_at', '<', `${addDays(date, 1)}T00:00:00.000Z`)
    .where('agreement_id', '=', agreementId)
    .where('status', 'in', [...VIOLATION_STATUSES])
    .where('merged_into', 'is', null)
    .orderBy('first_observed_at')
    .orderBy('id')
    .execute();
  // A finding about a day the agreement was not in force is no violation of it.
  const span = (await inForceSpans(tx, [agreementId])).get(agreementId) ?? null;
  const violations = candidates.filter((r) => wasInForce(span, r.first_observed_at));
  const chosen = violations.slice(0, DETAIL_LIMIT).map((r) => r.id);
  if (chosen.length === 0) return { listed: [], omitted: 0 };
  const rows = await tx.selectFrom('incidents').selectAll().where('id', 'in', chosen).orderBy('first_observed_at').orderBy('id').execute();
  const ids = chosen;
  // The report is public: each report says only what the disclosure policy shows the public of it (no place of a sensitive one).
  const incidentsById = new Map(rows.map((r) => [r.id, recordFromRow('incident', r)]));
  const reportRows = await tx.selectFrom('reports').selectAll().where('incident_id', 'in', ids).orderBy('observed_from').orderBy('id').execute();
  const reports = reportRows.flatMap((row) => {
    const report = recordFromRow('report', row);
    const incident = report.incident_id ? incidentsById.get(report.incident_id) : undefined;
    const shown = incident ? (discloseRecord('report', report, { incident }, PUBLIC_ACTOR) as PublicReport | null) : null;
    return shown ? [{ incident_id: report.incident_id, place_name: shown.place?.name ?? null, subtype: shown.subtype ?? null, civilian_killed: shown.casualties?.civilian_killed ?? null, civilian_injured: shown.casualties?.civilian_injured ?? null }] : [];
  });
  const decisions = await tx.selectFrom('decisions').select(['incident_id', 'terms_breached']).where('incident_id', 'in', ids).where('status', '=', 'adopted').orderBy('updated_at').execute();
  const contributions = await tx.selectFrom('compliance_contributions').select(['incident_id', 'region']).where('incident_id', 'in', ids).where('region', '<>', '').execute();
  const regionOf = new Map(contributions.map((c) => [c.incident_id, c.region]));
  // An incident counted in no regional figure (not attributable, say) has its region looked up here.
  const missing = new Map(rows.filter((r) => !regionOf.has(r.id)).map((r) => [r.id, { latitude: r.exact_latitude, longitude: r.exact_longitude }]));
  if (missing.size > 0) for (const [id, region] of await incidentRegions(tx, missing)) regionOf.set(id, region);
  const names = await regionNames(tx, regionOf.values());
  const termIds = [...new Set(decisions.flatMap((d) => JSON.parse(d.terms_breached) as string[]))];
  const terms = termIds.length > 0 ? await tx.selectFrom('terms').select(['id', 'code']).where('id', 'in', termIds).execute() : [];
  const termsOf = new Map(decisions.map((d) => [d.incident_id, (JSON.parse(d.terms_breached) as string[]).map((id) => terms.find((t) => t.id === id)?.code ?? id)]));
  const listed = rows.map((r) => {
    const own = reports.filter((x) => x.incident_id === r.id);
    return {
      id: r.id,
      kind: r.kind,
      subtype: own.find((x) => x.subtype)?.subtype ?? null,
      first_observed_at: r.first_observed_at,
      place_name: own.find((x) => x.place_name)?.place_name ?? null,
      region: names.get(regionOf.get(r.id) ?? '') ?? '',
      latitude: r.latitude,
      longitude: r.longitude,
      attributed_party_id: r.attributed_party_id,
      attribution_confidence: r.attribution_confidence,
      corroboration: r.corroboration,
      disputed: r.status === 'disputed',
      terms: termsOf.get(r.id) ?? [],
      civilian_killed: Math.max(0, ...own.map((x) => x.civilian_killed ?? 0)),
      civilian_injured: Math.max(0, ...own.map((x) => x.civilian_injured ?? 0)),
      synthetic: Boolean(r.synthetic),
      log_index: Number(r.log_index),
    };
  });
  return { listed, omitted: violations.length - chosen.length };
}
