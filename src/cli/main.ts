import { Command } from 'commander';
import { demoCommand } from './demo-command.js';
import { logCommand } from './log-command.js';
import { verifyCommand } from './verify-command.js';
import { witnessCommand } from './witness-command.js';
import { gazetteerCommand } from './gazetteer-command.js';
import { migrateCommand } from './migrate-command.js';
import { reportCommand } from './report-command.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { serveCommand } from './serve-command.js';
import { userCommand } from './user-command.js';

const program = new Command('truce')
  .description('Truce: ceasefire monitoring and verification, with a signed transparency log of every change')
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(migrateCommand())
  .addCommand(demoCommand())
  .addCommand(userCommand())
  .addCommand(logCommand())
  .addCommand(verifyCommand())
  .addCommand(witnessCommand())
  .addCommand(gazetteerCommand())
  .addCommand(reportCommand())
  .addCommand(importCommand())
  .addCommand(exportCommand());

await program.parseAsync(process.argv);
