import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from './incident-detail-page.js';
import { affiliationName, localizeParties, type Party } from './party-names.js';
import { DateTime } from '../ui/date-time.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { useContent } from '../i18n/content-store.js';
import { TableScroll } from '../ui/table-scroll.js';

type Report = IncidentDetail['reports'][number];

const CASUALTIES = [
  ['civilian_killed', 'civilianKilled'],
  ['civilian_injured', 'civilianInjured'],
  ['military_killed', 'militaryKilled'],
  ['military_injured', 'militaryInjured'],
] as const;

/** What the report says was seen: the count, the weapon and the casualties it states; a tally left blank is not a zero. */
function Seen({ report }: { report: Report }) {
  const { t } = useTranslation();
  const casualties = CASUALTIES.flatMap(([field, key]) => {
    const value = report.casualties[field];
    return value === null ? [] : [t(`casework.${key}`, { count: value })];
  });
  const lines: string[] = [];
  if (report.count !== null) lines.push(t('casework.countValue', { count: report.count }));
  if (report.weapon) lines.push(t('casework.weaponValue', { weapon: report.weapon }));
  if (casualties.length > 0) lines.push(t('casework.casualtiesValue', { list: casualties.join(', ') }));
  if (lines.length === 0) return <span className="muted">{t('casework.nothingStated')}</span>;
  return (
    <ul className="plain">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * Each report as the reader may see it: how precisely it is placed in time and space, what was
 * seen, and its source with how far it is trusted. Source names come from `sources` for the
 * readers allowed to see them.
 */
export function ReportList({ reports, parties: original, sources }: { reports: IncidentDetail['reports']; parties: readonly Party[]; sources: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const parties = localizeParties(original, useContent());
  if (reports.length === 0) return <p className="muted">{t('incidents.noReports')}</p>;
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('incidents.observed')}</th>
            <th scope="col">{t('incidents.kind')}</th>
            <th scope="col">{t('incidents.location')}</th>
            <th scope="col">{t('casework.seen')}</th>
            <th scope="col">{t('casework.source')}</th>
            <th scope="col">{t('incidents.narrative')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <DateTime iso={r.observed_at.start} />
                <div className="muted small">{t('incidents.timePrecisionValue', { precision: t(`timePrecision.${r.time_precision}`) })}</div>
              </th>
              <td>
                {t(`reportKind.${r.kind}`)}
                {r.subtype && <span className="muted small"> ({r.subtype})</span>}
                {r.synthetic && <SyntheticBadge />}
              </td>
              <td>
                {r.place?.name ?? `${r.point.latitude.toFixed(3)}, ${r.point.longitude.toFixed(3)}`}
                <div className="muted small">{t('incidents.geoPrecisionValue', { precision: t(`geoPrecision.${r.geo_precision}`) })}</div>
                {r.location_rounded && <div className="muted small">{t('incidents.locationRounded')}</div>}
              </td>
              <td>
                <Seen report={r} />
              </td>
              <td>
                {sources.get(r.source_id) ?? t(`channel.${r.channel}`)}
                {sources.has(r.source_id) && <div className="muted small">{t(`channel.${r.channel}`)}</div>}
                <div className="muted small">{t('incidents.affiliationValue', { affiliation: affiliationName(parties, r.source_affiliation, t('incidents.independent')) })}</div>
                <div className="small">
                  <abbr title={t('incidents.gradingHint')}>{t('casework.gradeValue', { grade: `${r.reliability}${r.credibility}` })}</abbr>
                </div>
              </td>
              <td>{r.narrative ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
