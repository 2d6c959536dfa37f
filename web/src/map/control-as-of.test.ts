import { describe, expect, it } from 'vitest';
import { controlAsOf, endOfUtcDay, type ControlClaim } from './control-as-of.js';

let index = 0;
function claim(overrides: Partial<ControlClaim>): ControlClaim {
  index += 1;
  return {
    id: `c${index}`,
    place_name: 'Sudzha',
    geonames_id: 486816,
    latitude: 51.1976,
    longitude: 35.2726,
    area_id: null,
    status: 'controlled_by',
    controlled_by: 'party-russia',
    basis: 'claimed',
    claimant: 'party-russia',
    source: 'Russian Defense Ministry',
    as_of: '2025-03-13T00:00:00.000Z',
    citation: null,
    evidence: [],
    created_at: '2025-03-13T00:00:00.000Z',
    log_index: index,
    ...overrides,
  };
}

describe('controlAsOf', () => {
  const russianClaim = claim({});
  const ukrainianClaim = claim({ controlled_by: 'party-ukraine', claimant: 'party-ukraine', source: 'General Staff of Ukraine', as_of: '2025-03-12T00:00:00.000Z' });
  const oldAssessment = claim({ basis: 'assessed', controlled_by: 'party-ukraine', claimant: null, source: 'Mission', as_of: '2025-03-01T00:00:00.000Z' });
  const newAssessment = claim({ basis: 'assessed', status: 'contested', controlled_by: null, claimant: null, source: 'Mission', as_of: '2025-03-14T00:00:00.000Z' });
  const all = [russianClaim, ukrainianClaim, oldAssessment, newAssessment];

  it('keeps claims beside the assessment, never in its place', () => {
    const [sudzha] = controlAsOf(all, endOfUtcDay('2025-03-13'));
    expect(sudzha?.assessed?.id).toBe(oldAssessment.id);
    expect(sudzha?.claims.map((c) => c.id)).toEqual([russianClaim.id, ukrainianClaim.id]);
  });

  it('takes the latest assessment at or before the date', () => {
    expect(controlAsOf(all, endOfUtcDay('2025-03-14'))[0]?.assessed?.id).toBe(newAssessment.id);
    expect(controlAsOf(all, endOfUtcDay('2025-02-28'))).toEqual([]);
  });

  it('shows a place with claims only as having no assessment', () => {
    const [sudzha] = controlAsOf([russianClaim], endOfUtcDay('2025-03-13'));
    expect(sudzha?.assessed).toBeNull();
    expect(sudzha?.claims).toHaveLength(1);
  });

  it('keeps only the latest claim of each claimant', () => {
    const later = claim({ as_of: '2025-03-13T10:00:00.000Z' });
    expect(controlAsOf([russianClaim, later], endOfUtcDay('2025-03-13'))[0]?.claims.map((c) => c.id)).toEqual([later.id]);
  });
});
