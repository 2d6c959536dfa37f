import type { Actor } from '../domain/actor.js';
import { addTerm } from '../services/agreements/add-term.js';
import { createAgreement } from '../services/agreements/create-agreement.js';
import { recordPosition } from '../services/agreements/record-position.js';
import { transitionAgreement } from '../services/agreements/transition-agreement.js';
import { createControlClaim } from '../services/control/create-control-claim.js';
import { createParty } from '../services/parties/create-party.js';
import { setTranslation } from '../services/translations/set-translation.js';
import { recordFromRow } from '../store/record-kinds.js';
import type { UseCaseRunner } from '../services/use-case-runner.js';
import type { WriteContext } from '../services/use-case-context.js';
import { moscowTimes, QUOTES } from './scenario-citations.js';
import { SCENARIO_TRANSLATIONS } from './scenario-translations.js';

export const DEMO_IDS = {
  russia: 'party-russia',
  ukraine: 'party-ukraine',
  unitedStates: 'party-united-states',
  agreement: 'agreement-2025-03-30-day-ceasefire',
} as const;

const LOADER: Actor = { id: 'demo-loader', role: 'mediator' };

export interface DemoOutcome {
  loaded: boolean;
}

/**
 * Loads the scenario of the source document in one transaction: the parties,
 * the US-proposed 30-day ceasefire, its terms, each party's position with its
 * conditions, and the claimed recapture of Sudzha, with the scenario's own texts in Ukrainian and
 * Russian as unofficial translations. Loading it again changes nothing.
 */
export async function loadDemoScenario(runner: UseCaseRunner): Promise<DemoOutcome> {
  return runner.write(LOADER, loadScenario, undefined);
}

async function loadScenario(ctx: WriteContext): Promise<DemoOutcome> {
  const existing = await ctx.db.selectFrom('agreements').select('id').where('id', '=', DEMO_IDS.agreement).executeTakeFirst();
  if (existing) return { loaded: false };
  const { russia, ukraine, unitedStates, agreement } = DEMO_IDS;

  await createParty(ctx, { id: russia, name: 'Russia', kind: 'state', aliases: ['Russian Federation', 'RF'] });
  await createParty(ctx, { id: ukraine, name: 'Ukraine', kind: 'state', aliases: ['UA'] });
  await createParty(ctx, { id: unitedStates, name: 'United States', kind: 'mediator', aliases: ['US', 'USA', 'Washington'] });

  await createAgreement(ctx, {
    id: agreement,
    title: 'US-proposed 30-day ceasefire',
    kind: 'ceasefire',
    party_ids: [russia, ukraine],
    mediator_ids: [unitedStates],
    proposed_at: '2025-03-11T00:00:00.000Z',
    duration_days: 30,
    citations: [moscowTimes(QUOTES.ukraineAgreed), moscowTimes(QUOTES.russiaAccepts), moscowTimes(QUOTES.kurskSeized)],
  });

  const term = (code: string, text: string, category: Parameters<typeof addTerm>[1]['category'], appliesTo: string[], proposedBy: string, method: string) =>
    addTerm(ctx, { id: `${agreement}-${code}`, agreement_id: agreement, code, text, category, applies_to: appliesTo, proposed_by: proposedBy, status: 'proposed', verification_method: method });
  await term('T1', 'An immediate, interim 30-day ceasefire: the parties cease hostilities, extendable by mutual agreement.', 'cessation_of_hostilities', [russia, ukraine], unitedStates, 'Monitor reports of fire and attacks, corroborated by independent sources and verified by two verifiers.');
  await term('T2', 'No forced mobilization during the 30 days.', 'no_mobilization', [ukraine], russia, 'Reports of mobilization from monitors and open sources.');
  await term('T3', 'No weapons deliveries during the 30 days.', 'no_rearmament', [ukraine], russia, 'Reports of arms deliveries from monitors and open sources.');
  await term('T4', 'Control and verification of the ceasefire by a mechanism both parties accept.', 'monitor_access', [russia, ukraine], russia, 'Access restrictions against monitors are recorded and reported.');
  await term('T5', 'The fate of the Ukrainian troops in the Kursk region: whether they withdraw or lay down arms.', 'other', [ukraine], russia, 'Control assessments of places in the Kursk region.');

  await recordPosition(ctx, {
    id: `${agreement}-position-ukraine`,
    agreement_id: agreement,
    party_id: ukraine,
    stance: 'accepted_with_conditions',
    stated_at: '2025-03-11T00:00:00.000Z',
    statement: 'At the talks in Saudi Arabia (Jeddah, joint US–Ukraine statement of 11 March 2025), Ukraine accepted an immediate, interim 30-day ceasefire, extendable by mutual agreement.',
    conditions: [{ text: 'Subject to acceptance and concurrent implementation by the Russian Federation.', term_code: 'T1', citation: moscowTimes(QUOTES.ukraineAgreed) }],
    citation: moscowTimes(QUOTES.ukraineAgreed),
  });
  await recordPosition(ctx, {
    id: `${agreement}-position-russia`,
    agreement_id: agreement,
    party_id: russia,
    stance: 'accepted_with_conditions',
    stated_at: '2025-03-13T00:00:00.000Z',
    statement: QUOTES.ideaCorrect,
    conditions: [
      { text: 'The ceasefire must lead to long-term peace and remove the root causes of the conflict.', term_code: null, citation: moscowTimes(QUOTES.rootCauses) },
      { text: 'Control and verification: how it is guaranteed that the 30 days are not used against Russia.', term_code: 'T4', citation: moscowTimes(QUOTES.mobilizationAndWeapons) },
      { text: 'No forced mobilization in Ukraine during the 30 days.', term_code: 'T2', citation: moscowTimes(QUOTES.mobilizationAndWeapons) },
      { text: 'No weapons deliveries to Ukraine during the 30 days.', term_code: 'T3', citation: moscowTimes(QUOTES.mobilizationAndWeapons) },
      { text: 'The fate of the Ukrainian troops in the Kursk region.', term_code: 'T5', citation: moscowTimes(QUOTES.kursk) },
      { text: 'Sanctions relief, the Kremlin’s stated aim in any deal.', term_code: null, citation: moscowTimes(QUOTES.sanctionsRelief) },
    ],
    citation: moscowTimes(QUOTES.russiaAccepts),
  });
  await recordPosition(ctx, {
    id: `${agreement}-position-united-states-2025-03-12`,
    agreement_id: agreement,
    party_id: unitedStates,
    stance: 'accepted',
    stated_at: '2025-03-12T00:00:00.000Z',
    statement: 'President Trump hopes Russia agrees to the truce, and threatens “very bad, devastating” financial sanctions if it does not.',
    citation: moscowTimes(QUOTES.trumpSanctions),
  });
  await recordPosition(ctx, {
    id: `${agreement}-position-united-states-2025-03-13`,
    agreement_id: agreement,
    party_id: unitedStates,
    stance: 'accepted',
    stated_at: '2025-03-13T00:00:00.000Z',
    statement: 'Secretary of State Rubio: Washington wants Moscow to agree to the ceasefire with no preconditions.',
    citation: moscowTimes(QUOTES.rubio),
  });

  await transitionAgreement(ctx, { id: agreement, to: 'proposed', reason: 'Proposed by the United States at the talks in Saudi Arabia, 11 March 2025.' });

  await createControlClaim(ctx, {
    id: 'control-claim-sudzha-2025-03-13',
    place_name: 'Sudzha',
    geonames_id: 486816,
    latitude: 51.1976,
    longitude: 35.2726,
    status: 'controlled_by',
    controlled_by: russia,
    basis: 'claimed',
    claimant: russia,
    source: 'Russian Defense Ministry',
    as_of: '2025-03-13T00:00:00.000Z',
    citation: moscowTimes(QUOTES.sudzha),
    evidence: [],
  });
  await translateScenario(ctx);
  return { loaded: true };
}

async function translateScenario(ctx: WriteContext): Promise<void> {
  for (const { condition, transition_to, uk, ru, ...target } of SCENARIO_TRANSLATIONS) {
    if (transition_to !== undefined) {
      const row = await ctx.db.selectFrom('agreement_transitions').select('id').where('agreement_id', '=', DEMO_IDS.agreement).where('to_status', '=', transition_to).executeTakeFirstOrThrow();
      target.record_id = row.id;
    }
    let part = '';
    if (condition !== undefined) {
      const row = await ctx.db.selectFrom('positions').selectAll().where('id', '=', target.record_id).executeTakeFirstOrThrow();
      part = recordFromRow('position', row).conditions[condition]!.id;
    }
    for (const [lang, text] of [['uk', uk], ['ru', ru]] as const) await setTranslation(ctx, { ...target, part, lang, text, unofficial: true });
  }
}
