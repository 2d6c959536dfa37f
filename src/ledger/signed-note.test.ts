import { describe, expect, it } from 'vitest';
import vectors from '../../test/vectors/rfc6962.json' with { type: 'json' };
import {
  ALG_COSIGNATURE_V1,
  NoteKeyError,
  generateNoteKey,
  noteKeyId,
  parseSignerKey,
  parseVerifierKey,
} from './note-keys.js';
import { NoteError, openNote, parseNote, signNote } from './signed-note.js';

// Test vectors from golang.org/x/mod/sumdb/note (note.go documentation and note_test.go).
const peterSkey = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const peterVkey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const enochVkey = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const peterSig = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const enochSig = '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';
const peter = { name: 'PeterNeumann', keyId: 0xc74f20a3, base64: peterSig.slice(15, -1) };
const enoch = { name: 'EnochRoot', keyId: 0xaf0cfe78, base64: enochSig.slice(12, -1) };

function errorOf(f: () => unknown): Error {
  try {
    f();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

describe('note keys', () => {
  it('reproduces the Go sumdb/note signature byte for byte', () => {
    const signer = parseSignerKey(peterSkey);
    expect(signer.keyId).toBe(0xc74f20a3);
    expect(signer.verifierKey).toBe(peterVkey);
    expect(signNote(text, signer)).toBe(`${text}\n${peterSig}`);
  });

  it('verifies the C2SP signed-note example', () => {
    const ex = vectors.signedNoteExample;
    const opened = openNote(ex.note, [parseVerifierKey(ex.vkey)]);
    expect(opened.text).toBe(ex.signedText);
    expect(opened.verified.map((s) => s.name)).toEqual(['example.com/foo']);
  });

  it('computes key IDs as SHA-256(name ‖ "\\n" ‖ alg ‖ key)[:4]', () => {
    const v = parseVerifierKey(peterVkey);
    expect(noteKeyId('PeterNeumann', 0x01, v.publicKey)).toBe(0xc74f20a3);
    expect(noteKeyId('PeterNeumann', ALG_COSIGNATURE_V1, v.publicKey)).not.toBe(0xc74f20a3);
  });

  it('generates keys that round-trip', () => {
    const { signerKey, verifierKey } = generateNoteKey('truce.example/log');
    expect(signerKey).toMatch(/^PRIVATE\+KEY\+truce\.example\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    expect(verifierKey).toMatch(/^truce\.example\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    const signer = parseSignerKey(signerKey);
    expect(signer.verifierKey).toBe(verifierKey);
    const note = signNote('hello\n', signer);
    expect(openNote(note, [parseVerifierKey(verifierKey)]).text).toBe('hello\n');
    expect(() => generateNoteKey('bad name')).toThrow(NoteKeyError);
    expect(() => generateNoteKey('a+b')).toThrow(/invalid key name/);
  });

  it('rejects every truncation and every single-byte change of a verifier key (as Go does)', () => {
    for (let i = 0; i <= peterVkey.length; i++) {
      for (let j = i + 1; j <= peterVkey.length; j++) {
        if (i === 0 && j === peterVkey.length) continue;
        expect(() => parseVerifierKey(peterVkey.slice(i, j))).toThrow(NoteKeyError);
      }
    }
    for (let i = 0; i < peterVkey.length; i++) {
      const mangled = peterVkey.slice(0, i) + String.fromCharCode(peterVkey.charCodeAt(i) + 1) + peterVkey.slice(i + 1);
      expect(() => parseVerifierKey(mangled)).toThrow(NoteKeyError);
    }
    // Go's own vector: non-canonical base64 here, which this parser rejects before the length.
    expect(() => parseVerifierKey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==')).toThrow(NoteKeyError);
    const long = Buffer.concat([Buffer.from([1]), parseVerifierKey(peterVkey).publicKey, Buffer.from([0])]);
    const longId = noteKeyId('PeterNeumann', 1, long.subarray(1)).toString(16).padStart(8, '0');
    expect(() => parseVerifierKey(`PeterNeumann+${longId}+${long.toString('base64')}`)).toThrow(/32 bytes, got 33/);
    expect(() => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toThrow(/unsupported key algorithm 0x65/);
  });

  it('rejects every truncation and every single-byte change of a signer key', () => {
    for (let i = 0; i <= peterSkey.length; i++) {
      for (let j = i + 1; j <= peterSkey.length; j++) {
        if (i === 0 && j === peterSkey.length) continue;
        expect(() => parseSignerKey(peterSkey.slice(i, j))).toThrow(NoteKeyError);
      }
    }
    for (let i = 0; i < peterSkey.length; i++) {
      const mangled = peterSkey.slice(0, i) + String.fromCharCode(peterSkey.charCodeAt(i) + 1) + peterSkey.slice(i + 1);
      expect(() => parseSignerKey(mangled)).toThrow(NoteKeyError);
    }
  });

  it('gives clear messages for malformed keys', () => {
    expect(errorOf(() => parseVerifierKey('name-only')).message).toMatch(/expected <name>\+<8 hex digit key ID>\+<base64 key>/);
    expect(errorOf(() => parseVerifierKey('PeterNeumann+c74f20a+ARpc')).message).toMatch(/8 hex digits/);
    expect(errorOf(() => parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T')).message).toMatch(/not valid canonical base64/);
    expect(errorOf(() => parseVerifierKey('PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).message).toMatch(/does not match/);
    expect(errorOf(() => parseVerifierKey('Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).message).toMatch(/invalid key name/);
    expect(errorOf(() => parseSignerKey(peterVkey)).message).toMatch(/expected PRIVATE\+KEY/);
    expect(errorOf(() => parseSignerKey('PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz')).message).toMatch(/does not match/);
  });
});

describe('openNote (Go sumdb/note TestOpen cases)', () => {
  const peterV = parseVerifierKey(peterVkey);
  const enochV = parseVerifierKey(enochVkey);
  const both = `${text}\n${peterSig}${enochSig}`;

  it('verifies known keys and lists unknown ones', () => {
    expect(openNote(both, [peterV])).toEqual({ text, verified: [peter], unverified: [enoch] });
    expect(openNote(both, [peterV, enochV])).toEqual({ text, verified: [peter, enoch], unverified: [] });
    expect(openNote(Buffer.from(both), [enochV]).verified).toEqual([enoch]);
  });

  it('rejects a note with no verifiable signature', () => {
    const err = errorOf(() => openNote(both, []));
    expect(err).toBeInstanceOf(NoteError);
    expect((err as NoteError).code).toBe('unverified');
  });

  it('rejects ambiguous verifiers only when they are used', () => {
    expect((errorOf(() => openNote(`${text}\n${enochSig}`, [enochV, peterV, enochV])) as NoteError).code).toBe('ambiguous-key');
    expect(openNote(`${text}\n${peterSig}`, [enochV, peterV, enochV]).verified).toEqual([peter]);
  });

  it('rejects a bad signature from a known key, and a wrong key name', () => {
    const bad = `${text}\n${peterSig.slice(0, 60)}ABCD${peterSig.slice(60)}`;
    const err = errorOf(() => openNote(bad, [peterV])) as NoteError;
    expect(err.code).toBe('invalid-signature');
    expect(err.message).toBe('invalid signature for key PeterNeumann+c74f20a3');
    // Same key under another name is a different key: ignored, so the note is unverified.
    const renamed = `${text}\n${peterSig.replace('PeterNeumann', 'CarmenSandiego')}`;
    expect((errorOf(() => openNote(renamed, [peterV])) as NoteError).code).toBe('unverified');
    // Tampered text.
    expect((errorOf(() => openNote(both.replace('cryptography', 'Cryptography'), [peterV])) as NoteError).code).toBe('invalid-signature');
  });

  it('drops duplicate signatures', () => {
    const enochABCD = { ...enoch, base64: `${enoch.base64.slice(0, 48)}ABCD${enoch.base64.slice(48)}` };
    const msg = `${text}\n${peterSig}${peterSig}${enochSig}${enochSig}${enochSig.slice(0, 60)}ABCD${enochSig.slice(60)}`;
    expect(openNote(msg, [peterV])).toEqual({ text, verified: [peter], unverified: [enoch, enochABCD] });
  });

  it('limits the number of signatures to 100', () => {
    expect(openNote(`${text}\n${peterSig.repeat(100)}`, [peterV]).verified).toEqual([peter]);
    expect((errorOf(() => openNote(`${text}\n${peterSig.repeat(101)}`, [peterV])) as NoteError).code).toBe('malformed');
  });

  it.each([
    ['no signatures', text],
    ['empty signature block', `${text}\n`],
    ['no final newline', `${text}\n${peterSig.slice(0, -1)}`],
    ['control character', `\u0001${text}\n${peterSig}`],
    ['space in name', `${text}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=`],
    ['unexpected line', `${text}\n${peterSig}Unexpected line.\n`],
    ['hyphen instead of em dash', `${text}\n${peterSig.replace('—', '-')}`],
    ['signature too short', `${text}\n— PeterNeumann AAAAAA==\n`],
    ['carriage return', `${text}\n${peterSig.replace('\n', '\r\n')}`],
  ])('rejects a malformed note: %s', (_what, msg) => {
    const err = errorOf(() => openNote(msg, [peterV])) as NoteError;
    expect(err).toBeInstanceOf(NoteError);
    expect(err.code).toBe('malformed');
  });

  it('rejects invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xff]), Buffer.from(`${text}\n${peterSig}`)]);
    expect(errorOf(() => openNote(bytes, [peterV])).message).toMatch(/UTF-8/);
  });

  it('keeps the last blank line as the separator (text may contain blank lines)', () => {
    const signer = parseSignerKey(peterSkey);
    const note = signNote('a\n\nb\n\n', signer);
    expect(parseNote(note).text).toBe('a\n\nb\n\n');
    expect(openNote(note, [peterV]).text).toBe('a\n\nb\n\n');
  });
});

describe('signNote', () => {
  const signer = parseSignerKey(peterSkey);
  it('requires a final newline, valid text and an Ed25519 signer', () => {
    expect(errorOf(() => signNote('abc', signer)).message).toMatch(/end with a newline/);
    expect(errorOf(() => signNote('a\tb\n', signer)).message).toMatch(/control characters/);
    expect(errorOf(() => signNote('a\n', [])).message).toMatch(/at least one signer/);
    const witness = parseSignerKey(generateNoteKey('w.example', ALG_COSIGNATURE_V1).signerKey, [ALG_COSIGNATURE_V1]);
    expect(errorOf(() => signNote('a\n', witness)).message).toMatch(/cosign/);
  });

  it('signs with several keys in order', () => {
    const other = parseSignerKey(generateNoteKey('other.example').signerKey);
    const note = signNote(text, [signer, other]);
    expect(note.startsWith(`${text}\n${peterSig}— other.example `)).toBe(true);
    expect(openNote(note, [parseVerifierKey(peterVkey), parseVerifierKey(other.verifierKey)]).verified).toHaveLength(2);
  });
});
