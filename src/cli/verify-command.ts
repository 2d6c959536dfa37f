import { join } from 'node:path';
import { Command, Option } from 'commander';
import { AuditFailure, auditLog, type AuditVerdict } from '../services/log/audit-log.js';
import { databaseAuditHooks } from '../services/log/database-audit-hooks.js';
import { databaseLogSource } from '../services/log/database-log-source.js';
import { httpLogSource } from '../services/log/http-log-source.js';
import { KnownLogs, truceConfigDir } from '../services/log/known-logs.js';
import { openDatabase } from '../store/dialect/open-database.js';
import { auditProgress } from './audit-progress.js';
import { runCommand } from './run-command.js';

interface VerifyOptions {
  url?: string;
  db?: string;
  key?: string;
}

/** `truce verify`: exit 0 when the log checks out, 1 with the first wrong entry named when it does not. */
export function verifyCommand(): Command {
  return new Command('verify')
    .description('recompute the log from its entries and check it against the signed checkpoint and the one seen before')
    .addOption(new Option('--url <url>', 'a Truce server, read through its tlog-tiles under /log/').conflicts('db'))
    .addOption(new Option('--db <url>', 'a Truce database; also checks stored hashes and that every record equals its latest entry'))
    .option('--key <vkey>', 'the log verifier key (name+id+key); without it, the key remembered from the first run is used')
    .action((options: VerifyOptions) =>
      runCommand(async () => {
        if (!options.url && !options.db) throw new Error('give --url URL or --db URL');
        const known = new KnownLogs(join(truceConfigDir(), 'known-logs.json'));
        const progress = auditProgress('verifying');
        const common = { known, now: () => new Date(), onProgress: progress.update, ...(options.key ? { key: options.key } : {}) };
        try {
          let verdict: AuditVerdict;
          if (options.url) {
            verdict = await auditLog(httpLogSource(options.url), common);
          } else {
            const database = await openDatabase(options.db!, { readOnly: true });
            try {
              verdict = await auditLog(databaseLogSource(database.db, database.description), { ...common, ...databaseAuditHooks(database.db) });
            } finally {
              await database.close();
            }
          }
          progress.stop();
          const since = verdict.previous ? `, consistent with size ${verdict.previous.size} seen before` : '';
          process.stdout.write(`OK: ${verdict.origin} verified: ${verdict.size} entries, root ${verdict.root}${since}; key ${verdict.keySource}\n`);
          return 0;
        } catch (error) {
          progress.stop();
          if (!(error instanceof AuditFailure)) throw error;
          process.stdout.write(`FAIL${error.index === null ? '' : ` at entry ${error.index}`}: ${error.message}\n`);
          return 1;
        }
      }),
    );
}
