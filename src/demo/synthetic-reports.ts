import type { ReportKind } from '../domain/monitoring/report-taxonomy.js';
import type { ReportInput } from '../services/reports/report-input.js';

/** Approximate line of contact, south-west to north-east (Kherson to Vovchansk), as [latitude, longitude]. */
const LINE_OF_CONTACT: readonly [number, number][] = [
  [46.65, 32.6], [46.75, 33.4], [47.5, 34.9], [47.45, 35.9], [47.75, 36.8], [48.1, 37.45], [48.3, 37.18],
  [48.6, 38.0], [48.95, 38.1], [49.3, 37.9], [49.7, 37.75], [50.15, 37.3], [50.3, 36.95],
];
const SUDZHA: [number, number] = [51.1976, 35.2726];

const KINDS: readonly [ReportKind, string | null, number][] = [
  ['shelling', null, 30], ['explosion', 'impact', 15], ['explosion', 'outgoing', 5], ['drone_strike', null, 15], ['missile_strike', null, 3],
  ['burst_or_shot', null, 12], ['troop_movement', null, 8], ['civilian_harm', null, 6], ['access_restriction', 'jamming', 3], ['infrastructure_damage', null, 3],
];
const TOTAL_WEIGHT = KINDS.reduce((s, k) => s + k[2], 0);

export interface SyntheticOptions {
  /** The first observation; reports follow in time order. */
  start?: string;
  /** The span the reports cover. */
  spanMs?: number;
  idPrefix?: string;
}

/** mulberry32: a small deterministic generator, so that the same index always gives the same report. */
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
 * Synthetic reports near the line of contact and, one in five, around Sudzha in the
 * Kursk region, in batches; generated one batch at a time, never all at once. Every
 * one is marked synthetic. Report `offset + i` is the same whatever the batch size.
 */
export function* syntheticReports(count: number, batchSize: number, sourceIds: readonly string[], offset = 0, options: SyntheticOptions = {}): Generator<ReportInput[]> {
  const start = Date.parse(options.start ?? '2025-03-13T00:00:00Z');
  const step = (options.spanMs ?? 30 * 86_400_000) / Math.max(1, count);
  const prefix = options.idPrefix ?? 'synthetic-report-';
  for (let from = 0; from < count; from += batchSize) {
    const batch: ReportInput[] = [];
    for (let i = from; i < Math.min(count, from + batchSize); i++) batch.push(syntheticReport(offset + i, start + (offset + i) * step, sourceIds, prefix));
    yield batch;
  }
}

/**
 * Reports come in events of one to three reports from different sources (an event is
 * three consecutive indexes), so that clustering has corroboration to find.
 */
function syntheticReport(index: number, atMs: number, sourceIds: readonly string[], prefix: string): ReportInput {
  const event = Math.floor(index / 3);
  const next = random(event * 2654435761);
  const own = random(index * 2246822519);
  const reporters = 1 + Math.floor(next() * 3);
  let latitude: number;
  let longitude: number;
  if (next() < 0.2) {
    latitude = SUDZHA[0] + (next() - 0.5) * 0.35;
    longitude = SUDZHA[1] + (next() - 0.5) * 0.5;
  } else {
    const leg = Math.floor(next() * (LINE_OF_CONTACT.length - 1));
    const [a, b] = [LINE_OF_CONTACT[leg]!, LINE_OF_CONTACT[leg + 1]!];
    const along = next();
    latitude = a[0] + (b[0] - a[0]) * along + (next() - 0.5) * 0.2;
    longitude = a[1] + (b[1] - a[1]) * along + (next() - 0.5) * 0.3;
  }
  let pick = next() * TOTAL_WEIGHT;
  const [kind, subtype] = KINDS.find((k) => (pick -= k[2]) < 0) ?? KINDS[0]!;
  // A report beyond the event's count of reporters is an event of its own, a little way off.
  const alone = index % 3 >= reporters;
  if (alone) {
    latitude += 0.1 + own() * 0.1;
    longitude += (own() - 0.5) * 0.2;
  }
  const jitter = (own() - 0.5) * 20 * 60_000;
  return {
    id: `${prefix}${index}`,
    kind,
    subtype,
    observed_at: { start: new Date(Math.round(atMs + jitter)).toISOString() },
    point: { latitude: Math.round((latitude + (own() - 0.5) * 0.01) * 1e5) / 1e5, longitude: Math.round((longitude + (own() - 0.5) * 0.01) * 1e5) / 1e5 },
    source_id: sourceIds[(index % 3 + event) % sourceIds.length]!,
    channel: 'monitor',
    count: 1 + Math.floor(own() * 20),
    narrative: `Synthetic ${kind.replaceAll('_', ' ')} for the demonstration map; not a real event.`,
    synthetic: true,
  };
}
