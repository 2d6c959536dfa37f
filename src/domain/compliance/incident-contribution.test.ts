import { describe, expect, it } from 'vitest';
import { contributionDelta, decisionBucket, incidentContribution, incidentSubtype, type IncidentFacts } from './incident-contribution.js';
import { agreementWindow, complianceRange, periodsOf, previousPeriod } from './compliance-periods.js';
import { coveringAgreement } from './covering-agreement.js';
import { inForceSpan } from './in-force-span.js';

const report = { subtype: null, channel: 'monitor', filed_by_party_id: null, time_precision: 'exact', geo_precision: 'near', reliability: 'B', civilian_killed: null, civilian_injured: null };
const facts = (extra: Partial<IncidentFacts> = {}): IncidentFacts => ({
  id: 'i',
  kind: 'explosion',
  status: 'verified',
  first_observed_at: '2025-03-14T23:59:00.000Z',
  agreement_id: 'a',
  in_force: { from: '2025-03-14T00:00:00.000Z', until: '2025-04-13T00:00:00.000Z' },
  attributed_party_id: 'ru',
  merged_into: null,
  corroboration: 1,
  synthetic: false,
  region: 'RU.41',
  terms_breached: ['t1'],
  decided_after_hours: 5.5,
  disputes: [],
  reports: [report, { ...report, subtype: 'impact', civilian_killed: 2 }, { ...report, subtype: 'impact', civilian_killed: 1, civilian_injured: 3 }],
  ...extra,
});
const measures = (f: IncidentFacts) => incidentContribution(f).map((c) => `${c.measure}:${c.party_id}:${c.subtype}:${c.region}:${c.value}`).sort();

describe('what an incident contributes', () => {
  it('counts a verified, attributed incident once per figure, on its UTC day, with the highest casualty figure of its reports', () => {
    const all = incidentContribution(facts());
    expect(new Set(all.map((c) => c.day))).toEqual(new Set(['2025-03-14']));
    expect(measures(facts())).toEqual(
      [
        'casualty_incident:ru::RU.41:1',
        'civilian_injured:ru::RU.41:3',
        'civilian_killed:ru::RU.41:2',
        'decision::5::1',
        'quality_geo::near::3',
        'quality_reliability::B::3',
        'quality_time::exact::3',
        'violation:ru:impact:RU.41:1',
        'violation_term:ru:::1',
      ].sort(),
    );
  });

  it('keeps counting a disputed violation, marked as disputed, so that the accused party cannot suppress it by disputing', () => {
    const disputed = measures(facts({ status: 'disputed', disputes: ['disputed'] }));
    expect(disputed).toContain('violation:ru:impact:RU.41:1');
    expect(disputed).toContain('violation_disputed:ru:::1');
    expect(disputed).toContain('dispute::disputed::1');
    expect(measures(facts({ status: 'upheld', disputes: ['upheld'] }))).not.toContain('violation_disputed:ru:::1');
  });

  it('drops the violation when a dispute overturns it, keeping the casework', () => {
    expect(measures(facts({ status: 'overturned', disputes: ['overturned'] }))).toEqual(['decision::5::1', 'dispute::overturned::1']);
  });

  it('counts an incident two parties allege once in the total and once for each party', () => {
    const alleged = facts({ status: 'reported', decided_after_hours: null, reports: [{ ...report, channel: 'party_allegation', filed_by_party_id: 'ua' }, { ...report, channel: 'party_allegation', filed_by_party_id: 'ru' }] });
    expect(incidentContribution(alleged).filter((c) => c.measure === 'allegation_received').map((c) => c.party_id)).toEqual(['', 'ua', 'ru']);
  });

  it('contributes nothing once merged away or without an agreement', () => {
    expect(incidentContribution(facts({ merged_into: 'other' }))).toEqual([]);
    expect(incidentContribution(facts({ agreement_id: null }))).toEqual([]);
  });

  it('counts a finding as a violation only when it happened while the agreement was in force', () => {
    const apart = ['incident_not_in_force:ru:::1'];
    const counted = (f: IncidentFacts) => measures(f).filter((m) => m.startsWith('violation') || m.startsWith('incident_not_in_force'));
    // Never entered into force: the agreement is only proposed, whatever effective_at it plans.
    expect(counted(facts({ in_force: null }))).toEqual(apart);
    // Before effective_at, and from the moment it ends.
    expect(counted(facts({ first_observed_at: '2025-03-13T23:59:59.999Z' }))).toEqual(apart);
    expect(counted(facts({ first_observed_at: '2025-04-13T00:00:00.000Z' }))).toEqual(apart);
    expect(counted(facts({ first_observed_at: '2025-03-14T00:00:00.000Z' }))).toEqual(['violation:ru:impact:RU.41:1', 'violation_term:ru:::1']);
    expect(counted(facts({ in_force: { from: '2025-03-14T00:00:00.000Z', until: null }, first_observed_at: '2026-01-01T00:00:00.000Z' }))).toContain('violation:ru:impact:RU.41:1');
    // The rest of what a finding counts for does not depend on the agreement being in force.
    const before = measures(facts({ in_force: null }));
    expect(before).toContain('casualty_incident:ru::RU.41:1');
    expect(measures(facts({ in_force: null, status: 'overturned' }))).not.toContain('incident_not_in_force:ru:::1');
  });

  it('takes the span in force from entry into force to expiry, or to an earlier collapse', () => {
    const agreement = { effective_at: '2025-03-14T00:00:00.000Z', expires_at: '2025-04-13T00:00:00.000Z' };
    expect(inForceSpan({ ...agreement, transitions: [{ to_status: 'proposed', at: '2025-03-11T00:00:00.000Z' }] })).toBeNull();
    expect(inForceSpan({ ...agreement, transitions: [{ to_status: 'in_force', at: '2025-03-14T01:00:00.000Z' }] })).toEqual({ from: agreement.effective_at, until: agreement.expires_at });
    expect(
      inForceSpan({ ...agreement, transitions: [{ to_status: 'in_force', at: '2025-03-14T01:00:00.000Z' }, { to_status: 'collapsed', at: '2025-03-20T08:00:00.000Z' }] }),
    ).toEqual({ from: agreement.effective_at, until: '2025-03-20T08:00:00.000Z' });
  });

  it('turns a change into the difference per key, dropping what did not change', () => {
    const before = incidentContribution(facts());
    const after = incidentContribution(facts({ attributed_party_id: 'ua' }));
    const delta = contributionDelta(before, after);
    expect(delta.filter((c) => c.measure === 'violation').map((c) => [c.party_id, c.value]).sort()).toEqual([
      ['ru', -1],
      ['ua', 1],
    ]);
    expect(delta.some((c) => c.measure.startsWith('quality'))).toBe(false);
  });

  it('takes the sub-type most reports give, and counts decision times in hours, then days', () => {
    expect(incidentSubtype([null, 'airburst', 'impact', 'impact'])).toBe('impact');
    expect([decisionBucket(0.2), decisionBucket(47.9), decisionBucket(50), decisionBucket(73)]).toEqual([0, 47, 48, 72]);
  });
});

describe('periods', () => {
  const proposed = { effective_at: null, expires_at: null, proposed_at: '2025-03-11T12:00:00.000Z', created_at: '2025-03-10T09:00:00.000Z', duration_days: 30 };

  it('defaults to the agreement window up to today, and splits it into days or weeks', () => {
    const range = complianceRange({}, { ...proposed, effective_at: '2025-03-14T10:00:00.000Z', expires_at: '2025-04-13T10:00:00.000Z' }, '2025-03-23');
    expect(range).toEqual({ start: '2025-03-14', end: '2025-03-23' });
    expect(periodsOf(range, 'week')).toEqual([
      { start: '2025-03-14', end: '2025-03-20' },
      { start: '2025-03-21', end: '2025-03-23' },
    ]);
    expect(periodsOf(range, 'day')).toHaveLength(10);
    expect(previousPeriod({ start: '2025-03-21', end: '2025-03-23' })).toEqual({ start: '2025-03-18', end: '2025-03-20' });
  });

  it('finds the one agreement whose window covers a report, and none when none or several do', () => {
    const demo = { ...proposed, id: 'demo', status: 'proposed' };
    expect(coveringAgreement([demo], '2025-03-11T00:00:00Z')).toBe('demo');
    expect(coveringAgreement([demo], '2025-04-09T23:59:59Z')).toBe('demo');
    expect(coveringAgreement([demo], '2025-04-10T00:00:00Z')).toBeNull();
    expect(coveringAgreement([demo], '2025-03-10T23:59:59Z')).toBeNull();
    expect(coveringAgreement([demo, { ...demo, id: 'other' }], '2025-03-20T00:00:00Z')).toBeNull();
    expect(coveringAgreement([{ ...demo, status: 'draft' }], '2025-03-20T00:00:00Z')).toBeNull();
  });

  it('refuses a range that ends before it starts, naming to', () => {
    expect(() => complianceRange({ from: '2025-03-20', to: '2025-03-13' }, proposed, '2025-03-23')).toThrow(/to/);
  });

  it('takes the window an agreement not yet in force would have from its proposal, up to today', () => {
    expect(agreementWindow(proposed, '2026-11-28')).toEqual({ start: '2025-03-11', end: '2025-04-09' });
    expect(agreementWindow(proposed, '2025-03-20')).toEqual({ start: '2025-03-11', end: '2025-03-20' });
    expect(agreementWindow({ ...proposed, proposed_at: null }, '2025-03-09')).toEqual({ start: '2025-03-10', end: '2025-03-10' });
  });
});
