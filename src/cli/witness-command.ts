import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { SigningKeyError } from '../config/load-signing-key.js';
import { generateWitnessKey, parseWitnessSignerKey } from '../ledger/cosignature.js';
import { parseVerifierKey } from '../ledger/note-keys.js';
import { KnownLogs, truceConfigDir } from '../services/log/known-logs.js';
import { witnessOnce } from '../services/log/witness.js';
import { runCommand } from './run-command.js';

interface WitnessCommandOptions {
  log: string;
  key: string;
  witnessKey: string;
  name: string;
  interval: string;
  once?: boolean;
  evidenceDir: string;
  state: string;
}

export function witnessCommand(): Command {
  const dir = truceConfigDir();
  return new Command('witness')
    .description('watch a Truce log: check each new checkpoint is consistent with the last one cosigned, then cosign it')
    .requiredOption('--log <url>', 'the Truce server to witness')
    .requiredOption('--key <vkey>', "the log's verifier key (from `truce log key`)")
    .option('--witness-key <file>', 'this witness’s signer key, created on first use', join(dir, 'witness.key'))
    .option('--name <name>', 'the witness name used when a key is created', `truce-witness/${hostname()}`)
    .addOption(new Option('--interval <seconds>', 'seconds between polls').default('10'))
    .option('--once', 'poll once and exit (for cron and tests)')
    .option('--evidence-dir <dir>', 'where evidence of a forked log is written', join(dir, 'evidence'))
    .option('--state <file>', 'the last checkpoint cosigned per log', join(dir, 'witness-state.json'))
    .action((options: WitnessCommandOptions) =>
      runCommand(async () => {
        let logKey;
        try {
          logKey = parseVerifierKey(options.key);
        } catch (error) {
          throw new SigningKeyError(`--key is not a verifier key: ${(error as Error).message}`);
        }
        const signer = parseWitnessSignerKey(loadOrCreateWitnessKey(options.witnessKey, options.name));
        const witness = { logUrl: options.log, logKey, signer, state: new KnownLogs(options.state), evidenceDir: options.evidenceDir, now: () => new Date() };
        for (;;) {
          const outcome = await witnessOnce(witness);
          if (outcome.status === 'refused') {
            process.stdout.write(`REFUSED: ${outcome.reason}; evidence written to ${outcome.evidenceFile}\n`);
            return 1;
          }
          process.stdout.write(
            outcome.status === 'cosigned'
              ? `cosigned checkpoint ${outcome.size}${outcome.accepted ? '' : ' (the log did not accept the cosignature: is this witness configured with --witness?)'}\n`
              : `checkpoint ${outcome.size} unchanged\n`,
          );
          if (options.once) return 0;
          await new Promise((resolve) => setTimeout(resolve, Number(options.interval) * 1000));
        }
      }),
    );
}

function loadOrCreateWitnessKey(path: string, name: string): string {
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const { signerKey, verifierKey } = generateWitnessKey(name);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${signerKey}\n`, { mode: 0o600, flag: 'wx' });
  process.stderr.write(`created witness key ${path}; give the log this verifier key: ${verifierKey}\n`);
  return signerKey;
}
