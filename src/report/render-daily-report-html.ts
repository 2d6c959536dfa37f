import type { DailyReport, ReportedIncident } from '../domain/compliance/daily-report.js';
import { escapeHtml as e } from './escape-html.js';
import { DAILY_REPORT_STYLE } from './daily-report-style.js';
import { partyColors } from './party-colors.js';
import { renderChartSvg } from './render-chart-svg.js';
import { renderMapSvg } from './render-map-svg.js';

/** The daily report as one self-contained HTML file that prints well: no script, no external resource. */
export function renderDailyReportHtml(report: DailyReport): string {
  const names = new Map(report.parties.map((p) => [p.id, p.name]));
  const party = (id: string | null) => (id ? (names.get(id) ?? id) : 'not attributable');
  const colors = partyColors(report.parties.map((p) => p.id));
  const change = (now: number, before: number) => {
    const delta = now - before;
    return delta === 0 ? '±0' : `<span class="${delta > 0 ? 'up' : 'down'}">${delta > 0 ? '+' : '−'}${Math.abs(delta)}</span>`;
  };
  const window = report.agreement.day !== null ? `day ${report.agreement.day} of ${report.agreement.of}` : report.agreement.status;
  const dates = [...new Set(report.series.map((s) => s.date))].sort();
  const chart = renderChartSvg(
    dates,
    report.parties.map((p) => ({
      party_id: p.id,
      name: p.name,
      color: colors.get(p.id)!,
      counts: new Map(report.series.filter((s) => s.party_id === p.id).map((s) => [s.date, s.count])),
    })),
    report.date,
  );
  const map = renderMapSvg(
    report.incidents.map((i) => ({ latitude: i.latitude, longitude: i.longitude, party_id: i.attributed_party_id, label: `${i.kind}, ${i.place_name ?? i.region}` })),
    colors,
  );
  const incidentRows = (items: readonly ReportedIncident[]) =>
    items
      .map(
        (i) =>
          `<tr><td>${e(i.first_observed_at.slice(11, 16))} UTC</td><td>${e(i.place_name ?? '')}<br><small>${e(i.region)}</small></td><td>${e(i.kind)}${i.subtype ? ` (${e(i.subtype)})` : ''}</td>` +
          `<td>${e(party(i.attributed_party_id))}${i.attribution_confidence ? ` <small>(${e(i.attribution_confidence)})</small>` : ''}${i.disputed ? ' <small>(disputed)</small>' : ''}</td><td class="n">${i.corroboration}</td>` +
          `<td>${e(i.terms.join(', '))}</td><td class="n">${i.log_index}</td></tr>`,
      )
      .join('');
  const incidentTable = (items: readonly ReportedIncident[], empty: string) =>
    items.length === 0
      ? `<p>${e(empty)}</p>`
      : `<table><thead><tr><th>Time</th><th>Place</th><th>Kind</th><th>Attribution</th><th>Independent sources</th><th>Terms</th><th>Log entry</th></tr></thead><tbody>${incidentRows(items)}</tbody></table>`;

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.agreement.title)}: daily report ${e(report.date)}</title><style>${DAILY_REPORT_STYLE}</style></head>
<body><header><h1>${e(report.agreement.title)}</h1>
<p class="meta">Daily report for ${e(report.date)} (UTC) · ${e(window)} · generated ${e(report.generated_at)}</p>
${report.synthetic_data ? '<p class="synthetic">This report includes synthetic demonstration data. It does not describe real events.</p>' : ''}</header>
<section><h2>Summary by region</h2>
${
  report.regions.length === 0
    ? '<p>No verified violations were recorded on this day or the day before.</p>'
    : `<table><thead><tr><th>Region</th>${report.parties.map((p) => `<th>${e(p.name)}</th>`).join('')}<th>Verified violations</th><th>Previous day</th><th>Change</th></tr></thead><tbody>${report.regions
        .map(
          (r) =>
            `<tr><td>${e(r.region)}</td>${report.parties.map((p) => `<td class="n">${r.by_party.find((b) => b.party_id === p.id)?.count ?? 0}</td>`).join('')}<td class="n">${r.violations}</td><td class="n">${r.previous_day}</td><td class="n">${change(r.violations, r.previous_day)}</td></tr>`,
        )
        .join('')}</tbody></table>`
}
<figure>${map}<figcaption>The day's verified incidents, coloured by the party they are attributed to (grey: not attributable).</figcaption></figure>
<figure>${chart}<figcaption>Verified violations per party per day over the window; the shaded day is this report's.</figcaption></figure></section>
<section><h2>Verified incidents</h2>${incidentTable(report.incidents, 'No incident was verified for this day.')}</section>
<section><h2>Access restrictions against monitors</h2>${incidentTable(report.access_restrictions, 'No restriction of the monitors’ access was verified for this day.')}</section>
<section><h2>Civilian casualties</h2><p>Corroborated civilian casualties: ${report.civilian_casualties.killed} killed and ${report.civilian_casualties.injured} injured in ${report.civilian_casualties.incidents} incident(s); the previous day ${report.civilian_casualties.previous_day.killed} killed and ${report.civilian_casualties.previous_day.injured} injured.</p></section>
<section><h2>Changes of control</h2>${
    report.control_changes.length === 0
      ? '<p>No assessed change of control from the baseline on this day.</p>'
      : `<table><thead><tr><th>Place</th><th>From</th><th>To</th><th>As of</th><th>Area</th></tr></thead><tbody>${report.control_changes
          .map((c) => `<tr><td>${e(c.place_name)}</td><td>${e(c.from)}</td><td>${e(c.to)}</td><td>${e(c.as_of)}</td><td class="n">${c.area_km2 === null ? '' : `${c.area_km2} km²`}</td></tr>`)
          .join('')}</tbody></table>`
  }</section>
<section><h2>Annex: verified violations by party and kind</h2>${
    report.annex.length === 0
      ? '<p>None since the agreement took effect.</p>'
      : `<table><thead><tr><th>Party</th><th>Kind</th><th>This day</th><th>Since effective</th></tr></thead><tbody>${report.annex
          .map((a) => `<tr><td>${e(party(a.party_id))}</td><td>${e(a.kind)}</td><td class="n">${a.today}</td><td class="n">${a.cumulative}</td></tr>`)
          .join('')}</tbody></table>`
  }</section>
<footer>${
    report.checkpoint
      ? `Computed from the transparency log <code>${e(report.checkpoint.origin)}</code> at size ${report.checkpoint.size}, root <code>${e(report.checkpoint.root)}</code>. Check it yourself: <code>truce verify --url SERVER --key VERIFIER_KEY</code> recomputes the log and checks this checkpoint; every incident above names its log entry.`
      : 'No signed checkpoint existed when this report was computed.'
  }</footer>
</body></html>
`;
}
