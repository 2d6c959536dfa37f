/**
 * The daily report, in the order of the OSCE SMM daily report: a summary per
 * region, the detail of verified incidents, access restrictions, civilian
 * casualties and control changes, then an annex table. Renderers (HTML,
 * Markdown, JSON, PDF) take this and nothing else.
 */
export interface DailyReport {
  agreement: { id: string; title: string; status: string; effective_at: string | null; expires_at: string | null; day: number | null; of: number | null };
  date: string;
  generated_at: string;
  parties: { id: string; name: string }[];
  regions: RegionSummary[];
  incidents: ReportedIncident[];
  access_restrictions: ReportedIncident[];
  /** The day's violations beyond those listed, which keep the report printable; the figures count them all. */
  incidents_omitted: number;
  civilian_casualties: { killed: number; injured: number; incidents: number; previous_day: { killed: number; injured: number } };
  control_changes: ControlChange[];
  annex: AnnexRow[];
  /** The days the chart spans: the agreement's window (its last 90 days at most), whether or not they have come. */
  chart: { from: string; to: string };
  /** Verified violations per party per day of the chart up to the report's day; a day and party absent had none. */
  series: { date: string; party_id: string; count: number }[];
  checkpoint: { origin: string; size: number; root: string } | null;
  synthetic_data: boolean;
}

export interface RegionSummary {
  region: string;
  violations: number;
  previous_day: number;
  by_party: { party_id: string; count: number }[];
}

export interface ReportedIncident {
  id: string;
  kind: string;
  subtype: string | null;
  first_observed_at: string;
  place_name: string | null;
  region: string;
  latitude: number;
  longitude: number;
  attributed_party_id: string | null;
  attribution_confidence: string | null;
  corroboration: number;
  /** A party disputes it and the mediator has not ruled yet: it stays in the report, marked. */
  disputed: boolean;
  terms: string[];
  civilian_killed: number;
  civilian_injured: number;
  synthetic: boolean;
  log_index: number;
}

export interface ControlChange {
  place_name: string;
  from: string;
  to: string;
  as_of: string;
  area_km2: number | null;
  basis: 'assessed';
}

export interface AnnexRow {
  party_id: string;
  kind: string;
  subtype: string | null;
  today: number;
  cumulative: number;
}
