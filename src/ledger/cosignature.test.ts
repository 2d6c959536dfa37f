import { verify as edVerify, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatCheckpoint } from './checkpoint.js';
import {
  cosign,
  cosignatureTime,
  generateWitnessKey,
  parseWitnessSignerKey,
  parseWitnessVerifierKey,
  verifyCosignature,
} from './cosignature.js';
import {
  ALG_COSIGNATURE_V1,
  NoteKeyError,
  formatVerifierKey,
  generateNoteKey,
  noteKeyId,
  parseSignerKey,
  parseVerifierKey,
} from './note-keys.js';
import { openNote, signNote } from './signed-note.js';

const body = formatCheckpoint({ origin: 'truce.example/log', size: 20852163, root: Buffer.alloc(32, 0xab) });
const witness = generateWitnessKey('witness.example/ua');
const signer = parseWitnessSignerKey(witness.signerKey);
const T = 1679315147;

describe('cosignature/v1', () => {
  it('round-trips and returns the timestamp', () => {
    const line = cosign(body, signer, T);
    expect(line.endsWith('\n')).toBe(true);
    expect(verifyCosignature(body, line, witness.verifierKey)).toBe(T);
    expect(verifyCosignature(body, line.trimEnd(), parseWitnessVerifierKey(witness.verifierKey))).toBe(T);
    expect(cosignatureTime(line)).toBe(T);
  });

  it('matches the tlog-cosignature layout, checked independently', () => {
    expect(Buffer.from(witness.verifierKey.split('+')[2] as string, 'base64')[0]).toBe(0x04);
    expect(Buffer.from(witness.signerKey.split('+')[4] as string, 'base64')[0]).toBe(0x04);
    const line = cosign(body, signer, T);
    const [dash, name, b64] = line.trimEnd().split(' ') as [string, string, string];
    expect(dash).toBe('\u2014');
    expect(name).toBe('witness.example/ua');
    const raw = Buffer.from(b64, 'base64');
    expect(raw.length).toBe(4 + 8 + 64);
    expect(raw.readUInt32BE(0)).toBe(noteKeyId('witness.example/ua', 0x04, signer.publicKey));
    expect(raw.readBigUInt64BE(4)).toBe(BigInt(T));
    const message = Buffer.from(`cosignature/v1\ntime ${T}\n${body}`);
    const key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), signer.publicKey]), format: 'der', type: 'spki' });
    expect(edVerify(null, message, key, raw.subarray(12))).toBe(true);
  });

  it('reads the timestamp of the C2SP example and of a transparency-dev vector', () => {
    const example = '— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==';
    expect(cosignatureTime(example)).toBe(1679315147);
    expect(cosignatureTime('— x ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==')).toBe(1727964367);
    // A plain Ed25519 note signature is not a cosignature.
    expect(cosignatureTime('— x eQjRQm6eSKzFoiYalgwCPXu2y3ijtg68is9M46JKxuZB+dRfTmeQeDBoXnvxZx2ugnkyV+MUMLXpWs1hPb/W/4xkNQY=')).toBeNull();
  });

  it('accepts 0x04 witness vkeys and plain 0x01 vkeys (transparency-dev vectors)', () => {
    const native = parseWitnessVerifierKey('remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2');
    expect(native.keyId).toBe(0xda77ade7);
    expect(native.algorithm).toBe(ALG_COSIGNATURE_V1);
    const converted = parseWitnessVerifierKey('TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6');
    expect(converted.keyId).toBe(noteKeyId('TEST', 0x04, converted.publicKey));
    expect(converted.keyId).not.toBe(0x7997405c);
    expect(() => parseVerifierKey('remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2')).toThrow(/unsupported key algorithm 0x04/);
    expect(() => parseWitnessVerifierKey('remora.n621.de+da77ade8+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2')).toThrow(NoteKeyError);
  });

  it('rejects tampered bodies, signatures, times, names and keys', () => {
    const line = cosign(body, signer, T);
    const other = generateWitnessKey('witness.example/ru');
    expect(verifyCosignature(body.replace('20852163', '20852164'), line, witness.verifierKey)).toBeNull();
    expect(verifyCosignature(body, line, other.verifierKey)).toBeNull();
    expect(verifyCosignature(body, line.replace('witness.example/ua', 'witness.example/ux'), witness.verifierKey)).toBeNull();
    const raw = Buffer.from(line.trimEnd().split(' ')[2] as string, 'base64');
    for (const offset of [0, 5, 11, 12, 75]) {
      const tampered = Buffer.from(raw);
      tampered[offset] = (tampered[offset] as number) ^ 1;
      expect(verifyCosignature(body, `— witness.example/ua ${tampered.toString('base64')}`, witness.verifierKey)).toBeNull();
    }
    expect(verifyCosignature(body, 'garbage', witness.verifierKey)).toBeNull();
    expect(verifyCosignature('not a checkpoint\n', line, witness.verifierKey)).toBeNull();
    expect(verifyCosignature(body, `${line}${line}`, witness.verifierKey)).toBeNull();
    expect(() => verifyCosignature(body, line, 'not a key')).toThrow(NoteKeyError);
  });

  it('is not a plain note signature: a 0x01 verifier of the same key rejects it', () => {
    const line = cosign(body, signer, T);
    const plain = parseVerifierKey(formatVerifierKey('witness.example/ua', signer.publicKey, 0x01));
    expect(plain.keyId).not.toBe(signer.keyId);
    expect(() => openNote(`${body}\n${line}`, [plain])).toThrow(/no verifiable signatures/);
  });

  it('works inside a checkpoint note next to the log signature', () => {
    const log = generateNoteKey('truce.example/log');
    const note = signNote(body, parseSignerKey(log.signerKey)) + cosign(body, signer, T);
    const opened = openNote(note, [parseVerifierKey(log.verifierKey), parseWitnessVerifierKey(witness.verifierKey)]);
    expect(opened.verified.map((s) => s.name)).toEqual(['truce.example/log', 'witness.example/ua']);
    // The witness's own key can open it alone as well; the log signature is then "unverified".
    expect(openNote(note, [parseWitnessVerifierKey(witness.verifierKey)]).unverified).toHaveLength(1);
  });

  it('refuses bad cosign input', () => {
    expect(() => cosign(body, parseSignerKey(generateNoteKey('log').signerKey), T)).toThrow(/witness \(0x04\) key/);
    expect(() => cosign(body, signer, -1)).toThrow(RangeError);
    expect(() => cosign(body, signer, 1.5)).toThrow(RangeError);
    expect(() => cosign('not a checkpoint', signer, T)).toThrow(/newline/);
    expect(() => parseWitnessSignerKey('PRIVATE+KEY+w+00000000+AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toThrow(/unsupported key algorithm 0x02/);
  });

  it('also cosigns with a plain Ed25519 (0x01) note key, under the 0x04 key ID', () => {
    const plain = generateNoteKey('witness.example/plain');
    const s = parseWitnessSignerKey(plain.signerKey);
    expect(s.algorithm).toBe(ALG_COSIGNATURE_V1);
    expect(s.keyId).toBe(noteKeyId('witness.example/plain', 0x04, s.publicKey));
    const line = cosign(body, s, T);
    expect(verifyCosignature(body, line, plain.verifierKey)).toBe(T);
    expect(verifyCosignature(body, line, s.verifierKey)).toBe(T);
  });
});
