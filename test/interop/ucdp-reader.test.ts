import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SniffingDecoder } from '../../src/domain/interop/sniffing-decoder.js';
import { UcdpReader } from '../../src/domain/interop/ucdp-reader.js';
import type { UcdpEvent } from '../../src/domain/interop/read-ucdp-row.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./ucdp/${name}`, import.meta.url)));

function readAll(bytes: Uint8Array, chunk = 5) {
  const reader = new UcdpReader();
  const events: UcdpEvent[] = [];
  const refused: { line: number; reason: string }[] = [];
  for (let i = 0; i < bytes.length; i += chunk) {
    const batch = reader.push(bytes.subarray(i, i + chunk));
    events.push(...batch.events);
    refused.push(...batch.refused);
  }
  const last = reader.end();
  return { events: [...events, ...last.events], refused: [...refused, ...last.refused], encoding: reader.encoding };
}

describe('reading UCDP GED', () => {
  it.each([
    ['ged-cp1252.csv', 'windows-1252'],
    ['ged-utf8.csv', 'utf-8'],
  ])('reads %s (%s) to the same events, in chunks that split characters', (name, encoding) => {
    const read = readAll(fixture(name));
    expect(read.encoding).toBe(encoding);
    expect(read.events.map((e) => e.external_id)).toEqual(['ucdp:900001', 'ucdp:900002', 'ucdp:900003']);
    const [clash, oneSided, nonState] = read.events;
    expect(clash).toMatchObject({
      start: '2024-02-16T00:00:00.000Z',
      end: '2024-02-16T23:59:59.999Z',
      time_precision: 'day',
      geo_precision: 'exact',
      kind: null,
      type_of_violence: 1,
      side_a: ['Government of Testland'],
      side_b: ['Government of Exampleland'],
      place: 'Millbrook town, Riverside district – near the café',
      deaths: { best: 4, low: 4, high: 6, side_a: 1, side_b: 2, civilians: 1, unknown: 0 },
      sources: ['Example Wire,2024-02-16,Shelling near Millbrook', 'Sample Radio,2024-02-16'],
    });
    expect(oneSided).toMatchObject({ kind: 'civilian_harm', time_precision: 'month', geo_precision: 'region', place: 'Stonefield’s outskirts', start: '2024-02-01T00:00:00.000Z', end: '2024-02-29T23:59:59.999Z' });
    expect(nonState).toMatchObject({ side_a: ['Militia A', 'Militia B'], start: '2024-02-18T00:00:00.000Z', end: '2024-02-20T23:59:59.999Z', time_precision: 'week', geo_precision: 'near' });
    expect(read.refused).toEqual([
      { line: 5, reason: 'date_end 2024-02-20 is before date_start 2024-02-21' },
      { line: 6, reason: 'where_prec "9" is not 1–7' },
      { line: 7, reason: 'the estimates must be low ≤ best ≤ high, not 1, 7, 5' },
    ]);
  });

  it('refuses an empty file, another format, and UTF-8 that breaks later', () => {
    expect(() => readAll(new Uint8Array())).toThrow(/file: is empty/);
    expect(() => readAll(new TextEncoder().encode('event_id_cnty,event_date\n'))).toThrow(/is not a UCDP GED export: the columns id, type_of_violence/);
    const decoder = new SniffingDecoder();
    expect(decoder.push(new TextEncoder().encode('café,'))).toBe('café,');
    expect(() => decoder.push(new Uint8Array([0x41, 0xe9, 0x41]))).toThrow(/is not valid UTF-8 after byte 6/);
  });
});
