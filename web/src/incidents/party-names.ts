import { z } from 'zod';
import { INDEPENDENT } from '../../../src/domain/monitoring/report-types.js';
import { partyResponse } from '@contract/parties/party-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import type { Content } from '../i18n/content-store.js';

const partyList = z.object({ items: z.array(partyResponse) });
export type Party = z.infer<typeof partyResponse>;

export async function loadParties(signal: AbortSignal): Promise<Party[]> {
  return (await fetchJson('/api/v1/parties', partyList, signal)).items;
}

/** A party's name, its id when it is not in the list, or '' for none. */
export function partyName(parties: readonly Party[], id: string | null): string {
  if (id === null) return '';
  return parties.find((p) => p.id === id)?.name ?? id;
}

/** An affiliation as what it is: "independent", or the party's name. */
export function affiliationName(parties: readonly Party[], affiliation: string | null, independent: string): string {
  return affiliation === null || affiliation === INDEPENDENT ? independent : partyName(parties, affiliation);
}

/** The parties with their names in the reader's language, where a translation exists. */
export function localizeParties<P extends { id: string; name: string }>(parties: readonly P[], content: Content): P[] {
  return parties.map((p) => ({ ...p, name: content.text('party', p.id, 'name', p.name).text }));
}
