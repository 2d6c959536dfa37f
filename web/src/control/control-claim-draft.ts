import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { createControlClaimBody } from '@contract/control-claims/control-claim-schema.js';
import { fieldErrors, type FieldErrors } from '../reports/field-errors.js';
import type { Place } from '../reports/place-search.js';
import { localToIso } from '../reports/report-draft.js';

/** The claim form as typed: strings, as inputs hold them, until they become the contract's body. */
export interface ControlClaimDraft {
  place: Place | null;
  /** '' for a place from the gazetteer, else the area the claim is about. */
  area_id: string;
  basis: string;
  status: string;
  controlled_by: string;
  claimant: string;
  source: string;
  as_of: string;
  citation_source: string;
  citation_published_at: string;
  citation_quote: string;
  citation_url: string;
}

export const EMPTY_CLAIM: ControlClaimDraft = {
  place: null,
  area_id: '',
  basis: '',
  status: '',
  controlled_by: '',
  claimant: '',
  source: '',
  as_of: '',
  citation_source: '',
  citation_published_at: '',
  citation_quote: '',
  citation_url: '',
};

export type ControlClaimBody = z.input<typeof createControlClaimBody>;

function toBody(draft: ControlClaimDraft): Record<string, unknown> {
  const cited = [draft.citation_source, draft.citation_published_at, draft.citation_quote, draft.citation_url].some((v) => v.trim() !== '');
  const place = draft.area_id === '' ? draft.place : null;
  return {
    ...(place ? { place_name: place.name, geonames_id: place.geonames_id, latitude: place.latitude, longitude: place.longitude } : {}),
    ...(draft.area_id ? { area_id: draft.area_id } : {}),
    basis: draft.basis || undefined,
    status: draft.status || undefined,
    controlled_by: draft.controlled_by || null,
    claimant: draft.claimant || null,
    source: draft.source,
    as_of: localToIso(draft.as_of),
    citation: cited
      ? { source: draft.citation_source, published_at: draft.citation_published_at, quote: draft.citation_quote, url: draft.citation_url.trim() === '' ? null : draft.citation_url.trim() }
      : null,
  };
}

/**
 * Checks the draft against the API's own schema, as the server will: the body to send, or the
 * messages beside each field. A claim is about a place from the gazetteer or an area.
 */
export function checkClaim(draft: ControlClaimDraft, t: TFunction): { body: ControlClaimBody; errors: null } | { body: null; errors: FieldErrors } {
  const candidate = toBody(draft);
  const parsed = createControlClaimBody.safeParse(candidate);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error, t);
  if (!draft.place && !draft.area_id) errors.place_name = t('control.placeRequired');
  if (draft.as_of && Number.isNaN(new Date(draft.as_of).getTime())) errors.as_of = t('field.dateTime');
  if (Object.keys(errors).length > 0) return { body: null, errors };
  return { body: candidate as ControlClaimBody, errors: null };
}
