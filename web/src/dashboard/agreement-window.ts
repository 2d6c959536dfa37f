import type { z } from 'zod';
import type { agreementResponse } from '@contract/agreements/agreement-schema.js';

type Agreement = z.infer<typeof agreementResponse>;

const day = (iso: string) => iso.slice(0, 10);
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The days to count violations over: the agreement's window when it is in force, else
 * the window it would have from its proposal, so that a proposed agreement still shows
 * what happened while it was on the table. Never past today.
 */
export function complianceWindow(agreement: Agreement, today: string): { from: string; to: string } {
  const from = day(agreement.effective_at ?? agreement.proposed_at ?? agreement.created_at);
  const end = agreement.expires_at ? day(agreement.expires_at) : addDays(from, Math.max(1, agreement.duration_days) - 1);
  const to = end < today ? end : today;
  return { from, to: to < from ? from : to };
}
