import type { IsoTime } from '../iso-time.js';
import type { ReportKind } from './report-taxonomy.js';

export const SOURCE_TYPES = ['monitor_team', 'party_official', 'media', 'osint', 'public', 'camera', 'uav'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** NATO Admiralty code: reliability of the source, A (reliable) to F (cannot be judged). */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

/** Admiralty credibility of the information: 1 (confirmed) to 6 (cannot be judged). */
export const CREDIBILITY_MIN = 1;
export const CREDIBILITY_MAX = 6;

export const TIME_PRECISIONS = ['exact', 'day', 'week', 'month'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** The most reports one bulk submission may carry (all or nothing). */
export const MAX_REPORT_BATCH = 10_000;

export const GEO_PRECISIONS = ['exact', 'near', 'region'] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

export const CHANNELS = ['monitor', 'party_allegation', 'public', 'media', 'osint'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A source with no party affiliation counts as one affiliation: independent. */
export const INDEPENDENT = 'independent';

export interface Source {
  id: string;
  name: string;
  type: SourceType;
  /** A party id, or null for an independent source. */
  affiliation: string | null;
  default_reliability: Reliability;
  synthetic: boolean;
  created_at: string;
  updated_at: string;
  log_index: number;
}

export interface Casualties {
  civilian_killed: number | null;
  civilian_injured: number | null;
  military_killed: number | null;
  military_injured: number | null;
}

export interface Witness {
  name?: string | null;
  contact?: string | null;
  notes?: string | null;
}

export interface Report {
  id: string;
  incident_id: string;
  kind: ReportKind;
  subtype: string | null;
  observed_from: IsoTime;
  observed_to: IsoTime;
  time_precision: TimePrecision;
  /** The point shown to readers who may not see exact sensitive locations: rounded when sensitive. */
  latitude: number;
  longitude: number;
  exact_latitude: number;
  exact_longitude: number;
  location_sensitive: boolean;
  geo_precision: GeoPrecision;
  place_id: number | null;
  place_name: string | null;
  observer_latitude: number | null;
  observer_longitude: number | null;
  bearing_deg: number | null;
  distance_m: number | null;
  count: number | null;
  weapon: string | null;
  civilian_killed: number | null;
  civilian_injured: number | null;
  military_killed: number | null;
  military_injured: number | null;
  narrative: string | null;
  witness: Witness | null;
  source_id: string;
  source_affiliation: string | null;
  channel: Channel;
  reliability: Reliability;
  credibility: number;
  agreement_id: string | null;
  term_ids: string[];
  submitted_by: string;
  filed_by_party_id: string | null;
  synthetic: boolean;
  created_at: string;
  log_index: number;
  /** The salts that open the sealed groups of the latest entry, by group. */
  salts: Record<string, string>;
}
