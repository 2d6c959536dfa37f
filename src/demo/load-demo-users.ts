import type { Actor } from '../domain/actor.js';
import type { AccountRole } from '../domain/auth/account-types.js';
import { createUser } from '../services/accounts/create-user.js';
import type { UseCaseRunner } from '../services/use-case-runner.js';
import type { WriteContext } from '../services/use-case-context.js';
import { DEMO_IDS } from './load-demo-scenario.js';

/**
 * One account per role for trying Truce out, with passwords printed in the README
 * (each is the name followed by `-password`). Created only in demo mode
 * (`truce serve --demo`, `truce demo`), never otherwise: anyone who reads the
 * README knows them. Two verifiers, because verifying an incident needs two.
 */
export const DEMO_USERS: readonly { name: string; role: AccountRole; party_id: string | null }[] = [
  { name: 'demo-admin', role: 'admin', party_id: null },
  { name: 'demo-monitor', role: 'monitor', party_id: null },
  { name: 'demo-verifier-1', role: 'verifier', party_id: null },
  { name: 'demo-verifier-2', role: 'verifier', party_id: null },
  { name: 'demo-liaison-russia', role: 'liaison', party_id: DEMO_IDS.russia },
  { name: 'demo-liaison-ukraine', role: 'liaison', party_id: DEMO_IDS.ukraine },
  { name: 'demo-mediator', role: 'mediator', party_id: null },
];

export function demoPassword(name: string): string {
  return `${name}-password`;
}

const LOADER: Actor = { id: 'demo-loader', role: 'admin' };

/** Creates the demo accounts that do not exist yet (after the scenario, which holds their parties). */
export async function loadDemoUsers(runner: UseCaseRunner): Promise<{ created: string[] }> {
  return runner.write(LOADER, loadUsers, undefined);
}

async function loadUsers(ctx: WriteContext): Promise<{ created: string[] }> {
  const created: string[] = [];
  for (const user of DEMO_USERS) {
    const exists = await ctx.db.selectFrom('users').select('id').where('name', '=', user.name).executeTakeFirst();
    if (exists) continue;
    await createUser(ctx, { ...user, password: demoPassword(user.name) });
    created.push(user.name);
  }
  return { created };
}
