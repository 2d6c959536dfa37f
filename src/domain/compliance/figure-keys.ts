import type { Contribution } from './incident-contribution.js';
import type { Period } from './compliance-periods.js';

/** A rollup row without its agreement: the day and the key it sums into. */
export type RollupRow = Omit<Contribution, 'agreement_id' | 'measure'> & { measure: string };

/** Where the figures read their sums: per figure key and range of days. */
export interface FigureSource {
  sum(key: string, range: Period): number;
  /** The keys that start with a prefix, for listing the kinds, regions or terms present. */
  keys(prefix: string): string[];
}

export const SEP = '\u0000';
export const k = (...parts: string[]) => parts.join(SEP);

/** The series keys a rollup row adds to: totals end in '*', per-party keys name the party. */
export function figureKeys(r: RollupRow): string[] {
  switch (r.measure) {
    case 'violation':
      return ['v*', k('v', r.party_id), k('vk', r.party_id, r.kind, r.subtype), k('vr', r.party_id, r.region), k('vr*', r.region)];
    case 'violation_disputed':
      return ['vd*', k('vd', r.party_id)];
    case 'violation_term':
      return [k('vt', r.party_id, r.term_id)];
    case 'incident_not_in_force':
      return ['nif*', k('nif', r.party_id)];
    case 'access_restriction':
      return r.party_id ? ['access_restriction*', k('access_restriction', r.party_id)] : ['access_restriction*'];
    case 'allegation_received':
    case 'allegation_investigated':
    case 'allegation_substantiated':
      // The '' party row is the total, counting an incident once however many parties alleged it.
      return [k(r.measure, r.party_id)];
    case 'civilian_killed':
    case 'civilian_injured':
    case 'casualty_incident':
    case 'territorial_change':
      return [`${r.measure}*`];
    case 'decision':
    case 'dispute':
    case 'quality_time':
    case 'quality_geo':
    case 'quality_reliability':
      return [k(r.measure, r.subtype)];
    case 'synthetic':
      return ['synthetic*'];
    default:
      return [];
  }
}

