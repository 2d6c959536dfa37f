import { existsSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { resolveConfig } from '../config/truce-config.js';
import { PUBLIC_ACTOR } from '../domain/actor.js';
import type { DailyReport } from '../domain/compliance/daily-report.js';
import { LANGUAGES, type Language } from '../domain/languages.js';
import { BrowserUnavailableError, chromiumPath, printPdf } from '../daily-report/print-pdf.js';
import { renderDailyReportHtml } from '../daily-report/render-daily-report-html.js';
import { renderDailyReportMarkdown } from '../daily-report/render-daily-report-markdown.js';
import { buildDailyReport } from '../services/compliance/build-daily-report.js';
import { withReadOnlyDatabaseOptions, type DatabaseOptions } from './database-options.js';
import { openReadOnlyRunner } from './open-read-only-runner.js';
import { EXIT_SETUP, runCommand } from './run-command.js';

const FORMATS = ['html', 'md', 'json', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

interface DailyOptions extends DatabaseOptions {
  agreement: string;
  date: string;
  format: Format;
  lang: Language;
  out?: string;
}

async function render(report: DailyReport, format: Format, lang: Language): Promise<string | Buffer> {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'md') return renderDailyReportMarkdown(report, lang);
  const html = renderDailyReportHtml(report, lang);
  return format === 'html' ? html : printPdf(html);
}

export function reportCommand(): Command {
  const daily = withReadOnlyDatabaseOptions(new Command('daily'))
    .description('the daily report of an agreement for one UTC day, as the public sees it: self-contained HTML, Markdown, JSON or PDF (through Chromium)')
    .requiredOption('--agreement <id>', 'the agreement')
    .requiredOption('--date <YYYY-MM-DD>', 'the UTC day')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('html'))
    .addOption(new Option('--lang <language>', 'the language of the HTML, Markdown and PDF').choices(LANGUAGES).default('en'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action((options: DailyOptions) =>
      runCommand(async () => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date) || Number.isNaN(Date.parse(`${options.date}T00:00:00Z`))) {
          process.stderr.write(`truce: --date must be a day as YYYY-MM-DD, not "${options.date}"\n`);
          return 1;
        }
        // Say so before any work: a PDF needs Chromium on this machine.
        if (options.format === 'pdf' && !existsSync(chromiumPath())) {
          process.stderr.write(`truce: ${new BrowserUnavailableError(chromiumPath()).message}\n`);
          return EXIT_SETUP;
        }
        const reader = await openReadOnlyRunner(resolveConfig({ db: options.db }));
        try {
          const report = await reader.runner.read(PUBLIC_ACTOR, buildDailyReport, { agreement_id: options.agreement, date: options.date, lang: options.lang });
          const output = await render(report, options.format, options.lang);
          if (options.out) writeFileSync(options.out, output);
          else process.stdout.write(output);
        } finally {
          await reader.close();
        }
      }),
    );
  return new Command('report').description('reports computed from the record').addCommand(daily);
}
