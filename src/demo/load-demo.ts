import { SYSTEM_ACTOR, type Actor } from '../domain/actor.js';
import { userActorId } from '../domain/auth/account-types.js';
import { loadGazetteer } from '../services/places/load-gazetteer.js';
import type { UseCaseRunner } from '../services/use-case-runner.js';
import { loadDemoScenario } from './load-demo-scenario.js';
import { loadDemoUsers } from './load-demo-users.js';
import { loadMonitoringDemo } from './load-monitoring-demo.js';

/**
 * Demo mode, for `truce demo` and `truce serve --demo`: the scenario from the source
 * document, one documented account per role, the gazetteer, and synthetic reports
 * submitted and verified by those accounts. Each step is idempotent; returns what it did.
 */
export async function loadDemo(runner: UseCaseRunner): Promise<string[]> {
  const done: string[] = [];
  const scenario = await loadDemoScenario(runner);
  done.push(scenario.loaded ? 'loaded the demo scenario' : 'the demo scenario is already loaded');
  const { created } = await loadDemoUsers(runner);
  if (created.length) done.push(`created the demo accounts ${created.join(', ')} (passwords in the README)`);
  await runner.write(SYSTEM_ACTOR, loadGazetteer, undefined);
  const account = async (name: string): Promise<Actor> => {
    const user = await runner.read(SYSTEM_ACTOR, (ctx) => ctx.db.selectFrom('users').select(['id', 'role']).where('name', '=', name).executeTakeFirstOrThrow(), undefined);
    return { id: userActorId(user.id), role: user.role as Actor['role'] };
  };
  const monitoring = await loadMonitoringDemo(runner, {
    monitor: await account('demo-monitor'),
    verifiers: [await account('demo-verifier-1'), await account('demo-verifier-2')],
  });
  done.push(monitoring.loaded ? 'loaded the synthetic monitoring reports' : 'the synthetic monitoring reports are already loaded');
  return done;
}
