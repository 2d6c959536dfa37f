import type { AcledNames } from '../../domain/interop/acled-row.js';
import { can } from '../../domain/policy/can.js';
import { discloseRecord } from '../../domain/policy/disclose-record.js';
import { recordFromRow } from '../../store/record-kinds.js';
import type { ReadContext } from '../use-case-context.js';

/**
 * The names an export writes instead of ids, each disclosed to the reader: parties always
 * (they are public), sources only to a reader the policy lets read sources.
 */
export async function getExportNames(ctx: ReadContext): Promise<AcledNames> {
  const parties = new Map<string, string>();
  for (const row of await ctx.db.selectFrom('parties').selectAll().execute()) {
    const shown = discloseRecord('party', recordFromRow('party', row), undefined, ctx.actor);
    if (typeof shown?.name === 'string') parties.set(shown.id, shown.name);
  }
  const sources = new Map<string, string>();
  if (can(ctx.actor, 'source.read')) {
    for (const row of await ctx.db.selectFrom('sources').selectAll().execute()) {
      const shown = discloseRecord('source', recordFromRow('source', row), undefined, ctx.actor);
      if (typeof shown?.name === 'string') sources.set(shown.id, shown.name);
    }
  }
  return { parties, sources };
}
