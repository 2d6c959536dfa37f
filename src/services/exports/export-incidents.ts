import type { Actor } from '../../domain/actor.js';
import { acledFields, acledRow, ACLED_COLUMNS } from '../../domain/interop/acled-row.js';
import { csvLine } from '../../domain/interop/csv-line.js';
import { incidentFeature, JSON_FG_CORE } from '../../domain/interop/geojson-feature.js';
import type { ShownIncident, ShownReport } from '../../domain/interop/shown-records.js';
import { discloseRecord, type DisclosedRecord } from '../../domain/policy/disclose-record.js';
import type { IncidentFilters } from '../incidents/visible-incidents.js';
import type { UseCaseRunner } from '../use-case-runner.js';
import { getExportNames } from './export-names.js';
import { getIncidentExportPage } from './get-incident-export-page.js';

/** Incidents read per page while exporting: the export holds one page in memory at a time. */
export const EXPORT_PAGE_SIZE = 500;

type ShownPair = { incident: ShownIncident & DisclosedRecord; reports: (ShownReport & DisclosedRecord)[] };

/**
 * Every incident the reader may see that matches the filters, newest first, page by page, each
 * with the reports of it the reader may see: all as the disclosure policy shows them to this reader.
 */
async function* shownIncidents(runner: UseCaseRunner, actor: Actor, filters: IncidentFilters): AsyncGenerator<ShownPair> {
  let cursor: string | undefined;
  do {
    const page = await runner.read(actor, getIncidentExportPage, { ...filters, limit: EXPORT_PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    for (const { incident, reports } of page.items) {
      const shown = discloseRecord('incident', incident, undefined, actor);
      if (!shown) continue;
      const shownReports = reports.flatMap((r) => discloseRecord('report', r, { incident }, actor) ?? []);
      yield { incident: shown as ShownIncident & DisclosedRecord, reports: shownReports as (ShownReport & DisclosedRecord)[] };
    }
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
}

/** The incidents as CSV with ACLED's column names (docs/interop.md), one line at a time: the header first. */
export async function* exportIncidentsAcledCsv(runner: UseCaseRunner, actor: Actor, filters: IncidentFilters = {}): AsyncGenerator<string> {
  const names = await runner.read(actor, getExportNames, undefined);
  yield csvLine(ACLED_COLUMNS);
  for await (const { incident, reports } of shownIncidents(runner, actor, filters)) yield csvLine(acledFields(acledRow(incident, reports, names)));
}

/** The incidents as one RFC 7946 FeatureCollection with JSON-FG times, written a feature at a time. */
export async function* exportIncidentsGeoJson(runner: UseCaseRunner, actor: Actor, filters: IncidentFilters = {}): AsyncGenerator<string> {
  yield `{"type":"FeatureCollection","conformsTo":${JSON.stringify([JSON_FG_CORE])},"features":[`;
  let first = true;
  for await (const { incident } of shownIncidents(runner, actor, filters)) {
    yield `${first ? '' : ','}\n${JSON.stringify(incidentFeature(incident))}`;
    first = false;
  }
  yield '\n]}\n';
}
