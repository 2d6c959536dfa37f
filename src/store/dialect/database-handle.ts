import type { Kysely } from 'kysely';
import type { Database } from '../database-schema.js';
import type { DialectCapabilities } from './dialect-capabilities.js';

export interface DatabaseHandle {
  db: Kysely<Database>;
  capabilities: DialectCapabilities;
  /** The URL with any password removed, for messages. */
  description: string;
  close(): Promise<void>;
}
