import type { Agreement, AgreementTransition, Party, Position, Term } from '../../domain/agreement/agreement-records.js';
import type { Database } from '../database-schema.js';

/** Row ↔ record conversions; JSON columns are text in both databases. */
export function partyFromRow(row: Database['parties']): Party {
  return { ...row, kind: row.kind as Party['kind'], aliases: JSON.parse(row.aliases), log_index: Number(row.log_index) };
}

export function agreementFromRow(row: Database['agreements']): Agreement {
  return {
    ...row,
    kind: row.kind as Agreement['kind'],
    status: row.status as Agreement['status'],
    party_ids: JSON.parse(row.party_ids),
    mediator_ids: JSON.parse(row.mediator_ids),
    citations: JSON.parse(row.citations),
    extensions: JSON.parse(row.extensions),
    synthetic: Boolean(row.synthetic),
    log_index: Number(row.log_index),
  };
}

export function termFromRow(row: Database['terms']): Term {
  return {
    ...row,
    category: row.category as Term['category'],
    status: row.status as Term['status'],
    applies_to: JSON.parse(row.applies_to),
    log_index: Number(row.log_index),
  };
}

export function positionFromRow(row: Database['positions']): Position {
  return {
    ...row,
    stance: row.stance as Position['stance'],
    conditions: JSON.parse(row.conditions),
    citation: row.citation === null ? null : JSON.parse(row.citation),
    log_index: Number(row.log_index),
  };
}

export function transitionFromRow(row: Database['agreement_transitions']): AgreementTransition {
  return {
    ...row,
    from_status: row.from_status as AgreementTransition['from_status'],
    to_status: row.to_status as AgreementTransition['to_status'],
    details: JSON.parse(row.details),
    log_index: Number(row.log_index),
  };
}
