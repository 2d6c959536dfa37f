import type { ReportKind } from '../../domain/monitoring/report-taxonomy.js';
import type { Casualties, Channel, GeoPrecision, Reliability, TimePrecision, Witness } from '../../domain/monitoring/report-types.js';

/** One report as a client submits it: a point, or a place from the gazetteer, or both. */
export interface ReportInput {
  id?: string;
  kind: ReportKind;
  subtype?: string | null;
  observed_at: { start: string; end?: string | null };
  time_precision?: TimePrecision;
  point?: { latitude: number; longitude: number } | null;
  /** A gazetteer place by name (case and accents ignored, `country` narrows it) or by GeoNames id. */
  place?: { name?: string | null; country?: string | null; geonames_id?: number | null } | null;
  geo_precision?: GeoPrecision;
  location_sensitive?: boolean;
  observer?: { latitude?: number | null; longitude?: number | null; bearing_deg?: number | null; distance_m?: number | null } | null;
  count?: number | null;
  weapon?: string | null;
  casualties?: Partial<Casualties> | null;
  narrative?: string | null;
  witness?: Witness | null;
  source_id: string;
  channel: Channel;
  reliability?: Reliability | null;
  credibility?: number | null;
  /** Left out: the one agreement whose window covers observed_at.start, if exactly one does; null: none. */
  agreement_id?: string | null;
  term_ids?: string[];
  synthetic?: boolean;
}
