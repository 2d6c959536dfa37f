import { Command, Option } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { createTruce } from '../create-truce.js';
import { SYSTEM_ACTOR } from '../domain/actor.js';
import { ACCOUNT_ROLES, type AccountRole } from '../domain/auth/account-types.js';
import { createUser } from '../services/accounts/create-user.js';
import { withDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { runCommand } from './run-command.js';

interface AddOptions extends DatabaseOptions {
  role: AccountRole;
  party?: string;
}

export function userCommand(): Command {
  const user = new Command('user').description('manage user accounts');
  user.addCommand(
    withDatabaseOptions(new Command('add'))
      .description('create an account; a random password is printed once and never stored in clear')
      .argument('<name>', 'the login name')
      .addOption(new Option('--role <role>', 'the role').choices(ACCOUNT_ROLES).makeOptionMandatory())
      .option('--party <id>', 'the party a liaison acts for')
      .action((name: string, options: AddOptions) =>
        runCommand(async () => {
          const truce = await createTruce(resolveConfig({ db: options.db, dataDir: options.dataDir, logKey: options.logKey }));
          try {
            const { user: created, generatedPassword } = await truce.runner.write(SYSTEM_ACTOR, createUser, {
              name,
              role: options.role,
              party_id: options.party ?? null,
            });
            process.stdout.write(`created ${created.role} ${created.name} (${created.id})\npassword: ${generatedPassword}\n`);
          } finally {
            await truce.close();
          }
        }),
      ),
  );
  return user;
}
