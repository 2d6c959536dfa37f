import type { ClusterSettings } from '../domain/incidents/cluster-decision.js';

export interface MonitoringSettings {
  clustering: ClusterSettings;
  /** Largest evidence file accepted, in bytes; past it the upload answers 413. */
  evidenceMaxBytes: number;
}

export const DEFAULT_MONITORING: MonitoringSettings = {
  clustering: { distanceKm: 5, windowMs: 2 * 3_600_000 },
  evidenceMaxBytes: 200 * 1024 * 1024,
};

/** TRUCE_CLUSTER_DISTANCE_KM, TRUCE_CLUSTER_WINDOW_MINUTES and TRUCE_EVIDENCE_MAX_BYTES, where set. */
export function monitoringFromEnv(env: NodeJS.ProcessEnv): Partial<MonitoringSettings> {
  const number = (name: string) => {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}"`);
    return n;
  };
  const distanceKm = number('TRUCE_CLUSTER_DISTANCE_KM');
  const windowMinutes = number('TRUCE_CLUSTER_WINDOW_MINUTES');
  const evidenceMaxBytes = number('TRUCE_EVIDENCE_MAX_BYTES');
  return {
    ...(distanceKm || windowMinutes
      ? { clustering: { distanceKm: distanceKm ?? DEFAULT_MONITORING.clustering.distanceKm, windowMs: windowMinutes ? windowMinutes * 60_000 : DEFAULT_MONITORING.clustering.windowMs } }
      : {}),
    ...(evidenceMaxBytes ? { evidenceMaxBytes } : {}),
  };
}

export function monitoringSettings(partial: Partial<MonitoringSettings> = {}): MonitoringSettings {
  return { ...DEFAULT_MONITORING, ...partial };
}
