import { InvalidInputError } from '../../domain/domain-error.js';
import type { AcledActor, AcledEvent } from '../../domain/interop/read-acled-row.js';
import type { UcdpEvent } from '../../domain/interop/read-ucdp-row.js';
import { checkReport } from '../../domain/monitoring/check-report.js';
import type { ReportInput } from '../reports/report-input.js';

/** A report as an event dataset gives it: the source and channel are the import's, not the row's. */
export type DatasetReport = Omit<ReportInput, 'source_id' | 'channel'>;

/** One data row of a dataset, read: the report it becomes, or why it cannot become one. */
export type DatasetRow = { line: number; external_id: string; report: DatasetReport } | { line: number; reason: string };

/** The longest narrative a report takes through the API; the import keeps to it. */
const NARRATIVE_MAX = 20_000;

const UCDP_VIOLENCE: Record<UcdpEvent['type_of_violence'], string> = { 1: 'state-based conflict', 2: 'non-state conflict', 3: 'one-sided violence' };

/**
 * An ACLED event as a report. The report has no field yet for the external id, the actors, a toll
 * of unknown status, the sources, tags or the original type, so they are written into the
 * narrative, the external id on its first line, before ACLED's notes; nothing of the row is lost.
 * An event whose type has no Truce kind (protests, riots, arrests, agreements) is refused.
 */
export function acledReport(event: AcledEvent, now: string): DatasetRow {
  const type = [event.original_type.disorder_type, event.original_type.event_type, event.original_type.sub_event_type].filter(Boolean).join(' / ');
  if (event.kind === null) return { line: event.line, reason: `ACLED's type ${type} has no Truce kind` };
  const lines = [
    `${event.external_id}: ${type}`,
    `Actors: ${event.actors.map(actorText).join('; ')}`,
    `Fatalities: ${event.fatalities}, civilian or military not stated`,
    event.civilian_targeting ? 'Civilian targeting' : null,
    event.location ? `Location: ${event.location}` : null,
    event.sources.length ? `Sources: ${event.sources.join('; ')}` : null,
    event.tags.length ? `Tags: ${event.tags.join('; ')}` : null,
    event.updated_at ? `Updated by ACLED: ${event.updated_at}` : null,
  ];
  const report: DatasetReport = {
    kind: event.kind,
    observed_at: wholeDays(`${event.date}T00:00:00.000Z`, `${event.date}T23:59:59.999Z`, now),
    time_precision: event.time_precision,
    point: { latitude: event.latitude, longitude: event.longitude },
    geo_precision: event.geo_precision,
    narrative: narrative(lines, event.notes),
  };
  return checked(event.line, event.external_id, report, now);
}

/**
 * A UCDP GED event as a report: civilian deaths, where GED counts them, as civilians killed; the
 * sides, the three estimates and the other tallies in the narrative, the external id first. Only
 * one-sided violence has a Truce kind; state-based and non-state conflict are refused.
 */
export function ucdpReport(event: UcdpEvent, now: string): DatasetRow {
  const violence = UCDP_VIOLENCE[event.type_of_violence];
  if (event.kind === null) return { line: event.line, reason: `UCDP's type_of_violence ${event.type_of_violence} (${violence}) has no Truce kind` };
  const d = event.deaths;
  const tallies = [d.side_a === null ? null : `side A ${d.side_a}`, d.side_b === null ? null : `side B ${d.side_b}`, d.civilians === null ? null : `civilians ${d.civilians}`, d.unknown === null ? null : `unknown ${d.unknown}`].filter(Boolean);
  const lines = [
    `${event.external_id}: ${violence}`,
    `Side A: ${event.side_a.join('; ')}`,
    `Side B: ${event.side_b.join('; ')}`,
    `Deaths: best ${d.best}, low ${d.low}, high ${d.high}${tallies.length ? ` (${tallies.join(', ')})` : ''}`,
    event.place ? `Location: ${event.place}` : null,
    event.sources.length ? `Sources: ${event.sources.join('; ')}` : null,
  ];
  const report: DatasetReport = {
    kind: event.kind,
    observed_at: wholeDays(event.start, event.end, now),
    time_precision: event.time_precision,
    point: { latitude: event.latitude, longitude: event.longitude },
    geo_precision: event.geo_precision,
    casualties: d.civilians === null ? null : { civilian_killed: d.civilians },
    narrative: narrative(lines, null),
  };
  return checked(event.line, event.external_id, report, now);
}

function actorText(actor: AcledActor): string {
  const type = actor.type ? ` (${actor.type})` : '';
  return `${actor.name}${type}${actor.associates.length ? `, with ${actor.associates.join(', ')}` : ''}`;
}

/** A dataset gives days; a day that is today ends now, since no observation ends in the future. */
function wholeDays(start: string, end: string, now: string): { start: string; end: string } {
  return { start, end: end > now && start <= now ? now : end };
}

function narrative(lines: (string | null)[], notes: string | null): string {
  const text = [lines.filter((l): l is string => l !== null).join('\n'), notes].filter(Boolean).join('\n\n');
  return text.length > NARRATIVE_MAX ? `${text.slice(0, NARRATIVE_MAX - 1)}…` : text;
}

/** The rules every report meets, checked row by row, so that one bad row never fails its batch. */
function checked(line: number, external_id: string, report: DatasetReport, now: string): DatasetRow {
  try {
    checkReport(
      { kind: report.kind, observed_from: report.observed_at.start, observed_to: report.observed_at.end, latitude: report.point?.latitude, longitude: report.point?.longitude, casualties: report.casualties },
      now,
    );
  } catch (error) {
    if (error instanceof InvalidInputError) return { line, reason: error.message };
    throw error;
  }
  return { line, external_id, report };
}
