import { randomBytes } from 'node:crypto';
import { SYSTEM_ACTOR } from '../../src/domain/actor.js';
import { createApiToken } from '../../src/services/accounts/create-api-token.js';
import { createUser } from '../../src/services/accounts/create-user.js';
import { apiClient } from './api-client.js';
import { loginAs, type TestAccount } from './login-as.js';
import type { TestTruce } from './start-test-truce.js';

/** Who asks, in the authorization matrix and the property test. */
export const WHO = ['admin', 'monitor', 'verifier', 'liaison-ru', 'liaison-ua', 'mediator', 'anonymous'] as const;
export type Who = (typeof WHO)[number];

/** Records the routes act on, and one account per `Who`. */
export interface MatrixFixture {
  ru: string;
  ua: string;
  us: string;
  agreementId: string;
  termId: string;
  positionId: string;
  /** An account the administrator may disable or reset. */
  victimUserId: string;
  victimTokenId: string;
  /** Credentials that log in successfully. */
  login: { name: string; password: string };
  headers: Record<Who, Record<string, string>>;
}

export async function matrixFixture(t: TestTruce): Promise<MatrixFixture> {
  const mediator = await loginAs(t, 'mediator');
  const api = apiClient(t.app, mediator.headers);
  const party = async (name: string, kind: string) => (await api.post('/api/v1/parties', { name, kind })).body.id as string;
  const ru = await party('Russia', 'state');
  const ua = await party('Ukraine', 'state');
  const us = await party('United States', 'mediator');
  const agreement = await api.post('/api/v1/agreements', { title: 'Matrix ceasefire', kind: 'ceasefire', party_ids: [ru, ua], mediator_ids: [us], duration_days: 30 });
  const term = await api.post(`/api/v1/agreements/${agreement.body.id}/terms`, { code: 'T1', text: 'Cease fire.', category: 'cessation_of_hostilities', applies_to: [ru, ua], status: 'agreed' });
  const position = await api.post(`/api/v1/agreements/${agreement.body.id}/positions`, {
    party_id: ru,
    stance: 'accepted_with_conditions',
    stated_at: '2025-03-13T00:00:00Z',
    conditions: [{ text: 'Control and verification' }],
  });

  const accounts: Partial<Record<Who, TestAccount>> = { mediator };
  accounts.admin = await loginAs(t, 'admin');
  accounts.monitor = await loginAs(t, 'monitor');
  accounts.verifier = await loginAs(t, 'verifier');
  accounts['liaison-ru'] = await loginAs(t, 'liaison', { partyId: ru });
  accounts['liaison-ua'] = await loginAs(t, 'liaison', { partyId: ua });

  const victim = await t.truce.runner.write(SYSTEM_ACTOR, createUser, { name: `victim-${randomBytes(3).toString('hex')}`, role: 'monitor' });
  const victimToken = await t.truce.runner.write(SYSTEM_ACTOR, createApiToken, { user_id: victim.user.id, name: 'victim token' });
  const login = { name: `login-${randomBytes(3).toString('hex')}`, password: `pw-${randomBytes(12).toString('hex')}` };
  await t.truce.runner.write(SYSTEM_ACTOR, createUser, { ...login, role: 'verifier' });

  const headers = Object.fromEntries(WHO.map((who) => [who, who === 'anonymous' ? {} : accounts[who]!.headers])) as Record<Who, Record<string, string>>;
  return {
    ru,
    ua,
    us,
    agreementId: agreement.body.id,
    termId: term.body.id,
    positionId: position.body.id,
    victimUserId: victim.user.id,
    victimTokenId: victimToken.token.id,
    login,
    headers,
  };
}

/** Fills `:name` and `*` in a route's URL from the fixture, or from a row's own values. */
export function fillUrl(url: string, f: MatrixFixture, params: Record<string, string> = {}): string {
  const values: Record<string, string> = { id: f.agreementId, termId: f.termId, positionId: f.positionId, conditionId: 'c1', '*': 'index.css', ...params };
  return url.replace(/:(\w+)|\*/g, (match, name: string | undefined) => encodeURIComponent(values[name ?? match] ?? 'x'));
}
