import type { Citation } from '../../domain/agreement/agreement-types.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { ControlBasis, ControlClaim, ControlStatus } from '../../domain/control/control-types.js';
import { InvalidInputError } from '../../domain/domain-error.js';
import { findParty } from '../../store/queries/agreement-queries.js';

import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';
import { openTerritorialChanges } from './open-territorial-changes.js';

export interface CreateControlClaimInput {
  id?: string;
  /** Required unless the claim is about an area, whose name it then takes. */
  place_name?: string | null;
  area_id?: string | null;
  geonames_id?: number | null;
  latitude?: number | null;
  longitude?: number | null;
  status: ControlStatus;
  controlled_by?: string | null;
  basis: ControlBasis;
  claimant?: string | null;
  source: string;
  as_of: string;
  citation?: Citation | null;
  evidence?: string[];
}

/** Records a claim or an assessment; an assessed change from an in-force agreement's baseline opens a territorial_change incident with it. */
export async function createControlClaim(ctx: WriteContext, input: CreateControlClaimInput): Promise<ControlClaim> {
  if (input.status === 'controlled_by' && !input.controlled_by) throw new InvalidInputError('controlled_by', 'names the controlling party when status is controlled_by');
  if (input.status !== 'controlled_by' && input.controlled_by) throw new InvalidInputError('controlled_by', `must be empty when status is ${input.status}`);
  if ((input.latitude == null) !== (input.longitude == null)) throw new InvalidInputError('longitude', 'latitude and longitude come together');
  for (const field of ['controlled_by', 'claimant'] as const) {
    const partyId = input[field];
    if (partyId && !(await findParty(ctx.db, partyId))) throw new InvalidInputError(field, `unknown party ${partyId}`, { code: 'unknown_reference', params: { resource: 'party', id: partyId } });
  }
  if (Date.parse(input.as_of) > Date.parse(ctx.now) + 5 * 60_000) throw new InvalidInputError('as_of', 'is in the future', { code: 'in_future' });
  let placeName = input.place_name ?? null;
  if (input.area_id) {
    const area = await ctx.db.selectFrom('areas').select(['name']).where('id', '=', input.area_id).executeTakeFirst();
    if (!area) throw new InvalidInputError('area_id', `unknown area ${input.area_id}`, { code: 'unknown_reference', params: { resource: 'area', id: input.area_id } });
    placeName ??= area.name;
  }
  if (!placeName) throw new InvalidInputError('place_name', 'names the place, unless area_id is given');
  const row = await ctx.records.insert('control_claim', 'recorded', {
    id: input.id ?? newId(),
    place_name: placeName,
    geonames_id: input.geonames_id ?? null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    area_id: input.area_id ?? null,
    status: input.status,
    controlled_by: input.controlled_by ?? null,
    basis: input.basis,
    claimant: input.claimant ?? null,
    source: input.source,
    as_of: input.as_of,
    citation: input.citation ? JSON.stringify(input.citation) : null,
    evidence: JSON.stringify(input.evidence ?? []),
    created_at: ctx.now,
  });
  const claim = recordFromRow('control_claim', row);
  await openTerritorialChanges(ctx, claim);
  return claim;
}
