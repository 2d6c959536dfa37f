import { join } from 'node:path';
import { Command, Option } from 'commander';
import { auditAnswers } from '../services/log/audit-answers.js';
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
  token?: string;
}

/** `truce verify`: exit 0 when the log checks out, 1 with the first wrong entry named when it does not. */
export function verifyCommand(): Command {
  return new Command('verify')
    .description('recompute the log from its entries and check it against the signed checkpoint and the one seen before')
    .addOption(new Option('--url <url>', 'a Truce server: its log read through the tlog-tiles under /log/, then every record its API shows checked against it').conflicts('db'))
    .addOption(new Option('--db <url>', 'a Truce database; also opens every entry with the values and salts kept for it, and checks every record against its latest entry'))
    .option('--key <vkey>', 'the log verifier key (name+id+key); without it, the key remembered from the first run is used')
    .addOption(new Option('--token <token>', 'with --url: read the API as this API token’s holder instead of the public').conflicts('db'))
    .action((options: VerifyOptions) =>
      runCommand(async () => {
        if (!options.url && !options.db) throw new Error('give --url URL or --db URL');
        const known = new KnownLogs(join(truceConfigDir(), 'known-logs.json'));
        const progress = auditProgress('verifying');
        const common = { known, now: () => new Date(), onProgress: progress.update, ...(options.key ? { key: options.key } : {}) };
        try {
          let verdict: AuditVerdict;
          let answers = '';
          if (options.url) {
            const source = httpLogSource(options.url);
            verdict = await auditLog(source, common);
            const checked = await auditAnswers(options.url, source, verdict.size, options.token ? { token: options.token } : {});
            answers = `; ${checked.records} records shown to ${options.token ? 'this token' : 'the public'} match the log field by field, ${checked.entriesOpened} entries opened`;
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
          process.stdout.write(`OK: ${verdict.origin} verified: ${verdict.size} entries, root ${verdict.root}${since}; key ${verdict.keySource}${answers}\n`);
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
