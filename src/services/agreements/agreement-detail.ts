import type { Agreement, AgreementTransition, Party, Position, Term } from '../../domain/agreement/agreement-records.js';

/** An agreement with everything recorded about it, as a use case returns it. */
export interface AgreementDetail {
  agreement: Agreement;
  /** The parties and mediators that the agreement names. */
  parties: Party[];
  terms: Term[];
  /** Every position stated, oldest first. */
  positions: Position[];
  transitions: AgreementTransition[];
}
