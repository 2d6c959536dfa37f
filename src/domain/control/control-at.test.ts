import { describe, expect, it } from 'vitest';
import { controlAt } from './control-at.js';
import type { ControlClaim } from './control-types.js';

let n = 0;
function claim(extra: Partial<ControlClaim>): ControlClaim {
  n += 1;
  return {
    id: `c${n}`,
    place_name: 'Sudzha',
    geonames_id: 486816,
    latitude: 51.1976,
    longitude: 35.2726,
    area_id: null,
    status: 'controlled_by',
    controlled_by: 'ua',
    basis: 'assessed',
    claimant: null,
    source: 'mission',
    as_of: '2025-03-01T00:00:00.000Z',
    citation: null,
    evidence: [],
    created_at: '2025-03-01T00:00:00.000Z',
    log_index: n,
    ...extra,
  };
}

describe('control at a time', () => {
  const assessedUa = claim({ as_of: '2025-03-01T00:00:00.000Z' });
  const claimedRu = claim({ basis: 'claimed', controlled_by: 'ru', claimant: 'ru', as_of: '2025-03-13T00:00:00.000Z' });
  const assessedRu = claim({ controlled_by: 'ru', as_of: '2025-03-15T00:00:00.000Z' });
  const all = [claimedRu, assessedRu, assessedUa];

  it('is the latest assessment at or before the time, with later claims beside it', () => {
    const [sudzha] = controlAt(all, '2025-03-14T00:00:00.000Z');
    expect(sudzha).toMatchObject({ status: 'controlled_by', controlled_by: 'ua', assessment: { id: assessedUa.id } });
    expect(sudzha!.claims_since.map((c) => c.id)).toEqual([claimedRu.id]);
  });

  it('never lets a claim decide control', () => {
    const [sudzha] = controlAt([claimedRu], '2025-03-14T00:00:00.000Z');
    expect(sudzha).toMatchObject({ status: 'unknown', controlled_by: null, assessment: null });
    expect(sudzha!.claims_since).toHaveLength(1);
  });

  it('follows a new assessment, and drops claims made before it', () => {
    const [sudzha] = controlAt(all, '2025-03-20T00:00:00.000Z');
    expect(sudzha).toMatchObject({ controlled_by: 'ru', claims_since: [] });
  });

  it('knows nothing before the first claim', () => {
    expect(controlAt(all, '2025-02-01T00:00:00.000Z')).toEqual([]);
  });

  it('keeps areas and places apart', () => {
    const area = claim({ area_id: 'area-1', place_name: 'Kursk salient', geonames_id: null });
    expect(controlAt([...all, area], '2025-03-20T00:00:00.000Z').map((p) => p.key).sort()).toEqual(['area:area-1', 'geonames:486816']);
  });
});
