import type { WriteContext } from '../use-case-context.js';

/** Records activity on a session, which pushes back its idle expiry (never its absolute one). */
export async function touchSession(ctx: WriteContext, input: { idHash: string }): Promise<void> {
  await ctx.db.updateTable('sessions').set({ last_seen_at: ctx.now }).where('id_hash', '=', input.idHash).execute();
}
