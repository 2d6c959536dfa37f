import { sql, type Transaction } from 'kysely';
import { NotFoundError } from '../../domain/domain-error.js';
import { complianceFigures, figureRanges, type ComplianceFigures } from '../../domain/compliance/compliance-figures.js';
import { addDays, complianceRange, dayOf, daysBetween, periodsOf, previousPeriod, type ComplianceGroup, type Period } from '../../domain/compliance/compliance-periods.js';
import { DaySeries } from '../../domain/compliance/day-series.js';
import { k, SEP, type FigureSource } from '../../domain/compliance/figure-keys.js';
import { RangeSums } from '../../domain/compliance/range-sums.js';
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
  const source = input.group === 'window' ? await windowSums(tx, agreement.id, figureRanges(periods[0]!, since)) : await daySums(tx, agreement.id, periods, since);
  const terms = await tx.selectFrom('terms').select(['id', 'code']).where('agreement_id', '=', agreement.id).execute();
  const parties = await findPartiesByIds(tx, agreement.party_ids);
  const names = await regionNames(tx, source.keys(k('vr*', '')).map((key) => key.split(SEP)[1] ?? ''));
  const changes = await controlChanges(tx, range.end);
  const checkpoint = await treeHead(tx);

  const figures = complianceFigures({
    range,
    periods,
    since,
    source,
    parties: agreement.party_ids.map((id) => ({ id, name: parties.find((p) => p.id === id)?.name ?? id })),
    termCodes: new Map(terms.map((t) => [t.id, t.code])),
    regionNames: names,
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

const KEY_COLUMNS = ['measure', 'party_id', 'kind', 'subtype', 'region', 'term_id'] as const;

/** The rollups summed by the database over one range of days, one row per key. */
async function sumOver(tx: Transaction<Database>, agreementId: string, range: Period) {
  const rows = await tx
    .selectFrom('compliance_rollups')
    .select([...KEY_COLUMNS, (eb) => eb.fn.sum<number>('value').as('value')])
    .where('agreement_id', '=', agreementId)
    .where('day', '>=', range.start)
    .where('day', '<=', range.end)
    .groupBy([...KEY_COLUMNS])
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/** One period: the database sums each key over the period, the one before and since effective_at, in one pass. */
async function windowSums(tx: Transaction<Database>, agreementId: string, ranges: ReturnType<typeof figureRanges>): Promise<FigureSource> {
  const { current, previous, cumulative } = ranges;
  const within = (r: Period) => sql<number>`sum(case when day >= ${r.start} and day <= ${r.end} then value else 0 end)`;
  const rows = await tx
    .selectFrom('compliance_rollups')
    .select([...KEY_COLUMNS, within(current).as('current'), within(previous).as('previous'), within(cumulative).as('cumulative')])
    .where('agreement_id', '=', agreementId)
    .where('day', '>=', previous.start < cumulative.start ? previous.start : cumulative.start)
    .where('day', '<=', current.end)
    .groupBy([...KEY_COLUMNS])
    .execute();
  const sums = new RangeSums();
  for (const [range, column] of [[current, 'current'], [previous, 'previous'], [cumulative, 'cumulative']] as const) {
    sums.add(range, rows.map((r) => ({ measure: r.measure, party_id: r.party_id, kind: r.kind, subtype: r.subtype, region: r.region, term_id: r.term_id, value: Number(r[column]) })));
  }
  return sums;
}

/**
 * Many periods: every day's rows from the first previous period on, and the days before
 * that back to effective_at summed by the database into the one day just before.
 */
async function daySums(tx: Transaction<Database>, agreementId: string, periods: readonly Period[], since: string): Promise<FigureSource> {
  const first = previousPeriod(periods[0]!).start;
  const last = periods[periods.length - 1]!.end;
  const start = since < first ? addDays(first, -1) : first;
  const series = new DaySeries(start, daysBetween(start, last) + 1);
  if (since < first) for (const r of await sumOver(tx, agreementId, { start: since, end: addDays(first, -1) })) series.addRow({ ...r, day: start });
  const rows = await tx
    .selectFrom('compliance_rollups')
    .select(['day', ...KEY_COLUMNS, 'value'])
    .where('agreement_id', '=', agreementId)
    .where('day', '>=', first)
    .where('day', '<=', last)
    .execute();
  for (const r of rows) series.addRow({ ...r, value: Number(r.value) });
  return series;
}
