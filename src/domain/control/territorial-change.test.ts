import { describe, expect, it } from 'vitest';
import type { ControlClaim } from './control-types.js';
import { repeatsChange, territorialChange, type BaselinePlace } from './territorial-change.js';

const WINDOW = { from: '2025-03-14T00:00:00.000Z', to: '2025-04-13T00:00:00.000Z' };
const KEY = 'geonames:486816';

function claim(extra: Partial<ControlClaim> = {}): ControlClaim {
  return {
    id: 'c1',
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
    as_of: '2025-03-18T09:00:00.000Z',
    citation: null,
    evidence: [],
    created_at: '2025-03-18T10:00:00.000Z',
    log_index: 1,
    ...extra,
  };
}

const russian: BaselinePlace = { key: KEY, place_name: 'Sudzha', geonames_id: 486816, area_id: null, status: 'controlled_by', controlled_by: 'ru', assessment_id: 'a0' };

describe('territorial change against a baseline', () => {
  it('is a change when an assessment in the window differs from the baseline', () => {
    expect(territorialChange(russian, KEY, claim(), WINDOW)).toEqual({
      key: KEY,
      from: { status: 'controlled_by', controlled_by: 'ru' },
      to: { status: 'controlled_by', controlled_by: 'ua' },
    });
  });

  it('takes a place absent from the baseline as of unknown control', () => {
    expect(territorialChange(undefined, KEY, claim(), WINDOW)?.from).toEqual({ status: 'unknown', controlled_by: null });
  });

  it.each([
    ['a claim, not an assessment', claim({ basis: 'claimed' })],
    ['an assessment before effective_at', claim({ as_of: '2025-03-13T23:59:59.999Z' })],
    ['an assessment at expires_at', claim({ as_of: WINDOW.to })],
    ['an assessment that repeats the baseline', claim({ controlled_by: 'ru' })],
  ])('is no change for %s', (_label, c) => {
    expect(territorialChange(russian, KEY, c, WINDOW)).toBeNull();
  });

  it('counts the same place reaching the same control as a repeat', () => {
    const change = territorialChange(russian, KEY, claim(), WINDOW)!;
    expect(repeatsChange([change], change)).toBe(true);
    expect(repeatsChange([change], territorialChange(russian, KEY, claim({ status: 'contested', controlled_by: null }), WINDOW)!)).toBe(false);
    expect(repeatsChange([], change)).toBe(false);
  });
});
