import type { IncidentStatus } from '../../domain/incidents/incident-types.js';
import type { ContextOf, RecordKindName, RecordOf } from '../../domain/policy/disclosure-table.js';
import { evidenceContext } from '../evidence/evidence-context.js';
import type { ReadContext } from '../use-case-context.js';

async function incidentOf(ctx: ReadContext, id: string) {
  const row = await ctx.db.selectFrom('incidents').select(['status', 'attributed_party_id']).where('id', '=', id).executeTakeFirstOrThrow();
  return { status: row.status as IncidentStatus, attributed_party_id: row.attributed_party_id };
}

type Loader<K extends RecordKindName> = (ctx: ReadContext, record: RecordOf<K>) => Promise<ContextOf<K>>;

/** What each casework kind's disclosure depends on beyond the record: read from the records it belongs to, as they are now. */
const LOADERS: { [K in RecordKindName]?: Loader<K> } = {
  report: async (ctx, report) => ({ incident: await incidentOf(ctx, report.incident_id) }),
  evidence: (ctx, evidence) => evidenceContext(ctx, evidence.report_id),
  decision: async (ctx, decision) => ({ incident: await incidentOf(ctx, decision.incident_id) }),
  dispute: async (ctx, dispute) => ({ incident: await incidentOf(ctx, dispute.incident_id) }),
};

export async function disclosureContext<K extends RecordKindName>(ctx: ReadContext, kind: K, record: RecordOf<K>): Promise<ContextOf<K>> {
  const load = LOADERS[kind] as Loader<K> | undefined;
  // Kinds with no loader depend on nothing but themselves.
  return load ? load(ctx, record) : (undefined as ContextOf<K>);
}
