import { decodeBase64, toHex } from './base64.js';

const ALG_ED25519 = 0x01;
const EM_DASH = '\u2014 ';

export interface VerifierKey {
  name: string;
  keyIdHex: string;
  publicKey: Uint8Array;
}

/** Parses a signed-note verifier key, `name+hexkeyid+base64(0x01 ‖ Ed25519 public key)`, checking that its key ID is its own. */
export async function parseVerifierKey(text: string): Promise<VerifierKey | null> {
  // The base64 key may itself hold a '+': only the first two separate the parts.
  const trimmed = text.trim();
  const first = trimmed.indexOf('+');
  const second = trimmed.indexOf('+', first + 1);
  if (first <= 0 || second < 0) return null;
  const name = trimmed.slice(0, first);
  const keyIdHex = trimmed.slice(first + 1, second);
  const encoded = trimmed.slice(second + 1);
  if (!/^[0-9a-f]{8}$/.test(keyIdHex)) return null;
  const raw = decodeBase64(encoded);
  if (!raw || raw.length !== 33 || raw[0] !== ALG_ED25519) return null;
  const publicKey = raw.subarray(1);
  const named = new TextEncoder().encode(`${name}\n`);
  const input = new Uint8Array(named.length + raw.length);
  input.set(named);
  input.set(raw, named.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input));
  return toHex(digest.subarray(0, 4)) === keyIdHex ? { name, keyIdHex, publicKey } : null;
}

/**
 * Whether a C2SP signed note carries a valid Ed25519 signature by this key over its text, checked
 * here with WebCrypto, so that a reader need not trust the server that sent the checkpoint.
 */
export async function verifyNoteSignature(note: string, key: VerifierKey): Promise<boolean> {
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return false;
  const text = new TextEncoder().encode(note.slice(0, split + 1));
  const lines = note.slice(split + 2).split('\n').filter((line) => line !== '');
  const cryptoKey = await crypto.subtle.importKey('raw', key.publicKey.slice(), { name: 'Ed25519' }, false, ['verify']);
  for (const line of lines) {
    if (!line.startsWith(EM_DASH)) continue;
    const [name, encoded] = line.slice(EM_DASH.length).split(' ');
    const raw = encoded ? decodeBase64(encoded) : null;
    if (name !== key.name || !raw || raw.length !== 68 || toHex(raw.subarray(0, 4)) !== key.keyIdHex) continue;
    if (await crypto.subtle.verify({ name: 'Ed25519' }, cryptoKey, raw.slice(4), text)) return true;
  }
  return false;
}
