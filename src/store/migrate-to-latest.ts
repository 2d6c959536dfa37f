import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database-schema.js';
import type { DialectCapabilities } from './dialect/dialect-capabilities.js';
import { agreementsMigration } from './migrations/0001-agreements.js';
import { logMigration } from './migrations/0002-log.js';
import { accountsMigration } from './migrations/0003-accounts.js';
import { accountPrivacyMigration } from './migrations/0004-account-privacy.js';
import { gazetteerMigration } from './migrations/0005-gazetteer.js';
import { monitoringMigration } from './migrations/0006-monitoring.js';
import { verificationMigration } from './migrations/0007-verification.js';
import { areasAndBaselinesMigration } from './migrations/0008-areas-and-baselines.js';
import { complianceRollupsMigration } from './migrations/0009-compliance-rollups.js';
import { territorialChangesMigration } from './migrations/0010-territorial-changes.js';
import { sparseSubtreeHashesMigration } from './migrations/0011-sparse-subtree-hashes.js';
import { selectiveDisclosureMigration } from './migrations/0012-selective-disclosure.js';
import { caseworkIntegrityMigration } from './migrations/0013-casework-integrity.js';
import { idempotencyKeysMigration } from './migrations/0014-idempotency-keys.js';
import { translationsMigration } from './migrations/0015-translations.js';
import { placeSearchKeysMigration } from './migrations/0016-place-search-keys.js';

/** The same migrations for both databases, in order; a migration that needs a dialect difference reads a capability. */
function migrations(capabilities: DialectCapabilities): Record<string, Migration> {
  return {
    '0001-agreements': agreementsMigration,
    '0002-log': logMigration(capabilities),
    '0003-accounts': accountsMigration,
    '0004-account-privacy': accountPrivacyMigration,
    '0005-gazetteer': gazetteerMigration,
    '0006-monitoring': monitoringMigration,
    '0007-verification': verificationMigration,
    '0008-areas-and-baselines': areasAndBaselinesMigration,
    '0009-compliance-rollups': complianceRollupsMigration,
    '0010-territorial-changes': territorialChangesMigration,
    '0011-sparse-subtree-hashes': sparseSubtreeHashesMigration,
    '0012-selective-disclosure': selectiveDisclosureMigration,
    '0013-casework-integrity': caseworkIntegrityMigration,
    '0014-idempotency-keys': idempotencyKeysMigration,
    '0015-translations': translationsMigration,
    '0016-place-search-keys': placeSearchKeysMigration,
  };
}

export interface MigrationOutcome {
  applied: string[];
}

export async function migrateToLatest(db: Kysely<Database>, capabilities: DialectCapabilities): Promise<MigrationOutcome> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(capabilities) };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'truce_migrations',
    migrationLockTableName: 'truce_migrations_lock',
    ...(capabilities.schema ? { migrationTableSchema: capabilities.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
