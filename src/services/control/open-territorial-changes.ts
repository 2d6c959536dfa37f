import type { ControlClaim, ControlStatus } from '../../domain/control/control-types.js';
import { placeKey } from '../../domain/control/control-at.js';
import { repeatsChange, territorialChange, type BaselinePlace, type TerritorialChange } from '../../domain/control/territorial-change.js';
import { InvalidInputError } from '../../domain/domain-error.js';
import { clusterCell } from '../../domain/incidents/cluster-cells.js';
import { kindFamily } from '../../domain/monitoring/report-taxonomy.js';
import type { Database } from '../../store/database-schema.js';
import { refreshContributions } from '../compliance/refresh-contributions.js';
import { newId } from '../new-id.js';
import type { WriteContext } from '../use-case-context.js';

type AgreementRow = Pick<Database['agreements'], 'id' | 'effective_at' | 'expires_at' | 'synthetic'>;

const IN_FORCE = ['in_force', 'extended'];
const COH_CATEGORY = 'cessation_of_hostilities';

/**
 * Opens a `territorial_change` incident for every agreement in force whose window
 * [effective_at, expires_at) holds the claim's as_of, when the assessed claim differs
 * from that agreement's baseline. Runs in the claim's transaction; a claim (basis
 * claimed) never opens one, and a change already opened for the same place and the
 * same resulting control is not opened twice.
 */
export async function openTerritorialChanges(ctx: WriteContext, claim: ControlClaim, only?: { agreementId: string }): Promise<Database['territorial_changes'][]> {
  if (claim.basis !== 'assessed') return [];
  let query = ctx.db
    .selectFrom('agreements')
    .select(['id', 'effective_at', 'expires_at', 'synthetic'])
    .where('status', 'in', IN_FORCE)
    .where('effective_at', '<=', claim.as_of)
    .where('expires_at', '>', claim.as_of);
  if (only) query = query.where('id', '=', only.agreementId);
  const opened: Database['territorial_changes'][] = [];
  for (const agreement of await query.orderBy('id').execute()) {
    const row = await openForAgreement(ctx, claim, agreement);
    if (row) opened.push(row);
  }
  await refreshContributions(ctx, opened.map((row) => row.incident_id));
  return opened;
}

async function openForAgreement(ctx: WriteContext, claim: ControlClaim, agreement: AgreementRow): Promise<Database['territorial_changes'] | null> {
  const baseline = await ctx.db
    .selectFrom('agreement_baselines')
    .select(['id', 'places'])
    .where('agreement_id', '=', agreement.id)
    .orderBy('taken_at', 'desc')
    .orderBy('log_index', 'desc')
    .executeTakeFirst();
  if (!baseline) return null;
  const key = placeKey(claim);
  const places = JSON.parse(baseline.places) as BaselinePlace[];
  const change = territorialChange(places.find((p) => p.key === key), key, claim, { from: agreement.effective_at!, to: agreement.expires_at! });
  if (!change) return null;
  // The claim's own log entry already holds the log's lock, so a concurrent writer of the same change has committed or waits: this read sees it.
  const earlier = await ctx.db.selectFrom('territorial_changes').select(['place_key', 'to_status', 'to_controlled_by']).where('agreement_id', '=', agreement.id).where('place_key', '=', key).execute();
  const earlierChanges = earlier.map((e) => ({ key: e.place_key, to: { status: e.to_status as ControlStatus, controlled_by: e.to_controlled_by } }));
  if (repeatsChange(earlierChanges, change)) return null;

  const where = await locate(ctx, claim);
  const incidentId = newId();
  await ctx.records.insert('incident', 'created', {
    id: incidentId,
    family: kindFamily('territorial_change'),
    kind: 'territorial_change',
    status: 'reported',
    latitude: where.latitude,
    longitude: where.longitude,
    exact_latitude: where.latitude,
    exact_longitude: where.longitude,
    location_sensitive: 0,
    h3_cell: clusterCell(where.latitude, where.longitude),
    first_observed_at: claim.as_of,
    last_observed_at: claim.as_of,
    // The incident comes from an assessment, not from reports: reports joining it later count as usual.
    report_count: 0,
    affiliations: '[]',
    corroboration: 0,
    agreement_id: agreement.id,
    attributed_party_id: null,
    attribution_confidence: null,
    merged_into: null,
    synthetic: agreement.synthetic,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  return ctx.records.insert('territorial_change', 'opened', {
    id: newId(),
    incident_id: incidentId,
    agreement_id: agreement.id,
    baseline_id: baseline.id,
    term_id: await cessationOfHostilitiesTerm(ctx, agreement.id),
    claim_id: claim.id,
    ...changeColumns(change),
    place_name: claim.place_name,
    geonames_id: claim.geonames_id,
    area_id: claim.area_id,
    area_km2: where.area_km2,
    recorded_by: ctx.actor.id,
    created_at: ctx.now,
  });
}

function changeColumns(change: TerritorialChange) {
  return {
    place_key: change.key,
    from_status: change.from.status,
    from_controlled_by: change.from.controlled_by,
    to_status: change.to.status,
    to_controlled_by: change.to.controlled_by,
  };
}

/** The agreement's cessation-of-hostilities term: an agreed one before a proposed one, then by code. */
async function cessationOfHostilitiesTerm(ctx: WriteContext, agreementId: string): Promise<string | null> {
  const terms = await ctx.db.selectFrom('terms').select(['id', 'status', 'code']).where('agreement_id', '=', agreementId).where('category', '=', COH_CATEGORY).orderBy('code').execute();
  return (terms.find((t) => t.status === 'agreed') ?? terms.find((t) => t.status !== 'rejected'))?.id ?? null;
}

/** Where the incident goes on the map: the claim's point, else its gazetteer place, else the middle of its area. */
async function locate(ctx: WriteContext, claim: ControlClaim): Promise<{ latitude: number; longitude: number; area_km2: number | null }> {
  const area = claim.area_id
    ? await ctx.db.selectFrom('areas').select(['area_km2', 'min_lat', 'max_lat', 'min_lon', 'max_lon']).where('id', '=', claim.area_id).executeTakeFirst()
    : undefined;
  const area_km2 = area?.area_km2 ?? null;
  if (claim.latitude !== null && claim.longitude !== null) return { latitude: claim.latitude, longitude: claim.longitude, area_km2 };
  if (claim.geonames_id !== null) {
    const place = await ctx.db.selectFrom('places').select(['latitude', 'longitude']).where('geonames_id', '=', claim.geonames_id).executeTakeFirst();
    if (place) return { ...place, area_km2 };
  }
  if (area) return { latitude: (area.min_lat + area.max_lat) / 2, longitude: (area.min_lon + area.max_lon) / 2, area_km2 };
  throw new InvalidInputError(
    'latitude',
    'this assessment changes control during an agreement in force and opens an incident, which needs a location: give latitude and longitude, a geonames_id in the gazetteer, or an area_id',
  );
}
