import { describe, expect, it } from 'vitest';
import vectors from '../../../test/vectors/rfc6962.json' with { type: 'json' };
import { encodeBase64 } from './base64.js';
import { CheckpointFormatError, parseCheckpoint } from './parse-checkpoint.js';

const root = encodeBase64(new Uint8Array(32).fill(7));
const logLine = `— truce.example/log ${encodeBase64(Uint8Array.from([0xde, 0xad, 0xbe, 0xef, ...new Array<number>(64).fill(1)]))}`;
const timestamp = [0, 0, 0, 0, 0x67, 0xd2, 0x9c, 0x80]; // 2025-03-13T08:51:12Z
const cosignLine = `— witness.example ${encodeBase64(Uint8Array.from([0, 0, 0, 1, ...timestamp, ...new Array<number>(64).fill(2)]))}`;

describe('parseCheckpoint', () => {
  it('reads origin, size, root and every signature line, cosignatures with their time', () => {
    const parsed = parseCheckpoint(`truce.example/log\n42\n${root}\n\n${logLine}\n${cosignLine}\n`);
    expect(parsed).toMatchObject({ origin: 'truce.example/log', size: 42, rootBase64: root, extensions: [] });
    expect(parsed.signatures).toEqual([
      { name: 'truce.example/log', keyIdHex: 'deadbeef', kind: 'log', cosignedAt: null, line: logLine },
      { name: 'witness.example', keyIdHex: '00000001', kind: 'cosignature', cosignedAt: '2025-03-13T08:51:12.000Z', line: cosignLine },
    ]);
  });

  it('reads the C2SP signed-note example signature line', () => {
    const line = vectors.signedNoteExample.note.split('\n\n')[1]?.trim() ?? '';
    const parsed = parseCheckpoint(`example.com/foo\n1\n${root}\n\n${line}\n`);
    expect(parsed.signatures[0]).toMatchObject({ name: 'example.com/foo', keyIdHex: '530d903a', kind: 'log' });
  });

  it.each([
    ['no signatures', `o\n1\n${root}\n`],
    ['no blank line', `o\n1\n${root}\n${logLine}\n`],
    ['a size with a leading zero', `o\n01\n${root}\n\n${logLine}\n`],
    ['a short root', `o\n1\n${encodeBase64(new Uint8Array(31))}\n\n${logLine}\n`],
    ['a line without the em dash', `o\n1\n${root}\n\n- o AAAAAAAA\n`],
  ])('refuses %s', (_what, note) => {
    expect(() => parseCheckpoint(note)).toThrow(CheckpointFormatError);
  });
});
