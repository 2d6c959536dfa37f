import { escapeHtml } from './escape-html.js';

export interface ChartSeries {
  party_id: string;
  name: string;
  color: string;
  counts: ReadonlyMap<string, number>;
}

export interface ChartWords {
  label: string;
  shortDay: (isoDay: string) => string;
  number: (value: number) => string;
}

/** Whole-number ticks from zero: a count never steps by 0.2. */
function countTicks(max: number): { top: number; ticks: number[] } {
  const step = max <= 5 ? 1 : [2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => max / s <= 5) ?? Math.ceil(max / 5);
  const top = Math.max(1, Math.ceil(max / step) * step);
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

/** Violations per party per day over every day given, as grouped bars, with the report's day shaded; for print and screen. */
export function renderChartSvg(dates: readonly string[], series: readonly ChartSeries[], highlight: string, words: ChartWords, width = 720, height = 240): string {
  const margin = { top: 16, right: 12, bottom: 36, left: 36 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const { top, ticks } = countTicks(Math.max(0, ...series.flatMap((s) => dates.map((d) => s.counts.get(d) ?? 0))));
  const step = plotW / Math.max(1, dates.length);
  const barW = Math.max(1, (step * 0.8) / Math.max(1, series.length));
  const y = (v: number) => margin.top + plotH - (v / top) * plotH;

  const bars = dates
    .map((date, i) =>
      series
        .map((s, j) => {
          const v = s.counts.get(date) ?? 0;
          if (v === 0) return '';
          const x = margin.left + i * step + step * 0.1 + j * barW;
          return `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(margin.top + plotH - y(v)).toFixed(1)}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${words.shortDay(date)}: ${words.number(v)}`)}</title></rect>`;
        })
        .join(''),
    )
    .join('');
  const marker = dates.indexOf(highlight);
  const today = marker >= 0 ? `<rect x="${(margin.left + marker * step).toFixed(1)}" y="${margin.top}" width="${step.toFixed(1)}" height="${plotH}" fill="#000" opacity="0.08" class="report-day"/>` : '';
  const every = Math.ceil(dates.length / 10);
  // The report's day is always labelled; a regular label too close to it would print over it.
  const labelled = (i: number) => i === marker || (i % every === 0 && (marker < 0 || Math.abs(i - marker) >= every));
  const labels = dates
    .map((date, i) => (labelled(i) ? `<text x="${(margin.left + i * step + step / 2).toFixed(1)}" y="${height - 20}" text-anchor="middle"${i === marker ? ' font-weight="700"' : ''}>${escapeHtml(words.shortDay(date))}</text>` : ''))
    .join('');
  const axis = ticks.map((v) => `<text x="${margin.left - 6}" y="${(y(v) + 3).toFixed(1)}" text-anchor="end">${words.number(v)}</text><line x1="${margin.left}" x2="${width - margin.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`).join('');
  const legend = series.map((s, i) => `<rect x="${margin.left + i * 150}" y="${height - 12}" width="10" height="10" fill="${s.color}"/><text x="${margin.left + i * 150 + 14}" y="${height - 3}">${escapeHtml(s.name)}</text>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(words.label)}" font-size="10" font-family="sans-serif">` +
    `${axis}${today}${bars}${labels}${legend}</svg>`
  );
}
