import type { Agreement, AgreementTransition, Party, Position, Term } from '../agreement/agreement-records.js';
import type { Area } from '../control/area.js';
import type { AgreementBaseline, ControlClaim, TerritorialChangeRecord } from '../control/control-types.js';
import type { Source } from '../monitoring/report-types.js';
import type { Translation } from '../translations/translation.js';
import { copy, type KindPolicy } from './disclosure-policy.js';
import { apiTokenPolicy } from './disclosure/api-token-policy.js';
import { decisionPolicy } from './disclosure/decision-policy.js';
import { disputePolicy } from './disclosure/dispute-policy.js';
import { evidencePolicy } from './disclosure/evidence-policy.js';
import { incidentPolicy } from './disclosure/incident-policy.js';
import { publicRecordPolicy } from './disclosure/public-record-policy.js';
import { reportPolicy } from './disclosure/report-policy.js';
import { userPolicy } from './disclosure/user-policy.js';

/**
 * The one disclosure policy: for every kind of record the log covers, its fields in groups
 * and who reads each group when (see docs/disclosure.md). Presenters, aggregates, exports,
 * the daily report, the log's entries and every verifier derive from this table.
 */
export const DISCLOSURE = {
  party: publicRecordPolicy<Party>(copy('name', 'kind', 'aliases', 'created_at', 'updated_at')),
  agreement: publicRecordPolicy<Agreement>(
    {
      ...copy<Agreement>('title', 'kind', 'party_ids', 'mediator_ids', 'proposed_at', 'duration_days', 'effective_at', 'expires_at', 'citations', 'extensions', 'synthetic'),
      ...copy<Agreement>('created_at', 'updated_at'),
      recorded_status: (a) => a.status,
    },
    { children: ['terms', 'positions', 'position_history', 'transitions'], derived: ['status', 'window', 'parties'] },
  ),
  term: publicRecordPolicy<Term>(copy('agreement_id', 'code', 'text', 'category', 'applies_to', 'proposed_by', 'status', 'verification_method', 'created_at', 'updated_at')),
  position: publicRecordPolicy<Position>(copy('agreement_id', 'party_id', 'stance', 'conditions', 'statement', 'stated_at', 'citation', 'created_at', 'updated_at')),
  agreement_transition: publicRecordPolicy<AgreementTransition>(copy('agreement_id', 'from_status', 'to_status', 'at', 'actor', 'reason', 'details')),
  control_claim: publicRecordPolicy<ControlClaim>(
    copy('place_name', 'geonames_id', 'latitude', 'longitude', 'area_id', 'status', 'controlled_by', 'basis', 'claimant', 'source', 'as_of', 'citation', 'evidence', 'created_at'),
  ),
  area: publicRecordPolicy<Area>({
    ...copy<Area>('name', 'kind', 'geometry', 'area_km2', 'created_by', 'created_at', 'updated_at'),
    bbox: (a) => [a.min_lon, a.min_lat, a.max_lon, a.max_lat],
  }),
  agreement_baseline: publicRecordPolicy<AgreementBaseline>(copy('agreement_id', 'effective_at', 'places', 'taken_at')),
  territorial_change: publicRecordPolicy<TerritorialChangeRecord>({
    ...copy<TerritorialChangeRecord>('incident_id', 'agreement_id', 'baseline_id', 'term_id', 'claim_id', 'place_key', 'place_name', 'geonames_id', 'area_id', 'area_km2'),
    ...copy<TerritorialChangeRecord>('recorded_by', 'created_at'),
    from: (c) => ({ controlled_by: c.from_controlled_by, status: c.from_status }),
    to: (c) => ({ controlled_by: c.to_controlled_by, status: c.to_status }),
  }),
  source: publicRecordPolicy<Source>(copy('name', 'type', 'affiliation', 'default_reliability', 'synthetic', 'created_at', 'updated_at')),
  translation: publicRecordPolicy<Translation>(copy('record_kind', 'record_id', 'field', 'part', 'lang', 'text', 'unofficial', 'created_at', 'updated_at')),
  user: userPolicy,
  api_token: apiTokenPolicy,
  report: reportPolicy,
  incident: incidentPolicy,
  evidence: evidencePolicy,
  decision: decisionPolicy,
  dispute: disputePolicy,
} as const;

export type RecordKindName = keyof typeof DISCLOSURE;

/** The domain record of each kind, as its policy reads it. */
export type RecordOf<K extends RecordKindName> = (typeof DISCLOSURE)[K] extends KindPolicy<infer R, infer _C> ? R : never;

/** What else a kind's disclosure depends on (a report's incident), or void. */
export type ContextOf<K extends RecordKindName> = (typeof DISCLOSURE)[K] extends KindPolicy<infer _R, infer C> ? C : never;

export const RECORD_KIND_NAMES = Object.keys(DISCLOSURE) as RecordKindName[];

export function isRecordKindName(name: string): name is RecordKindName {
  return Object.hasOwn(DISCLOSURE, name);
}
