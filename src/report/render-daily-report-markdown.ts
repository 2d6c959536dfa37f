import type { DailyReport, ReportedIncident } from '../domain/compliance/daily-report.js';

/** What a party, a source or a place is called comes out as text: no heading, link, emphasis or raw HTML. */
const text = (value: string | number) => String(value).replace(/\s+/g, ' ').replace(/[\\`*_{}[\]<>#+!|~&-]/g, (c) => `\\${c}`);
const cell = (value: string | number) => text(value);
const row = (cells: (string | number)[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** The daily report as Markdown, in the same order as the HTML. */
export function renderDailyReportMarkdown(report: DailyReport): string {
  const names = new Map(report.parties.map((p) => [p.id, p.name]));
  const party = (id: string | null) => (id ? (names.get(id) ?? id) : 'not attributable');
  const incidents = (items: readonly ReportedIncident[], empty: string) =>
    items.length === 0
      ? empty
      : table(
          ['Time (UTC)', 'Place', 'Region', 'Kind', 'Attribution', 'Independent sources', 'Terms', 'Log entry'],
          items.map((i) => [i.first_observed_at.slice(11, 16), i.place_name ?? '', i.region, i.subtype ? `${i.kind} (${i.subtype})` : i.kind, `${party(i.attributed_party_id)}${i.attribution_confidence ? ` (${i.attribution_confidence})` : ''}${i.disputed ? ' (disputed)' : ''}`, i.corroboration, i.terms.join(', '), i.log_index]),
        );
  const window = report.agreement.day !== null ? `day ${report.agreement.day} of ${report.agreement.of}` : report.agreement.status;
  return [
    `# ${text(report.agreement.title)}: daily report ${report.date}`,
    `${window} · generated ${report.generated_at}`,
    ...(report.synthetic_data ? ['> This report includes synthetic demonstration data. It does not describe real events.'] : []),
    '## Summary by region',
    report.regions.length === 0
      ? 'No verified violations were recorded on this day or the day before.'
      : table(
          ['Region', ...report.parties.map((p) => p.name), 'Verified violations', 'Previous day'],
          report.regions.map((r) => [r.region, ...report.parties.map((p) => r.by_party.find((b) => b.party_id === p.id)?.count ?? 0), r.violations, r.previous_day]),
        ),
    '## Verified incidents',
    incidents(report.incidents, 'No incident was verified for this day.'),
    '## Access restrictions against monitors',
    incidents(report.access_restrictions, 'No restriction of the monitors’ access was verified for this day.'),
    '## Civilian casualties',
    `Corroborated: ${report.civilian_casualties.killed} killed and ${report.civilian_casualties.injured} injured in ${report.civilian_casualties.incidents} incident(s); the previous day ${report.civilian_casualties.previous_day.killed} killed and ${report.civilian_casualties.previous_day.injured} injured.`,
    '## Changes of control',
    report.control_changes.length === 0
      ? 'No assessed change of control from the baseline on this day.'
      : table(['Place', 'From', 'To', 'As of', 'Area (km²)'], report.control_changes.map((c) => [c.place_name, c.from, c.to, c.as_of, c.area_km2 ?? ''])),
    '## Annex: verified violations by party and kind',
    report.annex.length === 0 ? 'None since the agreement took effect.' : table(['Party', 'Kind', 'This day', 'Since effective'], report.annex.map((a) => [party(a.party_id), a.kind, a.today, a.cumulative])),
    '---',
    report.checkpoint
      ? `Computed from the transparency log \`${report.checkpoint.origin}\` at size ${report.checkpoint.size}, root \`${report.checkpoint.root}\`. Check it: \`truce verify --url SERVER --key VERIFIER_KEY\`.`
      : 'No signed checkpoint existed when this report was computed.',
    '',
  ].join('\n\n');
}
