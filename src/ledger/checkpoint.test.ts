import { describe, expect, it } from 'vitest';
import { CheckpointError, formatCheckpoint, parseCheckpoint } from './checkpoint.js';
import { generateNoteKey, parseSignerKey, parseVerifierKey } from './note-keys.js';
import { openNote, signNote } from './signed-note.js';

// The example in C2SP tlog-checkpoint.
const example = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
const root = Buffer.from('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=', 'base64');

describe('checkpoint', () => {
  it('parses the C2SP example and formats it back byte for byte', () => {
    const c = parseCheckpoint(example);
    expect(c).toEqual({ origin: 'example.com/behind-the-sofa', size: 20852163, root, extensions: [] });
    expect(formatCheckpoint(c)).toBe(example);
  });

  it('formats the empty tree and extension lines', () => {
    const empty = formatCheckpoint({ origin: 'truce.example/log', size: 0, root: Buffer.alloc(32) });
    expect(empty).toBe('truce.example/log\n0\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n');
    const ext = formatCheckpoint({ origin: 'o', size: 5, root, extensions: ['ext one', 'two'] });
    expect(parseCheckpoint(ext).extensions).toEqual(['ext one', 'two']);
  });

  it('round-trips through a signed note', () => {
    const { signerKey, verifierKey } = generateNoteKey('truce.example/log');
    const body = formatCheckpoint({ origin: 'truce.example/log', size: 42, root });
    const note = signNote(body, parseSignerKey(signerKey));
    const opened = openNote(note, [parseVerifierKey(verifierKey)]);
    expect(parseCheckpoint(opened.text)).toMatchObject({ origin: 'truce.example/log', size: 42, root });
  });

  it.each([
    ['no final newline', example.slice(0, -1), /end with a newline/],
    ['too few lines', 'origin\n5\n', /origin, size and root/],
    ['empty origin', '\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n', /origin must be a non-empty/],
    ['leading zero', example.replace('20852163', '020852163'), /without leading zeros/],
    ['signed size', example.replace('20852163', '-1'), /decimal number/],
    ['plus sign', example.replace('20852163', '+1'), /decimal number/],
    ['fraction', example.replace('20852163', '1.0'), /decimal number/],
    ['exponent', example.replace('20852163', '1e3'), /decimal number/],
    ['spaces', example.replace('20852163', ' 1'), /decimal number/],
    ['beyond 2^53', example.replace('20852163', '9007199254740993'), /2\^53 - 1/],
    ['short root', 'o\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jx\n', /32-byte/],
    ['url-safe base64', 'o\n1\nCsUYapGGPo4dkMgIAUqom_Xajj7h2fB2MPA3j2jxq2I=\n', /canonical base64/],
    ['unpadded base64', 'o\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n', /canonical base64/],
    ['non-canonical padding bits', 'o\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n', /canonical base64/],
    ['empty extension line', `${example}\n`, /extension line 1/],
    ['carriage return', example.replace('sofa\n', 'sofa\r\n'), /control characters/],
  ])('rejects %s', (_what, body, message) => {
    expect(() => parseCheckpoint(body)).toThrow(CheckpointError);
    expect(() => parseCheckpoint(body)).toThrow(message);
  });

  it('refuses to format invalid checkpoints', () => {
    expect(() => formatCheckpoint({ origin: '', size: 1, root })).toThrow(/origin/);
    expect(() => formatCheckpoint({ origin: 'a\nb', size: 1, root })).toThrow(/newlines/);
    expect(() => formatCheckpoint({ origin: 'o', size: -1, root })).toThrow(/size/);
    expect(() => formatCheckpoint({ origin: 'o', size: 1.5, root })).toThrow(/size/);
    expect(() => formatCheckpoint({ origin: 'o', size: 1, root: Buffer.alloc(31) })).toThrow(/32 bytes/);
    expect(() => formatCheckpoint({ origin: 'o', size: 1, root, extensions: [''] })).toThrow(/extension/);
  });
});
