/**
 * Records as the disclosure policy showed them to one reader: every field but the id may be
 * missing, because the reader may not see the group it belongs to. Mappings for export read
 * only these, never the stored record, so an export cannot hold more than the answer would.
 */
export interface ShownIncident {
  id: string;
  log_index: number;
  kind?: string;
  status?: string;
  point?: { latitude: number; longitude: number };
  location_rounded?: boolean;
  first_observed_at?: string;
  last_observed_at?: string;
  report_count?: number;
  corroboration?: number;
  attributed_party_id?: string | null;
  synthetic?: boolean;
  updated_at?: string;
}

export interface ShownReport {
  id: string;
  source_id?: string;
  time_precision?: string;
  geo_precision?: string;
  place?: { geonames_id: number; name: string } | null;
  narrative?: string | null;
  casualties?: { civilian_killed: number | null; military_killed: number | null } | null;
}
