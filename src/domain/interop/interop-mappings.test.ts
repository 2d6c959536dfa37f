import { describe, expect, it } from 'vitest';
import { REPORT_KINDS } from '../monitoring/report-taxonomy.js';
import { ACLED_EVENT_TYPES } from './acled-event-types.js';
import { acledFields, acledRow, ACLED_COLUMNS } from './acled-row.js';
import { csvLine } from './csv-line.js';
import { incidentFeature, jsonFgTime } from './geojson-feature.js';
import { parseOgcDatetime } from './ogc-datetime.js';

describe('csvLine', () => {
  it('quotes what needs quoting, doubles quotes, and ends with CRLF', () => {
    expect(csvLine(['a', 'b,c', 'say "no"', 'two\nlines', null, undefined, 3.5, -36.2])).toBe('a,"b,c","say ""no""","two\nlines",,,3.5,-36.2\r\n');
  });

  it('keeps a spreadsheet from running a text field as a formula, but leaves numbers as numbers', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1', '-x', '@SUM(A1)', -1])).toBe(`"'=HYPERLINK(""x"")",'+1,'-x,'@SUM(A1),-1\r\n`);
  });
});

describe('parseOgcDatetime', () => {
  it.each([
    ['2025-03-13T10:00:00Z', { from: '2025-03-13T10:00:00.000Z', to: '2025-03-13T10:00:00.000Z' }],
    ['2025-03-13', { from: '2025-03-13T00:00:00.000Z', to: '2025-03-13T23:59:59.999Z' }],
    ['2025-03-13T12:00:00+02:00/..', { from: '2025-03-13T10:00:00.000Z' }],
    ['../2025-03-14', { to: '2025-03-14T23:59:59.999Z' }],
    ['2025-03-13T00:00:00Z/', { from: '2025-03-13T00:00:00.000Z' }],
    ['2025-03-13/2025-03-14', { from: '2025-03-13T00:00:00.000Z', to: '2025-03-14T23:59:59.999Z' }],
  ])('reads %s', (text, span) => expect(parseOgcDatetime(text)).toEqual(span));

  it.each(['', 'yesterday', '../..', '/', '2025-02-30', '2025-03-13T10:00:00', '2025-03-14/2025-03-13', 'a/b/c'])('refuses %j', (text) => expect(parseOgcDatetime(text)).toBeNull());
});

describe('the ACLED mapping', () => {
  it('has an ACLED event type for every Truce kind', () => {
    expect(Object.keys(ACLED_EVENT_TYPES).sort()).toEqual([...REPORT_KINDS].sort());
  });

  it('leaves empty what the reader was not shown, and names the attributed party', () => {
    const row = acledRow({ id: 'i1', log_index: 7, kind: 'shelling', attributed_party_id: 'p1', first_observed_at: '2025-03-13T10:00:00.000Z' }, [], { parties: new Map([['p1', 'Russia']]), sources: new Map() });
    expect(row).toMatchObject({ event_id_cnty: 'i1', event_date: '2025-03-13', year: 2025, actor1: 'Russia', latitude: null, fatalities: null, notes: null, time_precision: null, truce_log_index: 7 });
    expect(acledFields(row)).toHaveLength(ACLED_COLUMNS.length);
  });

  it('takes the highest toll and the finest precision of the reports, never finer than a rounded point', () => {
    const reports = [
      { id: 'r1', geo_precision: 'exact', time_precision: 'week', casualties: { civilian_killed: 2, military_killed: 1 } },
      { id: 'r2', geo_precision: 'region', time_precision: 'day', casualties: { civilian_killed: 1, military_killed: null } },
      { id: 'r3', casualties: null },
    ];
    const row = acledRow({ id: 'i1', log_index: 1, location_rounded: true }, reports, { parties: new Map(), sources: new Map() });
    expect(row).toMatchObject({ fatalities: 3, geo_precision: 2, time_precision: 1 });
  });
});

describe('incidentFeature', () => {
  it('puts the shown point in the geometry and the observed span in JSON-FG time', () => {
    const feature = incidentFeature({ id: 'i1', log_index: 3, point: { latitude: 50, longitude: 36 }, first_observed_at: 'a', last_observed_at: 'b', status: 'verified' });
    expect(feature).toEqual({ type: 'Feature', id: 'i1', geometry: { type: 'Point', coordinates: [36, 50] }, properties: { log_index: 3, first_observed_at: 'a', last_observed_at: 'b', status: 'verified' }, time: { interval: ['a', 'b'] }, place: null });
    expect(jsonFgTime('a', 'a')).toEqual({ timestamp: 'a' });
    expect(jsonFgTime(undefined)).toBeNull();
  });
});
