import { partyColors } from '../domain/agreement/party-colors.js';
import { addDays } from '../domain/compliance/compliance-periods.js';
import type { DailyReport, ReportedIncident } from '../domain/compliance/daily-report.js';
import type { Language } from '../domain/languages.js';
import { dailyReportWords } from './daily-report-words.js';
import { DAILY_REPORT_STYLE } from './daily-report-style.js';
import { escapeHtml as e } from './escape-html.js';
import { renderChartSvg } from './render-chart-svg.js';
import { renderMapSvg } from './render-map-svg.js';

/** Every day the chart spans, first to last. */
export function chartDays(chart: DailyReport['chart']): string[] {
  const days: string[] = [];
  for (let day = chart.from; day <= chart.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The daily report as one self-contained HTML file that prints well, in one language: no script, no external resource. */
export function renderDailyReportHtml(report: DailyReport, lang: Language = 'en'): string {
  const w = dailyReportWords(report, lang);
  const { m } = w;
  const colors = partyColors(report.parties.map((p) => p.id));
  const change = (now: number, before: number) => {
    const delta = now - before;
    return delta === 0 ? '±0' : `<span class="${delta > 0 ? 'up' : 'down'}">${delta > 0 ? '+' : '−'}${w.number(Math.abs(delta))}</span>`;
  };
  const chart = renderChartSvg(
    chartDays(report.chart),
    report.parties.map((p) => ({
      party_id: p.id,
      name: p.name,
      color: colors.get(p.id)!,
      counts: new Map(report.series.filter((s) => s.party_id === p.id).map((s) => [s.date, s.count])),
    })),
    report.date,
    { label: m.chartLabel, shortDay: w.shortDay, number: w.number },
  );
  const map = renderMapSvg(
    report.incidents.map((i) => ({ latitude: i.latitude, longitude: i.longitude, party_id: i.attributed_party_id, label: `${w.kind(i.kind, i.subtype)}, ${i.place_name ?? i.region}` })),
    colors,
    { label: m.mapLabel, credit: m.borders, lang },
  );
  const incidentRows = (items: readonly ReportedIncident[]) =>
    items
      .map(
        (i) =>
          `<tr><td>${e(w.time(i.first_observed_at))} ${m.utc}</td><td>${e(i.place_name ?? '')}<br><small>${e(i.region)}</small></td><td>${e(w.kind(i.kind, i.subtype))}</td>` +
          `<td>${e(w.attribution(i))}</td><td class="n">${w.number(i.corroboration)}</td>` +
          `<td>${e(i.terms.join(', '))}</td><td class="n">${i.log_index}</td></tr>`,
      )
      .join('');
  const incidentTable = (items: readonly ReportedIncident[], empty: string) =>
    items.length === 0
      ? `<p>${e(empty)}</p>`
      : `<table><thead><tr><th>${m.time}</th><th>${m.place}</th><th>${m.kind}</th><th>${m.attribution}</th><th>${m.independentSources}</th><th>${m.terms}</th><th>${m.logEntry}</th></tr></thead><tbody>${incidentRows(items)}</tbody></table>`;
  const cc = report.civilian_casualties;

  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.agreement.title)}: ${e(m.dailyReport)} ${e(w.day(report.date))}</title><style>${DAILY_REPORT_STYLE}</style></head>
<body><header><h1>${e(report.agreement.title)}</h1>
<p class="meta">${e(m.dailyReport)}: ${e(w.day(report.date))} (${m.utc}) · ${e(w.standing)} · ${e(m.generated)} ${e(w.moment(report.generated_at))}</p>
${report.synthetic_data ? `<p class="synthetic">${e(m.synthetic)}</p>` : ''}</header>
<section><h2>${e(m.summaryByRegion)}</h2>
${
  report.regions.length === 0
    ? `<p>${e(m.noRegion)}</p>`
    : `<table><thead><tr><th>${e(m.region)}</th>${report.parties.map((p) => `<th>${e(p.name)}</th>`).join('')}<th>${e(m.verifiedViolations)}</th><th>${e(m.previousDay)}</th><th>${e(m.change)}</th></tr></thead><tbody>${report.regions
        .map(
          (r) =>
            `<tr><td>${e(r.region)}</td>${report.parties.map((p) => `<td class="n">${w.number(r.by_party.find((b) => b.party_id === p.id)?.count ?? 0)}</td>`).join('')}<td class="n">${w.number(r.violations)}</td><td class="n">${w.number(r.previous_day)}</td><td class="n">${change(r.violations, r.previous_day)}</td></tr>`,
        )
        .join('')}</tbody></table>`
}
<figure>${map}<figcaption>${e(m.mapCaption)}</figcaption></figure>
<figure>${chart}<figcaption>${e(m.chartCaption)}</figcaption></figure></section>
<section><h2>${e(m.verifiedIncidents)}</h2>${incidentTable(report.incidents, m.noIncident)}${report.incidents_omitted > 0 ? `<p>${e(m.omitted(w.number(report.incidents_omitted)))}</p>` : ''}</section>
<section><h2>${e(m.accessRestrictions)}</h2>${incidentTable(report.access_restrictions, m.noAccessRestriction)}</section>
<section><h2>${e(m.civilianCasualties)}</h2><p>${e(m.casualties(w.number(cc.killed), w.number(cc.injured), w.number(cc.incidents), w.number(cc.previous_day.killed), w.number(cc.previous_day.injured)))}</p></section>
<section><h2>${e(m.controlChanges)}</h2>${
    report.control_changes.length === 0
      ? `<p>${e(m.noControlChange)}</p>`
      : `<table><thead><tr><th>${e(m.place)}</th><th>${e(m.from)}</th><th>${e(m.to)}</th><th>${e(m.asOf)}</th><th>${e(m.area)}</th></tr></thead><tbody>${report.control_changes
          .map((c) => `<tr><td>${e(c.place_name)}</td><td>${e(c.from)}</td><td>${e(c.to)}</td><td>${e(w.moment(c.as_of))}</td><td class="n">${c.area_km2 === null ? '' : `${w.number(c.area_km2)} km²`}</td></tr>`)
          .join('')}</tbody></table>`
  }</section>
<section><h2>${e(m.annex)}</h2>${
    report.annex.length === 0
      ? `<p>${e(m.noAnnex)}</p>`
      : `<table><thead><tr><th>${e(m.party)}</th><th>${e(m.kind)}</th><th>${e(m.thisDay)}</th><th>${e(m.sinceEffective)}</th></tr></thead><tbody>${report.annex
          .map((a) => `<tr><td>${e(w.party(a.party_id))}</td><td>${e(w.kind(a.kind, a.subtype))}</td><td class="n">${w.number(a.today)}</td><td class="n">${w.number(a.cumulative)}</td></tr>`)
          .join('')}</tbody></table>`
  }</section>
<footer>${report.checkpoint ? `${e(m.checkpoint(report.checkpoint.origin, String(report.checkpoint.size), report.checkpoint.root))} ${e(m.checkCommand)}` : e(m.noCheckpoint)}</footer>
</body></html>
`;
}
