import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, acledFields, acledRow } from '../../src/domain/interop/acled-row.js';
import { AcledReader } from '../../src/domain/interop/acled-reader.js';
import { csvLine } from '../../src/domain/interop/csv-line.js';
import type { AcledEvent, AcledRefusal } from '../../src/domain/interop/read-acled-row.js';

const fixture = (name: string) => readFileSync(new URL(`./acled/${name}`, import.meta.url), 'utf8');

/** Reads a file in chunks of the given size, as a stream would hand it over. */
function readAll(text: string, chunk = 7): { events: AcledEvent[]; refused: AcledRefusal[]; layout: string | null } {
  const reader = new AcledReader();
  const events: AcledEvent[] = [];
  const refused: AcledRefusal[] = [];
  for (let i = 0; i < text.length; i += chunk) {
    const batch = reader.push(text.slice(i, i + chunk));
    events.push(...batch.events);
    refused.push(...batch.refused);
  }
  const last = reader.end();
  return { events: [...events, ...last.events], refused: [...refused, ...last.refused], layout: reader.layout };
}

/** What every layout of the synthetic fixture must read as, whatever its columns and date forms. */
const expected = [
  { external_id: 'acled:XUK1001', date: '2024-02-16', kind: 'shelling', time_precision: 'day', geo_precision: 'exact', fatalities: 1, latitude: 50.1234, longitude: 36.5678, location: 'Millbrook', territory: false },
  { external_id: 'acled:XUK1002', date: '2024-02-17', kind: 'airstrike', time_precision: 'week', geo_precision: 'near', fatalities: 0 },
  { external_id: 'acled:XUK1003', date: '2024-02-18', kind: 'territorial_change', territory: true, fatalities: 3 },
  { external_id: 'acled:XUK1004', date: '2024-02-19', kind: null, original_type: { event_type: 'Protests', sub_event_type: 'Peaceful protest' } },
];

describe('reading ACLED exports', () => {
  it.each([
    ['current.csv', 'dyadic'],
    ['numeric-2023.csv', 'dyadic'],
    ['monadic.csv', 'monadic'],
    ['reordered.csv', 'dyadic'],
  ])('reads %s (%s) as the same four events, in chunks', (name, layout) => {
    const read = readAll(fixture(name));
    expect(read.refused).toEqual([]);
    expect(read.layout).toBe(layout);
    expect(read.events).toHaveLength(4);
    expected.forEach((e, i) => expect(read.events[i]).toMatchObject(e));
    expect(read.events[0]!.actors.map((a) => [a.name, a.type])).toEqual([
      ['Military Forces of Testland (2000-)', 'State forces'],
      ['Civilians (Exampleland)', 'Civilians'],
    ]);
    expect(read.events[0]!.notes).toBe('On 16 February 2024, artillery shelled Millbrook, "heavily", damaging two houses.\nOne civilian was killed.');
    expect(read.events[0]!.sources).toEqual(['Example Wire', 'Sample Radio']);
  });

  it('reads the current layout’s provenance: associates, civilian targeting, tags and the update time', () => {
    const [first, , , protest] = readAll(fixture('current.csv')).events;
    expect(first!.actors[1]!.associates).toEqual(['Farmers (Exampleland)']);
    expect(first!.civilian_targeting).toBe(true);
    expect(first!.updated_at).toBe('2024-02-19T00:00:00.000Z');
    expect(protest!.tags).toEqual(['crowd size=around 200']);
  });

  it('refuses bad rows with their line and reason, and reads the rest', () => {
    const read = readAll(fixture('bad-rows.csv'));
    expect(read.events.map((e) => e.external_id)).toEqual(['acled:XUK1001', 'acled:XUK1003']);
    expect(read.refused).toEqual([
      { line: 4, reason: 'event_date "31 February 2024" is not a date' },
      { line: 5, reason: 'latitude "95" is not between -90 and 90' },
      { line: 6, reason: 'fatalities "-2" is not a whole number of zero or more' },
      { line: 7, reason: 'event_id_cnty is empty' },
      { line: 8, reason: 'geo_precision "7" is not 1, 2 or 3' },
    ]);
  });

  it.each([
    ['an empty file', '', /file: is empty/],
    ['another format', 'id,name\n1,a\n', /file: is not an ACLED export: the columns event_id_cnty, event_date, event_type, sub_event_type, actor1, latitude, longitude, fatalities are missing/],
    ['a file missing two columns', 'event_id_cnty,event_date,event_type,sub_event_type,actor1,fatalities\n', /the columns latitude, longitude are missing/],
    ['binary', '\u0000\u0001PK\u0003\u0004\u00ff\u00fe', /is not an ACLED export/],
  ])('refuses %s whole, naming what is missing', (_name, text, message) => {
    expect(() => readAll(text)).toThrow(message);
  });

  it('reads a header only as no events', () => {
    expect(readAll(fixture('current.csv').split('\n')[0]!)).toMatchObject({ events: [], refused: [], layout: 'dyadic' });
  });

  it('reads back what Truce exports: the day, place, toll, precisions and the kind itself', () => {
    const incident = { id: 'i-1', log_index: 4, kind: 'missile_strike', status: 'verified', point: { latitude: 47.1, longitude: 37.5 }, first_observed_at: '2025-03-13T10:00:00.000Z', updated_at: '2025-03-14T00:00:00.000Z', attributed_party_id: 'p-ru' };
    const reports = [{ id: 'r-1', geo_precision: 'near', time_precision: 'week', casualties: { civilian_killed: 2, military_killed: 0 }, narrative: '-2 °C; two killed, "many" hurt' }];
    const text = csvLine(ACLED_COLUMNS) + csvLine(acledFields(acledRow(incident, reports, { parties: new Map([['p-ru', 'Russia']]), sources: new Map() })));
    const [event] = readAll(text).events;
    expect(event).toMatchObject({ external_id: 'acled:i-1', date: '2025-03-13', kind: 'missile_strike', latitude: 47.1, longitude: 37.5, fatalities: 2, time_precision: 'week', geo_precision: 'near', updated_at: '2025-03-14T00:00:00.000Z' });
    expect(event!.actors[0]!.name).toBe('Russia');
    expect(event!.notes).toBe('-2 °C; two killed, "many" hurt');
  });
});
