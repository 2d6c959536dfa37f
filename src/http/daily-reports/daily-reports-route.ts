import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Truce } from '../../create-truce.js';
import { UnavailableError } from '../../domain/domain-error.js';
import { DAILY_REPORT_STYLE } from '../../daily-report/daily-report-style.js';
import { PrinterBusyError } from '../../daily-report/pdf-printer.js';
import { BrowserUnavailableError } from '../../daily-report/print-pdf.js';
import { renderDailyReportHtml } from '../../daily-report/render-daily-report-html.js';
import { renderDailyReportMarkdown } from '../../daily-report/render-daily-report-markdown.js';
import type { DailyReport } from '../../domain/compliance/daily-report.js';
import type { Language } from '../../domain/languages.js';
import { buildDailyReport } from '../../services/compliance/build-daily-report.js';
import { errorResponse } from '../common/common-schemas.js';
import { dailyReportParams, dailyReportQuery, dailyReportResponse, type DailyReportFormat } from './daily-report-schema.js';

const tags = ['compliance'];

/** The report's one inline stylesheet is allowed by its hash; nothing else may load or run. */
const REPORT_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(DAILY_REPORT_STYLE).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const BY_ACCEPT: [string, DailyReportFormat][] = [
  ['application/json', 'json'],
  ['text/html', 'html'],
  ['text/markdown', 'md'],
  ['application/pdf', 'pdf'],
];

/** `format=` wins; else the first Accept type we serve; else JSON. */
function chooseFormat(format: DailyReportFormat | undefined, accept: string | undefined): DailyReportFormat {
  if (format) return format;
  const wanted = (accept ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  for (const type of wanted) {
    const found = BY_ACCEPT.find(([t]) => t === type);
    if (found) return found[1];
  }
  return 'json';
}

/** What the PDF shows, without the checkpoint and the time of rendering: a new checkpoint every second must not defeat the cache, and an older one commits to the same content. */
function contentKey(report: DailyReport, lang: Language): string {
  return createHash('sha256').update(JSON.stringify({ ...report, checkpoint: null, generated_at: null, lang })).digest('hex');
}

export function dailyReportsRoute(truce: Truce): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/agreements/:id/reports/daily',
      {
        config: { action: 'compliance.daily_report' },
        schema: {
          tags,
          description:
            'The daily report in the OSCE SMM order, the same for every reader: JSON by default, or self-contained HTML, Markdown or PDF by format= or Accept, in English, Ukrainian or Russian by lang=. A PDF answers 503 where the server has no Chromium, and 503 with Retry-After while its printer is busy.',
          params: dailyReportParams,
          querystring: dailyReportQuery,
          response: { 200: dailyReportResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 503: errorResponse },
        },
      },
      async (request, reply) => {
        const format = chooseFormat(request.query.format, request.headers.accept);
        const { lang } = request.query;
        const report = await truce.runner.read(request.actor, buildDailyReport, { agreement_id: request.params.id, date: request.query.date, lang });
        if (format === 'json') return report;
        const name = `truce-daily-${report.date}-${lang}`;
        if (format === 'md') return reply.type('text/markdown; charset=utf-8').header('content-disposition', `inline; filename="${name}.md"`).send(renderDailyReportMarkdown(report, lang) as never);
        const html = renderDailyReportHtml(report, lang);
        if (format === 'html') return reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_CSP).send(html as never);
        try {
          const pdf = await truce.pdfPrinter.pdf(contentKey(report, lang), () => html);
          return reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}.pdf"`).send(pdf as never);
        } catch (error) {
          if (error instanceof BrowserUnavailableError) throw new UnavailableError(error.message);
          if (error instanceof PrinterBusyError) throw new UnavailableError(error.message, error.retryAfterSeconds);
          throw error;
        }
      },
    );
  };
}
