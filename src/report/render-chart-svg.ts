import { escapeHtml } from './escape-html.js';

export interface ChartSeries {
  party_id: string;
  name: string;
  color: string;
  counts: ReadonlyMap<string, number>;
}

/** Violations per party per day over the window, as grouped bars, for print and screen. */
export function renderChartSvg(dates: readonly string[], series: readonly ChartSeries[], highlight: string, width = 720, height = 240): string {
  const margin = { top: 16, right: 12, bottom: 36, left: 36 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const max = Math.max(1, ...series.flatMap((s) => dates.map((d) => s.counts.get(d) ?? 0)));
  const step = plotW / Math.max(1, dates.length);
  const barW = Math.max(1, (step * 0.8) / Math.max(1, series.length));
  const y = (v: number) => margin.top + plotH - (v / max) * plotH;
  const ticks = [0, Math.round(max / 2), max].filter((v, i, all) => all.indexOf(v) === i);

  const bars = dates
    .map((date, i) =>
      series
        .map((s, j) => {
          const v = s.counts.get(date) ?? 0;
          if (v === 0) return '';
          const x = margin.left + i * step + step * 0.1 + j * barW;
          return `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(margin.top + plotH - y(v)).toFixed(1)}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${date}: ${v}`)}</title></rect>`;
        })
        .join(''),
    )
    .join('');
  const marker = dates.indexOf(highlight);
  const today = marker >= 0 ? `<rect x="${(margin.left + marker * step).toFixed(1)}" y="${margin.top}" width="${step.toFixed(1)}" height="${plotH}" fill="#000" opacity="0.06"/>` : '';
  const labels = dates
    .map((date, i) => (i % Math.ceil(dates.length / 10) === 0 ? `<text x="${(margin.left + i * step + step / 2).toFixed(1)}" y="${height - 20}" text-anchor="middle">${escapeHtml(date.slice(5))}</text>` : ''))
    .join('');
  const axis = ticks.map((v) => `<text x="${margin.left - 6}" y="${(y(v) + 3).toFixed(1)}" text-anchor="end">${v}</text><line x1="${margin.left}" x2="${width - margin.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`).join('');
  const legend = series.map((s, i) => `<rect x="${margin.left + i * 150}" y="${height - 12}" width="10" height="10" fill="${s.color}"/><text x="${margin.left + i * 150 + 14}" y="${height - 3}">${escapeHtml(s.name)}</text>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Verified violations per party per day" font-size="10" font-family="sans-serif">` +
    `${axis}${today}${bars}${labels}${legend}</svg>`
  );
}
