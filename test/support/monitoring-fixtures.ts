import { expect } from 'vitest';
import { apiClient } from './api-client.js';
import { loginAs, type TestAccount } from './login-as.js';
import type { TestTruce } from './start-test-truce.js';

export interface MonitoringFixtures {
  api: ReturnType<typeof apiClient>;
  parties: { ru: string; ua: string };
  /** Three sources with two affiliations: two independent ones and one Ukrainian. */
  sources: { mission: string; osint: string; uaOfficial: string };
  monitor: TestAccount;
  verifier1: TestAccount;
  verifier2: TestAccount;
  liaisonRu: TestAccount;
  liaisonUa: TestAccount;
  mediator: TestAccount;
}

/** Parties, sources and one account per role, made through the API as users would. */
export async function monitoringFixtures(t: TestTruce): Promise<MonitoringFixtures> {
  const api = apiClient(t.app);
  const partyMaker = await loginAs(t, 'mediator');
  const party = async (name: string) => {
    const res = await api.post('/api/v1/parties', { name, kind: 'state' }, partyMaker.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const parties = { ru: await party('Russia'), ua: await party('Ukraine') };
  const monitor = await loginAs(t, 'monitor');
  const source = async (name: string, type: string, affiliation: string | null) => {
    const res = await api.post('/api/v1/sources', { name, type, affiliation, default_reliability: 'B' }, monitor.headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  return {
    api,
    parties,
    sources: { mission: await source('Mission team 3', 'monitor_team', null), osint: await source('OSINT desk', 'osint', null), uaOfficial: await source('Ukrainian General Staff', 'party_official', parties.ua) },
    monitor,
    verifier1: await loginAs(t, 'verifier'),
    verifier2: await loginAs(t, 'verifier'),
    liaisonRu: await loginAs(t, 'liaison', { partyId: parties.ru }),
    liaisonUa: await loginAs(t, 'liaison', { partyId: parties.ua }),
    mediator: await loginAs(t, 'mediator'),
  };
}

/** A shelling report near Kupiansk at 10:00 on 13 March 2025, with any field replaced. */
export function shelling(source: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'shelling',
    observed_at: { start: '2025-03-13T10:00:00Z' },
    point: { latitude: 49.7106, longitude: 37.6156 },
    source_id: source,
    channel: 'monitor',
    count: 12,
    weapon: '122 mm artillery',
    narrative: 'Twelve impacts heard and seen east of the town.',
    ...extra,
  };
}
