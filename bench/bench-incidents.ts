import { latLngToCell } from 'h3-js';
import { CLUSTER_RESOLUTION } from '../src/domain/incidents/cluster-cells.js';
import { kindFamily, type ReportKind } from '../src/domain/monitoring/report-taxonomy.js';
import { roundedLocation } from '../src/domain/monitoring/rounded-location.js';
import { DEMO_IDS } from '../src/demo/load-demo-scenario.js';
import type { Truce } from '../src/create-truce.js';
import { refreshContributions } from '../src/services/compliance/refresh-contributions.js';
import type { IncidentTable } from '../src/store/tables/monitoring-tables.js';

const KINDS: ReportKind[] = ['shelling', 'explosion', 'drone_strike', 'burst_or_shot', 'missile_strike', 'troop_movement', 'civilian_harm'];
const PARTIES = [DEMO_IDS.russia, DEMO_IDS.ukraine, null];
const WINDOW_START = Date.parse('2025-03-11T00:00:00Z');
const WINDOW_MS = 30 * 86_400_000;
const BATCH = 1000;

/** mulberry32, so that every run loads the same incidents. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Benchmark set-up only: `count` synthetic incidents inserted straight into the incidents
 * table in bulk, without reports and without log entries, because clustering and logging
 * 100,000 reports would take far longer than what is measured. All are published
 * (verified), the worst case for the public map; one in ten has a sensitive location. The
 * compliance rollups are refreshed for them as a write would, so the dashboard counts them.
 */
export async function insertBenchIncidents(truce: Truce, count: number): Promise<void> {
  const next = random(count);
  const now = new Date().toISOString();
  await truce.database.db.transaction().execute(async (tx) => {
    for (let from = 0; from < count; from += BATCH) {
      const rows: IncidentTable[] = [];
      for (let i = from; i < Math.min(count, from + BATCH); i++) {
        // Along the line of contact, from Kherson to Kharkiv, and around Sudzha.
        const along = next();
        const latitude = next() < 0.2 ? 51.2 + (next() - 0.5) * 0.6 : 46.6 + along * 3.7 + (next() - 0.5) * 0.8;
        const longitude = next() < 0.2 ? 35.27 + (next() - 0.5) * 0.8 : 32.6 + along * 5.2 + (next() - 0.5) * 0.8;
        const sensitive = next() < 0.1;
        const shown = sensitive ? roundedLocation(latitude, longitude) : { latitude, longitude };
        const at = new Date(WINDOW_START + Math.floor(next() * WINDOW_MS)).toISOString();
        const kind = KINDS[Math.floor(next() * KINDS.length)]!;
        const party = PARTIES[Math.floor(next() * PARTIES.length)] ?? null;
        rows.push({
          id: `bench-incident-${String(i).padStart(6, '0')}`,
          family: kindFamily(kind),
          kind,
          status: 'verified',
          latitude: shown.latitude,
          longitude: shown.longitude,
          exact_latitude: latitude,
          exact_longitude: longitude,
          location_sensitive: sensitive ? 1 : 0,
          h3_cell: latLngToCell(latitude, longitude, CLUSTER_RESOLUTION),
          first_observed_at: at,
          last_observed_at: at,
          report_count: 1,
          affiliations: JSON.stringify(['independent']),
          corroboration: 1,
          agreement_id: DEMO_IDS.agreement,
          attributed_party_id: party,
          attribution_confidence: party ? 'possible' : null,
          merged_into: null,
          synthetic: 1,
          created_at: now,
          updated_at: now,
          log_index: 0,
          salts: '{}',
        });
      }
      await tx.insertInto('incidents').values(rows).execute();
      // The compliance rollups follow, as any write that changes an incident keeps them: the dashboard shows these incidents.
      await refreshContributions({ db: tx }, rows.map((row) => row.id));
    }
  });
}
