import type * as Plot from '@observablehq/plot';
import * as PlotMarks from '@observablehq/plot';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agreementResponse } from '@contract/agreements/agreement-schema.js';
import { complianceResponse, type ComplianceResponse } from '@contract/compliance/compliance-schema.js';
import { fetchJson } from '../api/fetch-json.js';
import { useResource } from '../api/use-resource.js';
import { AppLink } from '../app/app-link.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { formatCalendarDate } from '../format/format-date-time.js';
import { useDisplayLocale } from '../format/use-display-locale.js';
import { integerTicks } from './integer-ticks.js';
import { partyColors } from '../../../src/domain/agreement/party-colors.js';
import { Field } from '../reports/field.js';
import { DateTime } from '../ui/date-time.js';
import { LoadFailure } from '../ui/load-failure.js';
import { SyntheticBadge } from '../ui/synthetic-badge.js';
import { PlotFigure } from './violation-charts.js';
import { useContent } from '../i18n/content-store.js';
import { LocalizedText } from '../i18n/localized-text.js';
import { localizeParties } from '../incidents/party-names.js';
import { TableScroll } from '../ui/table-scroll.js';

const agreementList = z.object({ items: z.array(agreementResponse) });
type Agreement = z.infer<typeof agreementResponse>;

async function loadFigures(range: { from: string; to: string } | null, signal: AbortSignal) {
  const { items } = await fetchJson('/api/v1/agreements', agreementList, signal);
  const agreement = items[0];
  if (!agreement) return null;
  // Without a range the server answers for the agreement's window, which it defines.
  const query = range ? `&from=${range.from}&to=${range.to}` : '';
  const figures = await fetchJson(`/api/v1/agreements/${encodeURIComponent(agreement.id)}/compliance?group=day${query}`, complianceResponse, signal);
  return { agreement, figures, window: { from: figures.from, to: figures.to } };
}

/** Violations per day per party, by kind, and the cumulative count, each with a table beside it. */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.pageTitle'));
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const data = useResource(`compliance:${range?.from}:${range?.to}`, (signal) => loadFigures(range, signal));
  return (
    <section className="dashboard">
      <h1>{t('dashboard.pageTitle')}</h1>
      <p>{t('dashboard.intro')}</p>
      {data.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {data.state === 'failed' && <LoadFailure error={data.error} onRetry={data.reload} />}
      {data.state === 'ready' && data.data === null && <p>{t('dashboard.noAgreement')}</p>}
      {data.state === 'ready' && data.data !== null && (
        <>
          <RangeForm key={`${data.data.window.from}:${data.data.window.to}`} window={data.data.window} onChange={setRange} />
          <Figures agreement={data.data.agreement} figures={data.data.figures} />
        </>
      )}
    </section>
  );
}

function RangeForm({ window, onChange }: { window: { from: string; to: string }; onChange: (range: { from: string; to: string }) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(window.from);
  const [to, setTo] = useState(window.to);
  return (
    <form
      className="range-form field-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (from && to) onChange({ from, to });
      }}
    >
      <Field label={t('dashboard.from')}>{(c) => <input {...c} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
      <Field label={t('dashboard.to')}>{(c) => <input {...c} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}</Field>
      <button type="submit">{t('daily.show')}</button>
    </form>
  );
}

interface DayRow {
  day: string;
  party: string;
  violations: number;
}

function Figures({ agreement, figures }: { agreement: Agreement; figures: ComplianceResponse }) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const content = useContent();
  const parties = localizeParties(agreement.parties.filter((p) => p.role === 'party'), content);
  // The charts key parties by the names they show, so every series uses the reader's names.
  const nameOf = (id: string, original: string) => content.text('party', id, 'name', original).text;
  const colors = partyColors(parties.map((p) => p.id));
  const color = { domain: parties.map((p) => p.name), range: parties.map((p) => colors.get(p.id) ?? '#6e6e6e') };
  const perDay: DayRow[] = figures.periods.flatMap((period) => period.parties.map((p) => ({ day: period.start, party: nameOf(p.party_id, p.party_name), violations: p.violations.value })));
  const byKind = useMemo(() => {
    const totals = new Map<string, { kind: string; party: string; violations: number }>();
    for (const period of figures.periods)
      for (const party of period.parties)
        for (const k of party.by_kind) {
          const kind = t(`reportKind.${k.kind as 'shelling'}`) + (k.subtype ? ` (${t(`taxonomy.subtype.${k.subtype as 'impact'}`)})` : '');
          const key = `${kind}|${party.party_id}`;
          const row = totals.get(key) ?? { kind, party: nameOf(party.party_id, party.party_name), violations: 0 };
          row.violations += k.value;
          totals.set(key, row);
        }
    return [...totals.values()].filter((r) => r.violations > 0);
  }, [figures, t, content]);
  const cumulative = figures.periods.map((p) => ({ day: p.start, total: p.violations.cumulative }));
  const total = cumulative.at(-1)?.total ?? 0;
  const notInForce = figures.periods.reduce((sum, p) => sum + p.incidents_not_in_force.value, 0);
  const dayMax = Math.max(0, ...figures.periods.map((p) => p.parties.reduce((sum, party) => sum + party.violations.value, 0)));
  const kindMax = Math.max(0, ...byKind.map((r) => r.violations));
  const date = (day: string) => new Date(`${day}T00:00:00Z`);
  // The charts draw in their own effects, which run before this one: then the page can be used (the web bench waits for it).
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    performance.mark('truce:dashboard-ready');
    setDrawn(true);
  }, []);

  const perDayPlot: Plot.PlotOptions = useMemo(
    () => ({
      height: 260,
      marginLeft: 40,
      // A label a week: a month of daily labels would overlap.
      x: { type: 'band', label: t('dashboard.day'), tickFormat: (d: string, i: number) => (i % 7 === 0 ? shortDay.format(date(d)) : '') },
      y: { label: t('dashboard.violations'), grid: true, ...integerTicks(dayMax), tickFormat: 'd' },
      color,
      marks: [PlotMarks.barY(perDay, { x: 'day', y: 'violations', fill: 'party' }), PlotMarks.ruleY([0])],
    }),
    [figures, t, locale, content],
  );
  const byKindPlot: Plot.PlotOptions = useMemo(
    () => ({
      height: Math.max(120, 40 + 28 * new Set(byKind.map((r) => r.kind)).size),
      marginLeft: 200,
      x: { label: t('dashboard.violations'), grid: true, ...integerTicks(kindMax), tickFormat: 'd' },
      y: { label: null },
      color,
      marks: [PlotMarks.barX(byKind, { y: 'kind', x: 'violations', fill: 'party', sort: { y: '-x' } }), PlotMarks.ruleX([0])],
    }),
    [byKind, t, content],
  );
  const cumulativePlot: Plot.PlotOptions = useMemo(
    () => ({
      height: 220,
      marginLeft: 40,
      x: { type: 'utc', label: t('dashboard.day'), tickFormat: (d: Date) => shortDay.format(d) },
      y: { label: t('dashboard.total'), grid: true, ...integerTicks(total), tickFormat: 'd' },
      marks: [PlotMarks.lineY(cumulative, { x: (d: { day: string }) => date(d.day), y: 'total', stroke: '#1f3a5f', strokeWidth: 2 }), PlotMarks.dotY(cumulative, { x: (d: { day: string }) => date(d.day), y: 'total', fill: '#1f3a5f', r: 2.5 }), PlotMarks.ruleY([0])],
    }),
    [figures, t, locale],
  );

  return (
    <div className="dashboard-figures" data-dashboard-ready={drawn ? 'true' : 'false'}>
      <p className="dashboard-meta">
        <strong>
          <LocalizedText content={content.text('agreement', agreement.id, 'title', agreement.title)} />
        </strong>: {formatCalendarDate(figures.from, locale)} – {formatCalendarDate(figures.to, locale)} {figures.synthetic_data && <SyntheticBadge />}
      </p>
      <ul className="plot-legend" aria-label={t('dashboard.party')}>
        {parties.map((p) => (
          <li key={p.id}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={colors.get(p.id)} />
            </svg>
            {p.name}
          </li>
        ))}
      </ul>
      {total === 0 ? (
        // Nothing to draw: an empty chart reads as a chart of something, so say there is nothing instead.
        <p className="card dashboard-empty" role="status">
          {notInForce > 0 ? t('dashboard.notInForce', { count: notInForce }) : t('dashboard.noViolations')}
        </p>
      ) : (
      <div className="dashboard-grid">
        <figure className="card">
          <figcaption>
            <h2>{t('dashboard.perDay')}</h2>
          </figcaption>
          <PlotFigure options={perDayPlot} label={t('dashboard.perDay')} />
        </figure>
        <figure className="card">
          <figcaption>
            <h2>{t('dashboard.cumulative')}</h2>
          </figcaption>
          <PlotFigure options={cumulativePlot} label={t('dashboard.cumulative')} />
        </figure>
        <figure className="card">
          <figcaption>
            <h2>{t('dashboard.byKind')}</h2>
          </figcaption>
          <PlotFigure options={byKindPlot} label={t('dashboard.byKind')} />
        </figure>
      </div>
      )}
      <details className="card" open>
        <summary>
          <h2>{t('dashboard.table')}</h2>
        </summary>
        <TableScroll>
          <table>
            <caption className="visually-hidden">{t('dashboard.perDay')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.day')}</th>
                {parties.map((p) => (
                  <th scope="col" key={p.id}>
                    {p.name}
                  </th>
                ))}
                <th scope="col">{t('dashboard.total')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.periods.map((period) => (
                <tr key={period.start}>
                  <th scope="row">
                    <time dateTime={period.start}>{formatCalendarDate(period.start, locale)}</time>
                  </th>
                  {parties.map((p) => (
                    <td key={p.id}>{period.parties.find((f) => f.party_id === p.id)?.violations.value ?? 0}</td>
                  ))}
                  <td>{period.violations.cumulative}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption className="visually-hidden">{t('dashboard.byKind')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.kind')}</th>
                <th scope="col">{t('dashboard.party')}</th>
                <th scope="col">{t('dashboard.violations')}</th>
              </tr>
            </thead>
            <tbody>
              {byKind.map((row) => (
                <tr key={`${row.kind}|${row.party}`}>
                  <th scope="row">{row.kind}</th>
                  <td>{row.party}</td>
                  <td>{row.violations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      <p className="checkpoint">
        {figures.checkpoint ? (
          <>
            {t('dashboard.checkpoint', { size: figures.checkpoint.size, root: figures.checkpoint.root })} <DateTime iso={figures.computed_at} />.{' '}
            <AppLink href="/log">{t('portal.openLog')}</AppLink>
          </>
        ) : (
          t('dashboard.noCheckpoint')
        )}
      </p>
      <p>
        <AppLink href="/reports/daily">{t('dashboard.dailyReport')}</AppLink>
      </p>
    </div>
  );
}
