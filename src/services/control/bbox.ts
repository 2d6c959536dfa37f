/** [west, south, east, north] in degrees, as RFC 7946 orders a bounding box. */
export type Bbox = [number, number, number, number];
