import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DailyReport, ReportedIncident } from '../domain/compliance/daily-report.js';
import { browserUnavailable } from '../../test/support/start-browser.js';
import { printPdf } from './print-pdf.js';
import { LANGUAGES } from '../domain/languages.js';
import { REPORT_KINDS } from '../domain/monitoring/report-taxonomy.js';
import { chartDays, renderDailyReportHtml } from './render-daily-report-html.js';
import { renderDailyReportMarkdown } from './render-daily-report-markdown.js';

function incident(extra: Partial<ReportedIncident>): ReportedIncident {
  return {
    id: 'i1',
    kind: 'shelling',
    subtype: null,
    first_observed_at: '2025-03-18T04:10:00.000Z',
    place_name: 'Sudzha',
    region: 'Kursk Oblast',
    latitude: 51.1976,
    longitude: 35.2726,
    attributed_party_id: 'ru',
    attribution_confidence: 'likely',
    corroboration: 2,
    disputed: false,
    terms: ['T1'],
    civilian_killed: 0,
    civilian_injured: 1,
    synthetic: true,
    log_index: 42,
    ...extra,
  };
}

const report: DailyReport = {
  agreement: { id: 'a', title: 'US-proposed 30-day ceasefire', status: 'in_force', effective_at: '2025-03-14T00:00:00.000Z', expires_at: '2025-04-13T00:00:00.000Z', day: 5, of: 30 },
  date: '2025-03-18',
  generated_at: '2025-03-19T06:00:00.000Z',
  parties: [{ id: 'ru', name: 'Russia' }, { id: 'ua', name: 'Ukraine' }],
  regions: [
    { region: 'Kursk Oblast', violations: 3, previous_day: 1, by_party: [{ party_id: 'ru', count: 2 }, { party_id: 'ua', count: 1 }] },
    { region: 'Donetsk Oblast', violations: 0, previous_day: 4, by_party: [] },
  ],
  incidents: [incident({}), incident({ id: 'i2', kind: 'explosion', subtype: 'impact', attributed_party_id: 'ua', place_name: '<script>alert(1)</script>' })],
  access_restrictions: [incident({ id: 'i3', kind: 'access_restriction', subtype: 'denial', terms: ['T4'] })],
  incidents_omitted: 0,
  civilian_casualties: { killed: 0, injured: 1, incidents: 1, previous_day: { killed: 2, injured: 0 } },
  control_changes: [{ place_name: 'Sudzha', from: 'Russia', to: 'Ukraine', as_of: '2025-03-18T00:00:00.000Z', area_km2: null, basis: 'assessed' }],
  annex: [
    { party_id: 'ru', kind: 'shelling', subtype: null, today: 2, cumulative: 9 },
    { party_id: 'ua', kind: 'explosion', subtype: 'impact', today: 1, cumulative: 1 },
  ],
  chart: { from: '2025-03-14', to: '2025-04-12' },
  series: [
    { date: '2025-03-17', party_id: 'ru', count: 1 },
    { date: '2025-03-18', party_id: 'ru', count: 2 },
    { date: '2025-03-18', party_id: 'ua', count: 1 },
  ],
  checkpoint: { origin: 'truce.log/abcd', size: 1234, root: 'q83vEjRWeJA=' },
  synthetic_data: true,
};

describe('the daily report', () => {
  const html = renderDailyReportHtml(report);

  it('is self-contained HTML in the OSCE order, with per-region figures and the checkpoint', () => {
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    const order = ['Summary by region', 'Verified incidents', 'Access restrictions', 'Civilian casualties', 'Changes of control', 'Annex'].map((h) => html.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toMatch(/Kursk Oblast<\/td><td class="n">2<\/td><td class="n">1<\/td><td class="n">3<\/td><td class="n">1<\/td>/);
    expect(html).toContain('size 1234');
    expect(html).toContain('truce verify');
    expect(html).toContain('synthetic demonstration data');
  });

  it('draws the map from Natural Earth borders and the chart as SVG', () => {
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain('<title>Ukraine</title>');
    expect(html).toMatch(/<circle cx="[\d.]+" cy="[\d.]+"/);
    expect(html).toContain('Russia, 18 Mar: 2');
  });

  it('escapes what sources wrote', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders the same sections as Markdown', () => {
    const md = renderDailyReportMarkdown(report);
    expect(md).toContain('| Kursk Oblast | 2 | 1 | 3 | 1 |');
    expect(md).toContain('## Changes of control');
    expect(md).toContain('size 1234');
  });

  it('escapes hostile names in the Markdown: no heading, link or raw HTML', () => {
    const hostile = { ...report, agreement: { ...report.agreement, title: '# [x](http://evil) <img src=x>' }, parties: [{ id: 'ru', name: '<b>[p](javascript:1)</b>' }, { id: 'ua', name: 'Ukraine' }] };
    const md = renderDailyReportMarkdown(hostile);
    expect(md).not.toMatch(/(^|[^\\])(<img|<b>|\]\()/);
    expect(md.split('\n')[0]).toBe('# \\# \\[x\\](http://evil) \\<img src=x\\>: Daily report, 18 March 2025');
  });

  it('charts exactly the agreement window, with the report day shaded and whole-number counts', () => {
    const days = chartDays(report.chart);
    expect(days[0]).toBe('2025-03-14');
    expect(days.at(-1)).toBe('2025-04-12');
    expect(days).toHaveLength(30);
    const chart = html.slice(html.lastIndexOf('<svg'));
    expect(chart.match(/class="report-day"/g)).toHaveLength(1);
    const ticks = [...chart.matchAll(/text-anchor="end">([^<]+)</g)].map((t) => t[1]);
    expect(ticks).toEqual(['0', '1', '2']);
  });

  const words = { uk: ['Щоденний звіт', '18 березня 2025', 'Обстріл'], ru: ['Ежедневный отчёт', '18 марта 2025', 'Обстрел'], en: ['Daily report', '18 March 2025', 'Shelling'] } as const;
  for (const lang of LANGUAGES) {
    describe(`in ${lang}`, () => {
      const page = renderDailyReportHtml(report, lang);
      const md = renderDailyReportMarkdown(report, lang);
      it('prints kinds, dates and headings in the language, and no raw kind code', () => {
        expect(page).toContain(`<html lang="${lang}">`);
        for (const word of words[lang]) {
          expect(page).toContain(word);
          expect(md).toContain(word);
        }
        const visible = page.replace(/<[^>]+>/g, ' ');
        for (const kind of REPORT_KINDS.filter((k) => k.includes('_') || k === 'shelling' || k === 'explosion')) expect(visible).not.toMatch(new RegExp(`\\b${kind}\\b`));
        expect(visible).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      });
      it('weighs less than 200 KB, map and chart included', () => {
        expect(Buffer.byteLength(page)).toBeLessThan(200_000);
      });
    });
  }

  it.skipIf(browserUnavailable() !== null)('prints to PDF in Chromium', async () => {
    const pdf = await printPdf(html);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/daily-report.pdf', pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

describe('a day with more violations than the report lists', () => {
  it('says how many are not listed, in each language, and never when none are left out', () => {
    const crowded = { ...report, incidents_omitted: 1234 };
    expect(renderDailyReportHtml(crowded, 'en')).toContain('Not listed here: 1,234 more violations of this day.');
    expect(renderDailyReportMarkdown(crowded, 'uk')).toMatch(/Не наведено порушень цього дня: 1\s234\./);
    expect(renderDailyReportHtml(crowded, 'ru')).toMatch(/Не приведено нарушений этого дня: 1\s234\./);
    expect(renderDailyReportHtml(report, 'en')).not.toContain('Not listed here');
  });
});

