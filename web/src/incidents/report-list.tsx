import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from './incident-detail-page.js';
import { affiliationName, localizeParties, type Party } from './party-names.js';
import { DateTime } from '../ui/date-time.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { useContent } from '../i18n/content-store.js';
import { TableScroll } from '../ui/table-scroll.js';

/** Each report with how precisely it is placed in time and space, and how far its source is trusted. */
export function ReportList({ reports, parties: original }: { reports: IncidentDetail['reports']; parties: readonly Party[] }) {
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
            <th scope="col">{t('incidents.channel')}</th>
            <th scope="col">{t('incidents.grading')}</th>
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
                {t(`channel.${r.channel}`)}
                <div className="muted small">{t('incidents.affiliationValue', { affiliation: affiliationName(parties, r.source_affiliation, t('incidents.independent')) })}</div>
              </td>
              <td>
                <abbr title={t('incidents.gradingHint')}>
                  {r.reliability}
                  {r.credibility}
                </abbr>
              </td>
              <td>{r.narrative ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
