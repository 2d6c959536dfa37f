import { Command, Option } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { createTruce, type Truce } from '../create-truce.js';
import { ACCOUNT_ROLES, type AccountRole } from '../domain/auth/account-types.js';
import { createUser } from '../services/accounts/create-user.js';
import { disableUser } from '../services/accounts/disable-user.js';
import { findUserId } from '../services/accounts/find-user-id.js';
import { listUsers } from '../services/accounts/list-users.js';
import { resetPassword } from '../services/accounts/reset-password.js';
import { CLI_ACTOR } from './cli-actor.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

interface AddOptions extends DatabaseOptions {
  role: AccountRole;
  party?: string;
}

/** Opens Truce for one command and closes it afterwards, whatever happens. */
async function withTruce(options: DatabaseOptions, action: (truce: Truce) => Promise<void>): Promise<void> {
  const truce = await createTruce(resolveConfig({ db: options.db, dataDir: options.dataDir, logKey: options.logKey }));
  try {
    await action(truce);
  } finally {
    await truce.close();
  }
}

/** `truce user add|list|disable|reset-password`: each change is a log entry by `operator:cli`, never with a secret. */
export function userCommand(): Command {
  const user = new Command('user').description('manage user accounts (every change is logged)');
  user.addCommand(
    withDatabaseOptions(new Command('add'))
      .description('create an account; a random password is printed once and never stored in clear')
      .argument('<name>', 'the login name')
      .addOption(new Option('--role <role>', 'the role').choices(ACCOUNT_ROLES).makeOptionMandatory())
      .option('--party <id>', 'the party a liaison acts for')
      .action((name: string, options: AddOptions) =>
        runCommand(() =>
          withTruce(options, async (truce) => {
            const { user: created, generatedPassword } = await truce.runner.write(CLI_ACTOR, createUser, { name, role: options.role, party_id: options.party ?? null });
            process.stdout.write(`created ${created.role} ${created.name} (${created.id})\npassword: ${generatedPassword}\n`);
          }),
        ),
      ),
  );
  user.addCommand(
    withDatabaseOptions(new Command('list'))
      .description('list the accounts: id, name, role, party, and whether disabled')
      .action((options: DatabaseOptions) =>
        runCommand(() =>
          withTruce(options, async (truce) => {
            const users = await truce.runner.read(CLI_ACTOR, listUsers, undefined);
            for (const u of users) {
              process.stdout.write(`${u.id}\t${u.name}\t${u.role}\t${u.party_id ?? '-'}\t${u.disabled ? 'disabled' : 'active'}\n`);
            }
            if (users.length === 0) process.stdout.write('no accounts\n');
          }),
        ),
      ),
  );
  user.addCommand(
    withDatabaseOptions(new Command('disable'))
      .description('disable an account: its sessions end at once and its API tokens stop working')
      .argument('<user>', 'the login name or id')
      .action((nameOrId: string, options: DatabaseOptions) =>
        runCommand(() =>
          withTruce(options, async (truce) => {
            const id = await truce.runner.read(CLI_ACTOR, findUserId, { nameOrId });
            const disabled = await truce.runner.write(CLI_ACTOR, disableUser, { id });
            process.stdout.write(`disabled ${disabled.name} (${disabled.id})\n`);
          }),
        ),
      ),
  );
  user.addCommand(
    withDatabaseOptions(new Command('reset-password'))
      .description('give an account a new random password, printed once; its sessions end')
      .argument('<user>', 'the login name or id')
      .action((nameOrId: string, options: DatabaseOptions) =>
        runCommand(() =>
          withTruce(options, async (truce) => {
            const id = await truce.runner.read(CLI_ACTOR, findUserId, { nameOrId });
            const { user: reset, generatedPassword } = await truce.runner.write(CLI_ACTOR, resetPassword, { id });
            process.stdout.write(`new password for ${reset.name}: ${generatedPassword}\n`);
          }),
        ),
      ),
  );
  return user;
}
