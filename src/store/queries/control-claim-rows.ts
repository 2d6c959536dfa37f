import type { ControlClaim } from '../../domain/control/control-types.js';
import type { Database } from '../database-schema.js';

export function controlClaimFromRow(row: Database['control_claims']): ControlClaim {
  return {
    ...row,
    status: row.status as ControlClaim['status'],
    basis: row.basis as ControlClaim['basis'],
    citation: row.citation === null ? null : JSON.parse(row.citation),
    evidence: JSON.parse(row.evidence),
    log_index: Number(row.log_index),
  };
}
