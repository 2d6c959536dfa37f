import { agreementDays, dayOf, type AgreementWindowFacts } from './compliance-periods.js';

/** An agreement a report may count against without naming it. */
export interface CandidateAgreement extends AgreementWindowFacts {
  id: string;
  status: string;
}

/**
 * The agreement a report observed at this time counts against when it names none: the one
 * whose window covers the day. A draft is not yet on the table, so it covers nothing; when
 * windows overlap the report is ambiguous and counts against none until someone names one.
 */
export function coveringAgreement(agreements: readonly CandidateAgreement[], observedAt: string): string | null {
  const day = dayOf(observedAt);
  const covering = agreements.filter((a) => {
    if (a.status === 'draft') return false;
    const window = agreementDays(a);
    return window.start <= day && day <= window.end;
  });
  return covering.length === 1 ? covering[0]!.id : null;
}
