import type { Transaction } from 'kysely';
import { NotFoundError } from '../../domain/domain-error.js';
import { complianceFigures, firstDayNeeded, type ComplianceFigures } from '../../domain/compliance/compliance-figures.js';
import { complianceRange, dayOf, periodsOf, type ComplianceGroup } from '../../domain/compliance/compliance-periods.js';
import type { Database } from '../../store/database-schema.js';
import { findAgreement, findPartiesByIds } from '../../store/queries/agreement-queries.js';
import type { ReadContext } from '../use-case-context.js';
import { controlChanges } from './control-changes.js';
import { regionNames } from './incident-regions.js';
import { inSnapshot } from './in-snapshot.js';
import { treeHead } from './tree-head.js';

export interface ComplianceInput {
  agreement_id: string;
  from?: string | undefined;
  to?: string | undefined;
  group: ComplianceGroup;
}

/**
 * The compliance figures of an agreement over a range of days, from the rollups (never
 * from incident rows), with the log tree head read in the same snapshot.
 */
export async function getCompliance(ctx: ReadContext, input: ComplianceInput): Promise<ComplianceFigures> {
  return inSnapshot(ctx.db, (tx) => computeFigures(tx, ctx.now, input));
}

async function computeFigures(tx: Transaction<Database>, now: string, input: ComplianceInput): Promise<ComplianceFigures> {
  const agreement = await findAgreement(tx, input.agreement_id);
  if (!agreement) throw new NotFoundError('agreement', input.agreement_id);
  const range = complianceRange(input, agreement, dayOf(now));
  const periods = periodsOf(range, input.group);
  const since = agreement.effective_at ? dayOf(agreement.effective_at) : range.start;
  const first = firstDayNeeded(periods, since);
  const nextDay = new Date(Date.parse(`${range.end}T00:00:00Z`) + 86_400_000).toISOString();

  const rows = await tx
    .selectFrom('compliance_rollups')
    .select(['day', 'measure', 'party_id', 'kind', 'subtype', 'region', 'term_id', 'value'])
    .where('agreement_id', '=', agreement.id)
    .where('day', '>=', first)
    .where('day', '<=', range.end)
    .where('value', '<>', 0)
    .execute();
  // Decisions and disputes are few (people make them); they are read by the day of their incident.
  const decisions = await tx
    .selectFrom('decisions')
    .innerJoin('incidents', 'incidents.id', 'decisions.incident_id')
    .select(['incidents.first_observed_at', 'incidents.created_at', 'decisions.updated_at'])
    .where('decisions.status', '=', 'adopted')
    .where('incidents.agreement_id', '=', agreement.id)
    .where('incidents.first_observed_at', '>=', `${range.start}T00:00:00.000Z`)
    .where('incidents.first_observed_at', '<', nextDay)
    .execute();
  const disputes = await tx
    .selectFrom('disputes')
    .innerJoin('incidents', 'incidents.id', 'disputes.incident_id')
    .select(['incidents.first_observed_at', 'disputes.status'])
    .where('incidents.agreement_id', '=', agreement.id)
    .where('incidents.first_observed_at', '>=', `${range.start}T00:00:00.000Z`)
    .where('incidents.first_observed_at', '<', nextDay)
    .execute();
  const terms = await tx.selectFrom('terms').select(['id', 'code']).where('agreement_id', '=', agreement.id).execute();
  const parties = await findPartiesByIds(tx, agreement.party_ids);
  const names = await regionNames(tx, rows.filter((r) => r.measure === 'violation').map((r) => r.region));
  const changes = await controlChanges(tx, range.end);
  const checkpoint = await treeHead(tx);

  const figures = complianceFigures({
    range,
    periods,
    since,
    rows: rows.map((r) => ({ ...r, value: Number(r.value) })),
    parties: agreement.party_ids.map((id) => ({ id, name: parties.find((p) => p.id === id)?.name ?? id })),
    termCodes: new Map(terms.map((t) => [t.id, t.code])),
    regionNames: names,
    decisions: decisions.map((d) => ({ day: dayOf(d.first_observed_at), hours: (Date.parse(d.updated_at) - Date.parse(d.created_at)) / 3_600_000 })),
    disputes: disputes.map((d) => ({ day: dayOf(d.first_observed_at), status: d.status })),
    controlChanges: changes.filter((c) => c.day >= since),
  });
  return {
    agreement_id: agreement.id,
    effective_at: agreement.effective_at,
    expires_at: agreement.expires_at,
    from: range.start,
    to: range.end,
    group: input.group,
    ...figures,
    checkpoint,
    computed_at: now,
  };
}
