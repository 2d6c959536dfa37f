import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { decodeBase64Strict } from './base64-strict.js';

/** C2SP signed-note signature type: Ed25519 over the note text. */
export const ALG_ED25519 = 0x01;
/** C2SP signed-note signature type: timestamped Ed25519 witness cosignature (tlog-cosignature). */
export const ALG_COSIGNATURE_V1 = 0x04;

export class NoteKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoteKeyError';
  }
}

/** A public key a note signature can be checked against, identified by (name, keyId). */
export interface NoteVerifier {
  readonly name: string;
  /** uint32 key ID: the first four bytes of SHA-256(name ‖ "\n" ‖ algorithm ‖ publicKey). */
  readonly keyId: number;
  readonly algorithm: number;
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
  /** Checks the signature bytes that follow the key ID in a signature line. */
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  readonly algorithm: number;
  readonly publicKey: Buffer;
  /** Verifier key text for this signer, to hand to verifiers. */
  readonly verifierKey: string;
  /** Raw Ed25519 signature of message. */
  sign(message: Uint8Array): Buffer;
}

// DER prefixes that wrap a raw 32-byte Ed25519 seed (PKCS#8) or public key (SPKI), so raw
// keys go through node:crypto's own parsers.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

// Go's unicode.IsSpace set (which signed-note key names exclude), plus control characters,
// which a note cannot carry anyway.
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const BAD_NAME_CHAR = /[\u0000-\u0020\u007f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000+]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A signed-note key name: non-empty, valid Unicode, no spaces, no plus, no control characters. */
export function isValidKeyName(name: string): boolean {
  return typeof name === 'string' && name !== '' && !BAD_NAME_CHAR.test(name) && !LONE_SURROGATE.test(name);
}

/** SHA-256(name ‖ 0x0A ‖ algorithm ‖ publicKey)[:4] as a big-endian uint32. */
export function noteKeyId(name: string, algorithm: number, publicKey: Uint8Array): number {
  const digest = createHash('sha256').update(name, 'utf8').update('\n').update(Buffer.from([algorithm])).update(publicKey).digest();
  return digest.readUInt32BE(0);
}

export function keyIdHex(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

/** Verifier key text: name+hexkeyid+base64(algorithm ‖ publicKey). */
export function formatVerifierKey(name: string, publicKey: Uint8Array, algorithm: number = ALG_ED25519): string {
  if (!isValidKeyName(name)) throw new NoteKeyError(`invalid key name ${JSON.stringify(name)}: it must be non-empty with no spaces or "+"`);
  if (publicKey.length !== 32) throw new NoteKeyError('an Ed25519 public key is 32 bytes');
  const encoded = Buffer.concat([Buffer.from([algorithm]), publicKey]).toString('base64');
  return `${name}+${keyIdHex(noteKeyId(name, algorithm, publicKey))}+${encoded}`;
}

/** A new Ed25519 key pair as signer (secret) and verifier (public) key texts. */
export function generateNoteKey(name: string, algorithm: number = ALG_ED25519): { signerKey: string; verifierKey: string } {
  if (!isValidKeyName(name)) throw new NoteKeyError(`invalid key name ${JSON.stringify(name)}: it must be non-empty with no spaces or "+"`);
  checkAlgorithm(algorithm, [ALG_ED25519, ALG_COSIGNATURE_V1]);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length);
  const pub = rawPublicKey(publicKey);
  const keyId = keyIdHex(noteKeyId(name, algorithm, pub));
  const secret = Buffer.concat([Buffer.from([algorithm]), seed]).toString('base64');
  return { signerKey: `PRIVATE+KEY+${name}+${keyId}+${secret}`, verifierKey: formatVerifierKey(name, pub, algorithm) };
}

/** Parses PRIVATE+KEY+name+hexkeyid+base64(algorithm ‖ seed). */
export function parseSignerKey(text: string, algorithms: readonly number[] = [ALG_ED25519]): NoteSigner {
  if (typeof text !== 'string') throw new NoteKeyError('signer key must be a string');
  const parts = splitKey(text, 5);
  if (parts === null || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') {
    throw new NoteKeyError('malformed signer key: expected PRIVATE+KEY+<name>+<8 hex digit key ID>+<base64 key>');
  }
  const [, , name, idHex, material] = parts as [string, string, string, string, string];
  const declaredId = parseKeyId(name, idHex);
  const { algorithm, key } = parseMaterial(material, algorithms, 'signer');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, key]), format: 'der', type: 'pkcs8' });
  } catch (err) {
    throw new NoteKeyError(`signer key ${name}: invalid Ed25519 seed (${(err as Error).message})`);
  }
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  if (noteKeyId(name, algorithm, publicKey) !== declaredId) {
    throw new NoteKeyError(`signer key ${name}: key ID ${idHex} does not match the name and key`);
  }
  return {
    name,
    keyId: declaredId,
    algorithm,
    publicKey,
    verifierKey: formatVerifierKey(name, publicKey, algorithm),
    sign: (message) => sign(null, message, privateKey),
  };
}

/** Parses name+hexkeyid+base64(algorithm ‖ publicKey). */
export function parseVerifierKey(text: string, algorithms: readonly number[] = [ALG_ED25519]): NoteVerifier {
  if (typeof text !== 'string') throw new NoteKeyError('verifier key must be a string');
  const parts = splitKey(text, 3);
  if (parts === null) throw new NoteKeyError('malformed verifier key: expected <name>+<8 hex digit key ID>+<base64 key>');
  const [name, idHex, material] = parts as [string, string, string];
  const declaredId = parseKeyId(name, idHex);
  const { algorithm, key } = parseMaterial(material, algorithms, 'verifier');
  if (noteKeyId(name, algorithm, key) !== declaredId) {
    throw new NoteKeyError(`verifier key ${name}: key ID ${idHex} does not match the name and key`);
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, key]), format: 'der', type: 'spki' });
  } catch (err) {
    throw new NoteKeyError(`verifier key ${name}: invalid Ed25519 public key (${(err as Error).message})`);
  }
  return { name, keyId: declaredId, algorithm, publicKey: key, verify: ed25519Verifier(publicKey) };
}

/** A raw Ed25519 verify function that returns false instead of throwing. */
export function ed25519Verifier(publicKey: KeyObject): (message: Uint8Array, signature: Uint8Array) => boolean {
  return (message, signature) => {
    if (signature.length !== 64) return false;
    try {
      return verify(null, message, publicKey, signature);
    } catch {
      return false;
    }
  };
}

// Names cannot contain "+" but base64 can, so split off exactly count-1 leading fields.
function splitKey(text: string, count: number): string[] | null {
  const parts: string[] = [];
  let rest = text;
  for (let i = 0; i < count - 1; i++) {
    const at = rest.indexOf('+');
    if (at < 0) return null;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

function parseKeyId(name: string, idHex: string): number {
  if (!isValidKeyName(name)) throw new NoteKeyError(`invalid key name ${JSON.stringify(name)}: it must be non-empty with no spaces or "+"`);
  if (!/^[0-9a-fA-F]{8}$/.test(idHex)) throw new NoteKeyError(`key ${name}: key ID must be 8 hex digits, got ${JSON.stringify(idHex)}`);
  return Number.parseInt(idHex, 16);
}

function parseMaterial(material: string, algorithms: readonly number[], kind: string): { algorithm: number; key: Buffer } {
  const bytes = decodeBase64Strict(material);
  if (bytes === null || bytes.length === 0) throw new NoteKeyError(`${kind} key: key material is not valid canonical base64`);
  const algorithm = bytes[0] as number;
  checkAlgorithm(algorithm, algorithms);
  const key = bytes.subarray(1);
  if (key.length !== 32) throw new NoteKeyError(`${kind} key: Ed25519 key material is 32 bytes, got ${key.length}`);
  return { algorithm, key: Buffer.from(key) };
}

function checkAlgorithm(algorithm: number, allowed: readonly number[]): void {
  if (!allowed.includes(algorithm)) {
    const want = allowed.map((a) => `0x${a.toString(16).padStart(2, '0')}`).join(' or ');
    throw new NoteKeyError(`unsupported key algorithm 0x${algorithm.toString(16).padStart(2, '0')}, expected ${want}`);
  }
}

function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  if (der.length !== SPKI_PREFIX.length + 32 || !der.subarray(0, SPKI_PREFIX.length).equals(SPKI_PREFIX)) {
    throw new NoteKeyError('unexpected Ed25519 public key encoding');
  }
  return Buffer.from(der.subarray(SPKI_PREFIX.length));
}
