import type { WriteContext } from '../use-case-context.js';

/** After a login with a hash made under weaker parameters: store it again under today's. */
export async function rehashPassword(ctx: WriteContext, input: { user_id: string; password_hash: string }): Promise<void> {
  await ctx.records.update('user', 'password_rehashed', input.user_id, { password_hash: input.password_hash, updated_at: ctx.now });
}
