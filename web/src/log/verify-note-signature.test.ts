import { describe, expect, it } from 'vitest';
import vectors from '../../../test/vectors/rfc6962.json' with { type: 'json' };
import { parseVerifierKey, verifyNoteSignature } from './verify-note-signature.js';

/** A note signed by the server's signer with a key whose base64 holds a '+'. */
const PLUS_KEY = 'truce.log/fixture+6297dd4e+ARZlZq1/iuBwiDlLfodsjBdXCHd1+vvjJTt72pFcxMs3';
const PLUS_NOTE = 'truce.log/fixture\n1\nroot\n\n— truce.log/fixture YpfdTuyxMzY1IIyoKlFQ5G6IWJXN6/BSGJYjl/0HmS55VTJuFOoxMDfuNSEaM1xiDRpubGZntgjF6Ri/qYQe90pxSAM=\n';

// The browser's check of a checkpoint's signature (WebCrypto Ed25519).
describe('verifying a signed note in the browser', () => {
  it('verifies the C2SP signed-note example, and nothing else', async () => {
    const key = await parseVerifierKey(vectors.signedNoteExample.vkey);
    expect(key).not.toBeNull();
    expect(await verifyNoteSignature(vectors.signedNoteExample.note, key!)).toBe(true);
    expect(await verifyNoteSignature(vectors.signedNoteExample.note.replace('example message', 'example massage'), key!)).toBe(false);
  });

  it('reads a key whose base64 holds a +, and refuses one whose ID is not its own', async () => {
    const key = await parseVerifierKey(PLUS_KEY);
    expect(key).not.toBeNull();
    expect(await verifyNoteSignature(PLUS_NOTE, key!)).toBe(true);
    expect(await verifyNoteSignature(PLUS_NOTE, (await parseVerifierKey(vectors.signedNoteExample.vkey))!)).toBe(false);
    expect(await parseVerifierKey(PLUS_KEY.replace('+6297dd4e+', '+6297dd4f+'))).toBeNull();
  });
});
