import type { WriteContext } from '../use-case-context.js';

/** Logout: the session is deleted at once, so its cookie opens nothing from now on. */
export async function endSession(ctx: WriteContext, input: { idHash: string }): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('id_hash', '=', input.idHash).execute();
}
