/**
 * The shortest length, from `min`, at which the listed ids' prefixes are as distinct as the ids:
 * ids made close together share their leading characters, so a fixed cut reads many as one.
 */
export function uniquePrefixLength(ids: readonly string[], min = 8): number {
  const distinct = new Set(ids).size;
  const longest = Math.max(min, ...ids.map((id) => id.length));
  for (let length = min; length < longest; length++) if (new Set(ids.map((id) => id.slice(0, length))).size === distinct) return length;
  return longest;
}
