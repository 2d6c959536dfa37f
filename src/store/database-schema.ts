/**
 * The tables as Kysely sees them. Times are fixed-width UTC ISO-8601 text and
 * structured values are JSON text, so that both databases store the same bytes
 * and a record can be compared with its log entry byte for byte.
 */
import type { AccountTables } from './tables/account-tables.js';
import type { AgreementTables } from './tables/agreement-tables.js';
import type { ComplianceTables } from './tables/compliance-tables.js';
import type { ControlTables } from './tables/control-tables.js';
import type { IdempotencyTables } from './tables/idempotency-tables.js';
import type { LogTables } from './tables/log-tables.js';
import type { MonitoringTables } from './tables/monitoring-tables.js';
import type { TranslationTables } from './tables/translation-tables.js';

export interface Database extends AgreementTables, ControlTables, AccountTables, LogTables, MonitoringTables, ComplianceTables, IdempotencyTables, TranslationTables {}
