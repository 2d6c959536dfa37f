/**
 * Ticks for a count axis: whole numbers only, about five of them, from zero to at least the
 * largest count. Plot's own ticks step by 0.2 on small counts, which no count can be.
 */
export function integerTicks(max: number, wanted = 5): { domain: [number, number]; ticks: number[] } {
  const top = Math.max(1, Math.ceil(max));
  const raw = top / wanted;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude);
  const end = Math.ceil(top / step) * step;
  return { domain: [0, end], ticks: Array.from({ length: end / step + 1 }, (_, i) => i * step) };
}
