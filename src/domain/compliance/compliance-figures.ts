import type { Contribution } from './incident-contribution.js';
import { daysBetween, previousPeriod, type ComplianceGroup, type Period } from './compliance-periods.js';
import { DaySeries } from './day-series.js';

export interface Figure {
  value: number;
  previous: number;
  change: number;
  cumulative: number;
}

export interface PartyFigures {
  party_id: string;
  party_name: string;
  violations: Figure;
  by_kind: (Figure & { kind: string; subtype: string | null })[];
  by_region: (Figure & { region: string; region_name: string })[];
  by_term: (Figure & { term_id: string; term_code: string | null })[];
  access_restrictions: Figure;
  allegations_received: Figure;
  allegations_investigated: Figure;
  allegations_substantiated: Figure;
}

export interface CompliancePeriod extends Period {
  violations: Figure;
  by_region: (Figure & { region: string; region_name: string })[];
  parties: PartyFigures[];
  casework: {
    allegations_received: Figure;
    allegations_investigated: Figure;
    allegations_substantiated: Figure;
    decisions: number;
    median_hours_to_decision: number | null;
    disputes: { filed: number; pending: number; upheld: number; overturned: number };
  };
  monitoring: { access_restrictions: Figure; civilian_killed: Figure; civilian_injured: Figure; casualty_incidents: Figure };
  control: { territorial_changes: Figure; places_changed: number; area_km2_changed: number };
  data_quality: { time_precision: { value: string; count: number }[]; geo_precision: { value: string; count: number }[]; reliability: { value: string; count: number }[] };
}

export interface ComplianceFigures {
  agreement_id: string;
  effective_at: string | null;
  expires_at: string | null;
  from: string;
  to: string;
  group: ComplianceGroup;
  periods: CompliancePeriod[];
  synthetic_data: boolean;
  checkpoint: { origin: string; size: number; root: string } | null;
  computed_at: string;
}

export type RollupRow = Omit<Contribution, 'agreement_id' | 'measure'> & { measure: string };

export interface FiguresInput {
  range: Period;
  periods: Period[];
  /** Where cumulative counts start: the day of effective_at, or the range's start without one. */
  since: string;
  rows: readonly RollupRow[];
  parties: readonly { id: string; name: string }[];
  termCodes: ReadonlyMap<string, string>;
  regionNames: ReadonlyMap<string, string>;
  /** Adopted decisions and disputes by the day of their incident; control changes by the day they took effect. */
  decisions: readonly { day: string; hours: number }[];
  disputes: readonly { day: string; status: string }[];
  controlChanges: readonly { day: string; area_km2: number | null }[];
}

/** The first day whose rollups the figures need: the earliest previous period, or the start of cumulative counts. */
export function firstDayNeeded(periods: readonly Period[], since: string): string {
  const earliest = previousPeriod(periods[0]!).start;
  return earliest < since ? earliest : since;
}

const SEP = '\u0000';
const k = (...parts: string[]) => parts.join(SEP);

/** Every figure of every period from the rollup rows of the days they cover. */
export function complianceFigures(input: FiguresInput): { periods: CompliancePeriod[]; synthetic_data: boolean } {
  const first = firstDayNeeded(input.periods, input.since);
  const series = new DaySeries(first, daysBetween(first, input.range.end) + 1);
  let synthetic = false;
  for (const r of input.rows) {
    for (const key of figureKeys(r)) series.add(key, r.day, r.value);
    if (r.measure === 'synthetic' && r.value > 0 && r.day >= input.range.start && r.day <= input.range.end) synthetic = true;
  }

  const periods = input.periods.map((period): CompliancePeriod => {
    const prev = previousPeriod(period);
    const cumulativeFrom = input.since > period.end ? period.end : input.since;
    const fig = (key: string): Figure => {
      const value = series.sum(key, period);
      const previous = series.sum(key, prev);
      return { value, previous, change: value - previous, cumulative: series.sum(key, { start: cumulativeFrom, end: period.end }) };
    };
    const present = (prefix: string) => series.keys(prefix).filter((key) => series.sum(key, period) !== 0 || series.sum(key, prev) !== 0);
    const byRegion = (prefix: string) =>
      present(prefix)
        .map((key) => {
          const region = key.slice(prefix.length);
          return { region, region_name: input.regionNames.get(region) ?? region, ...fig(key) };
        })
        .sort((a, b) => b.value - a.value || a.region.localeCompare(b.region));

    const parties = input.parties.map((party): PartyFigures => ({
      party_id: party.id,
      party_name: party.name,
      violations: fig(k('v', party.id)),
      by_kind: present(k('vk', party.id, ''))
        .map((key) => {
          const [, , kind = '', subtype = ''] = key.split(SEP);
          return { kind, subtype: subtype || null, ...fig(key) };
        })
        .sort((a, b) => b.value - a.value || a.kind.localeCompare(b.kind)),
      by_region: byRegion(k('vr', party.id, '')),
      by_term: present(k('vt', party.id, ''))
        .map((key) => {
          const term = key.split(SEP)[2] ?? '';
          return { term_id: term, term_code: input.termCodes.get(term) ?? null, ...fig(key) };
        })
        .sort((a, b) => b.value - a.value || a.term_id.localeCompare(b.term_id)),
      access_restrictions: fig(k('access_restriction', party.id)),
      allegations_received: fig(k('allegation_received', party.id)),
      allegations_investigated: fig(k('allegation_investigated', party.id)),
      allegations_substantiated: fig(k('allegation_substantiated', party.id)),
    }));

    const within = <T extends { day: string }>(items: readonly T[]) => items.filter((i) => i.day >= period.start && i.day <= period.end);
    const hours = within(input.decisions).map((d) => d.hours);
    const disputes = within(input.disputes);
    const changes = within(input.controlChanges);
    const mix = (measure: string) =>
      present(k(measure, ''))
        .map((key) => ({ value: key.split(SEP)[1] ?? '', count: series.sum(key, period) }))
        .filter((m) => m.count !== 0)
        .sort((a, b) => a.value.localeCompare(b.value));

    return {
      ...period,
      violations: fig('v*'),
      by_region: byRegion(k('vr*', '')),
      parties,
      casework: {
        allegations_received: fig(k('allegation_received', '')),
        allegations_investigated: fig(k('allegation_investigated', '')),
        allegations_substantiated: fig(k('allegation_substantiated', '')),
        decisions: hours.length,
        median_hours_to_decision: median(hours),
        disputes: {
          filed: disputes.length,
          pending: disputes.filter((d) => d.status === 'disputed').length,
          upheld: disputes.filter((d) => d.status === 'upheld').length,
          overturned: disputes.filter((d) => d.status === 'overturned').length,
        },
      },
      monitoring: {
        access_restrictions: fig('access_restriction*'),
        civilian_killed: fig('civilian_killed*'),
        civilian_injured: fig('civilian_injured*'),
        casualty_incidents: fig('casualty_incident*'),
      },
      control: {
        territorial_changes: fig('territorial_change*'),
        places_changed: changes.filter((c) => c.area_km2 === null).length,
        area_km2_changed: round(changes.reduce((sum, c) => sum + (c.area_km2 ?? 0), 0)),
      },
      data_quality: { time_precision: mix('quality_time'), geo_precision: mix('quality_geo'), reliability: mix('quality_reliability') },
    };
  });
  return { periods, synthetic_data: synthetic };
}

/** The series keys a rollup row adds to: totals end in '*', per-party keys name the party. */
function figureKeys(r: RollupRow): string[] {
  switch (r.measure) {
    case 'violation':
      return ['v*', k('v', r.party_id), k('vk', r.party_id, r.kind, r.subtype), k('vr', r.party_id, r.region), k('vr*', r.region)];
    case 'violation_term':
      return [k('vt', r.party_id, r.term_id)];
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
    case 'quality_time':
    case 'quality_geo':
    case 'quality_reliability':
      return [k(r.measure, r.subtype)];
    default:
      return [];
  }
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

