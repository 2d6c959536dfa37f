import { NotFoundError } from '../../domain/domain-error.js';
import type { ReadContext } from '../use-case-context.js';

/** The id of a user named by id or by login name (the CLI accepts either). */
export async function findUserId(ctx: ReadContext, input: { nameOrId: string }): Promise<string> {
  const row = await ctx.db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', input.nameOrId), eb('name', '=', input.nameOrId)]))
    .executeTakeFirst();
  if (!row) throw new NotFoundError('user', input.nameOrId);
  return row.id;
}
