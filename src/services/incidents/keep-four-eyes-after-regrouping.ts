import type { WriteContext } from '../use-case-context.js';

export interface Regrouping {
  /** Every incident whose reports changed: a decision proposed on what it held no longer stands. */
  touched: readonly string[];
  /** Per incident, the accounts whose reports left it (or that reported into incidents merged into it). */
  formerReporters: ReadonlyMap<string, readonly string[]>;
}

/**
 * A merge or a split changes what a pending decision was proposed on, so it supersedes
 * every pending decision on the incidents it touches; and whoever ever reported into an
 * incident stays barred from approving a decision on it, so that nobody splits their own
 * report out and then approves.
 */
export async function keepFourEyesAfterRegrouping(ctx: WriteContext, regrouping: Regrouping): Promise<void> {
  const pending = await ctx.db.selectFrom('decisions').select('id').where('incident_id', 'in', [...regrouping.touched]).where('status', '=', 'pending').execute();
  for (const p of pending) await ctx.records.update('decision', 'superseded', p.id, { status: 'superseded', updated_at: ctx.now });
  const rows = [...regrouping.formerReporters].flatMap(([incident_id, actors]) => [...new Set(actors)].map((actor_id) => ({ incident_id, actor_id })));
  for (let i = 0; i < rows.length; i += 1000) {
    await ctx.db
      .insertInto('incident_former_reporters')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.columns(['incident_id', 'actor_id']).doNothing())
      .execute();
  }
}
