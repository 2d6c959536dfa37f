import type { z } from 'zod';
import type { agreementResponse } from '@contract/agreements/agreement-schema.js';
import type { Content } from '../i18n/content-store.js';

/** Types inferred from the API's zod contract: never written by hand. */
export type Agreement = z.infer<typeof agreementResponse>;
export type Position = Agreement['positions'][number];
export type Condition = Position['conditions'][number];
export type Term = Agreement['terms'][number];
export type Transition = Agreement['transitions'][number];

/** Party names by id in the reader's language, from the agreement's own list of parties and mediators. */
export function partyNames(agreement: Agreement, content: Content): Map<string, string> {
  return new Map(agreement.parties.map((p) => [p.id, content.text('party', p.id, 'name', p.name).text]));
}
