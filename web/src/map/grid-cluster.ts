export interface Cluster<T> {
  items: T[];
  /** The mean position of the items, in the same units as the input. */
  x: number;
  y: number;
}

/**
 * Groups points that fall in the same square of `size` (screen pixels at the current zoom):
 * a grid clusterer, linear in the number of points. Clusters come out largest first, then
 * by position, so that the same points always give the same clusters.
 */
export function gridCluster<T>(items: readonly T[], position: (item: T) => { x: number; y: number }, size: number): Cluster<T>[] {
  const cells = new Map<string, { items: T[]; sx: number; sy: number }>();
  for (const item of items) {
    const { x, y } = position(item);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const key = `${Math.floor(x / size)}:${Math.floor(y / size)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.items.push(item);
      cell.sx += x;
      cell.sy += y;
    } else {
      cells.set(key, { items: [item], sx: x, sy: y });
    }
  }
  return [...cells.values()]
    .map((c) => ({ items: c.items, x: c.sx / c.items.length, y: c.sy / c.items.length }))
    .sort((a, b) => b.items.length - a.items.length || a.y - b.y || a.x - b.x);
}
