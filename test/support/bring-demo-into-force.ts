import { DEMO_IDS } from '../../src/demo/load-demo-scenario.js';
import type { Actor } from '../../src/domain/actor.js';
import { getAgreement } from '../../src/services/agreements/get-agreement.js';
import { resolveCondition } from '../../src/services/agreements/resolve-condition.js';
import { transitionAgreement } from '../../src/services/agreements/transition-agreement.js';
import type { UseCaseRunner } from '../../src/services/use-case-runner.js';

/**
 * What the demo's mediator would do for the ceasefire to hold from 11 March 2025, the day
 * Ukraine accepted it: mark every condition met, then enter it into force, through the use
 * cases and the log. The figures then count what was found from that day as violations.
 */
export async function bringDemoIntoForce(runner: UseCaseRunner): Promise<void> {
  const mediator: Actor = { id: 'demo-loader', role: 'mediator' };
  const { positions } = await runner.read(mediator, getAgreement, { id: DEMO_IDS.agreement });
  for (const position of positions)
    for (const condition of position.conditions)
      await runner.write(mediator, resolveCondition, { agreement_id: DEMO_IDS.agreement, position_id: position.id, condition_id: condition.id, status: 'met', note: 'Agreed at the talks.' });
  await runner.write(mediator, transitionAgreement, { id: DEMO_IDS.agreement, to: 'in_force', effective_at: '2025-03-11T00:00:00.000Z', reason: 'Both parties accepted.' });
}
