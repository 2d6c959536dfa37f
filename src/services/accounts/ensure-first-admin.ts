import type { WriteContext } from '../use-case-context.js';
import { createUser } from './create-user.js';

export const FIRST_ADMIN_NAME = 'admin';

/**
 * On first start with no accounts at all, creates one administrator with a random
 * password and returns it, for the caller to show once. Otherwise does nothing.
 */
export async function ensureFirstAdmin(ctx: WriteContext): Promise<{ name: string; password: string } | null> {
  const any = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const { user, generatedPassword } = await createUser(ctx, { name: FIRST_ADMIN_NAME, role: 'admin' });
  return { name: user.name, password: generatedPassword! };
}
