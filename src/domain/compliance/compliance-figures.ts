import { previousPeriod, type ComplianceGroup, type Period } from './compliance-periods.js';
import { k, SEP, type FigureSource } from './figure-keys.js';

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
  /** Of the violations, those a party disputes and the mediator has not ruled on yet. */
  violations_disputed: Figure;
  /** Findings against the party about what it did while the agreement was not in force: not violations. */
  incidents_not_in_force: Figure;
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
  /** Of the violations, those disputed and not yet ruled on. */
  violations_disputed: Figure;
  /** Findings about what happened while the agreement was not in force (still proposed, or ended): not violations. */
  incidents_not_in_force: Figure;
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

export interface FiguresInput {
  range: Period;
  periods: Period[];
  /** Where cumulative counts start: the day of effective_at, or the range's start without one. */
  since: string;
  /** Sums of the rollups over the ranges `figureRanges` names for each period. */
  source: FigureSource;
  parties: readonly { id: string; name: string }[];
  termCodes: ReadonlyMap<string, string>;
  regionNames: ReadonlyMap<string, string>;
  /** Control changes by the day they took effect. */
  controlChanges: readonly { day: string; area_km2: number | null }[];
}

/** The ranges of days a period's figures sum over: itself, the period before, and since effective_at (or its own start if earlier). */
export function figureRanges(period: Period, since: string): { current: Period; previous: Period; cumulative: Period } {
  return { current: period, previous: previousPeriod(period), cumulative: { start: since < period.start ? since : period.start, end: period.end } };
}


/** Every figure of every period from the rollup rows of the days they cover. */
export function complianceFigures(input: FiguresInput): { periods: CompliancePeriod[]; synthetic_data: boolean } {
  const series = input.source;
  let synthetic = false;
  const periods = input.periods.map((period): CompliancePeriod => {
    const { previous: prev, cumulative } = figureRanges(period, input.since);
    if (series.sum('synthetic*', period) > 0) synthetic = true;
    const fig = (key: string): Figure => {
      const value = series.sum(key, period);
      const previous = series.sum(key, prev);
      return { value, previous, change: value - previous, cumulative: series.sum(key, cumulative) };
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
      violations_disputed: fig(k('vd', party.id)),
      incidents_not_in_force: fig(k('nif', party.id)),
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
    const hours = present(k('decision', '')).map((key) => ({ hours: Number(key.split(SEP)[1]), count: series.sum(key, period) }));
    const dispute = (status: string) => series.sum(k('dispute', status), period);
    const changes = within(input.controlChanges);
    const mix = (measure: string) =>
      present(k(measure, ''))
        .map((key) => ({ value: key.split(SEP)[1] ?? '', count: series.sum(key, period) }))
        .filter((m) => m.count !== 0)
        .sort((a, b) => a.value.localeCompare(b.value));

    return {
      ...period,
      violations: fig('v*'),
      violations_disputed: fig('vd*'),
      incidents_not_in_force: fig('nif*'),
      by_region: byRegion(k('vr*', '')),
      parties,
      casework: {
        allegations_received: fig(k('allegation_received', '')),
        allegations_investigated: fig(k('allegation_investigated', '')),
        allegations_substantiated: fig(k('allegation_substantiated', '')),
        decisions: hours.reduce((n, h) => n + h.count, 0),
        median_hours_to_decision: histogramMedian(hours),
        disputes: { filed: dispute('disputed') + dispute('upheld') + dispute('overturned'), pending: dispute('disputed'), upheld: dispute('upheld'), overturned: dispute('overturned') },
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

/** The median of a histogram of whole hours: the middle value, or the mean of the two middle ones. */
function histogramMedian(buckets: readonly { hours: number; count: number }[]): number | null {
  const sorted = buckets.filter((b) => b.count > 0).sort((a, b) => a.hours - b.hours);
  const total = sorted.reduce((n, b) => n + b.count, 0);
  if (total === 0) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (const b of sorted) if ((seen += b.count) > rank) return b.hours;
    return sorted[sorted.length - 1]!.hours;
  };
  return round(total % 2 ? at(total >> 1) : (at(total / 2 - 1) + at(total / 2)) / 2);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

