import { wasInForce, type InForceSpan } from './in-force-span.js';

/** The measures an incident contributes to; each is counted per agreement, UTC day and key. */
export const MEASURES = [
  'violation',
  'violation_disputed',
  'violation_term',
  'incident_not_in_force',
  'access_restriction',
  'allegation_received',
  'allegation_investigated',
  'allegation_substantiated',
  'civilian_killed',
  'civilian_injured',
  'casualty_incident',
  'territorial_change',
  'decision',
  'dispute',
  'quality_time',
  'quality_geo',
  'quality_reliability',
  'synthetic',
] as const;
export type Measure = (typeof MEASURES)[number];

/** One contribution: absent dimensions are ''. */
export interface Contribution {
  agreement_id: string;
  day: string;
  measure: Measure;
  party_id: string;
  kind: string;
  subtype: string;
  region: string;
  term_id: string;
  value: number;
}

/** What the figures need to know about an incident, read from its row, its reports and its adopted decision. */
export interface IncidentFacts {
  id: string;
  kind: string;
  status: string;
  first_observed_at: string;
  agreement_id: string | null;
  /** When the incident's agreement was in force, or null if it never entered into force. */
  in_force: InForceSpan | null;
  attributed_party_id: string | null;
  merged_into: string | null;
  corroboration: number;
  synthetic: boolean;
  region: string;
  terms_breached: readonly string[];
  /** Hours from the incident being recorded to its adopted decision, or null before one. */
  decided_after_hours: number | null;
  /** The status of each dispute filed about it. */
  disputes: readonly string[];
  reports: readonly {
    subtype: string | null;
    channel: string;
    filed_by_party_id: string | null;
    time_precision: string;
    geo_precision: string;
    reliability: string;
    civilian_killed: number | null;
    civilian_injured: number | null;
  }[];
}

/**
 * A finding against a party: verified, disputed (a dispute does not suspend a finding, or the accused party
 * could suppress findings by disputing them; the figures say how many are disputed), or upheld
 * on dispute. An overturned one does not count.
 */
export const VIOLATION_STATUSES: readonly string[] = ['verified', 'disputed', 'upheld'];
/** Found not to have happened as reported: it counts for nothing but the casework. */
const DISCARDED_STATUSES: readonly string[] = ['refuted', 'overturned'];

/** The incident's sub-type: the one most of its reports give (ties to the first in order), or ''. */
export function incidentSubtype(subtypes: readonly (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const s of subtypes) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [s, n] of counts) if (n > bestCount) [best, bestCount] = [s, n];
  return best;
}

/**
 * Everything one incident adds to the compliance figures, in its current state.
 * Rollups subtract the previous contribution and add this one whenever the incident changes.
 */
export function incidentContribution(f: IncidentFacts): Contribution[] {
  if (!f.agreement_id || f.merged_into) return [];
  const base = { agreement_id: f.agreement_id, day: f.first_observed_at.slice(0, 10), party_id: '', kind: '', subtype: '', region: '', term_id: '', value: 1 };
  // Only the figures shown per region carry it: the rest stay one row per day, not one per region.
  const region = f.region;
  const out: Contribution[] = [];
  const add = (measure: Measure, key: Partial<Omit<Contribution, 'agreement_id' | 'day' | 'measure'>> = {}) => out.push({ ...base, measure, ...key });

  const finding = VIOLATION_STATUSES.includes(f.status);
  const discarded = DISCARDED_STATUSES.includes(f.status);
  const party = finding && f.attributed_party_id ? f.attributed_party_id : '';
  const subtype = incidentSubtype(f.reports.map((r) => r.subtype));

  // Nothing breaches an agreement before it is in force: a finding then is counted apart, as what it is.
  if (party && wasInForce(f.in_force, f.first_observed_at)) {
    add('violation', { party_id: party, kind: f.kind, subtype, region });
    if (f.status === 'disputed') add('violation_disputed', { party_id: party });
    for (const term of new Set(f.terms_breached)) add('violation_term', { party_id: party, term_id: term });
  } else if (party) {
    add('incident_not_in_force', { party_id: party });
  }
  if (f.kind === 'access_restriction' && !discarded) add('access_restriction', { party_id: party, subtype, region });
  if (f.kind === 'territorial_change' && !discarded) add('territorial_change', { party_id: party, region });

  const alleging = [...new Set(f.reports.filter((r) => r.channel === 'party_allegation').map((r) => r.filed_by_party_id ?? ''))];
  if (alleging.length > 0) {
    // One row for the total ('' party) and one per alleging party, so that an incident two parties allege counts once in the total.
    const partyKeys = ['', ...alleging.filter((p) => p !== '')];
    for (const p of partyKeys) {
      add('allegation_received', { party_id: p });
      if (f.status !== 'reported') add('allegation_investigated', { party_id: p });
      if (finding) add('allegation_substantiated', { party_id: p });
    }
  }

  // Casework as histograms, so that a median and the outcomes come from the rollups too: dispute statuses, and
  // decision times in whole hours up to two days, then whole days, which bounds the rows a day can have.
  if (f.decided_after_hours !== null) add('decision', { subtype: String(decisionBucket(f.decided_after_hours)) });
  for (const status of f.disputes) add('dispute', { subtype: status });

  // Reports of one event describe the same casualties: take the highest figure, never the sum.
  const killed = Math.max(0, ...f.reports.map((r) => r.civilian_killed ?? 0));
  const injured = Math.max(0, ...f.reports.map((r) => r.civilian_injured ?? 0));
  const corroborated = !discarded && (finding || f.corroboration >= 2);
  if (corroborated && killed + injured > 0) {
    add('casualty_incident', { party_id: party, region });
    if (killed > 0) add('civilian_killed', { party_id: party, region, value: killed });
    if (injured > 0) add('civilian_injured', { party_id: party, region, value: injured });
  }

  if (!discarded) {
    for (const [measure, values] of [
      ['quality_time', f.reports.map((r) => r.time_precision)],
      ['quality_geo', f.reports.map((r) => r.geo_precision)],
      ['quality_reliability', f.reports.map((r) => r.reliability)],
    ] as const) {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      for (const [v, n] of counts) add(measure, { subtype: v, value: n });
    }
  }
  if (f.synthetic) add('synthetic');
  return out;
}

/** Hours to a decision as counted: whole hours below 48, then whole days (as hours). */
export function decisionBucket(hours: number): number {
  const h = Math.max(0, Math.floor(hours));
  return h < 48 ? h : Math.floor(h / 24) * 24;
}

/** The key of a contribution without its value, to sum contributions of the same key. */
export function contributionKey(c: Omit<Contribution, 'value'>): string {
  return [c.agreement_id, c.day, c.measure, c.party_id, c.kind, c.subtype, c.region, c.term_id].join('\u0000');
}

/** The net change to the rollups: the new contributions minus the old, summed per key, zeros dropped. */
export function contributionDelta(previous: readonly Contribution[], next: readonly Contribution[]): Contribution[] {
  const sums = new Map<string, Contribution>();
  const put = (c: Contribution, sign: number) => {
    const key = contributionKey(c);
    const found = sums.get(key);
    if (found) found.value += sign * c.value;
    else sums.set(key, { agreement_id: c.agreement_id, day: c.day, measure: c.measure, party_id: c.party_id, kind: c.kind, subtype: c.subtype, region: c.region, term_id: c.term_id, value: sign * c.value });
  };
  for (const c of previous) put(c, -1);
  for (const c of next) put(c, 1);
  return [...sums.values()].filter((c) => c.value !== 0);
}
