import { describe, expect, it } from 'vitest';
import { encodeBase64 } from './base64.js';
import { checkConsistency } from './check-consistency.js';
import { parseCheckpoint } from './parse-checkpoint.js';

// The branches decided without a proof; fetching and verifying a proof is covered by the
// verifier's vector tests and, once the log's endpoints exist, by the browser tests.
const root = (byte: number) => encodeBase64(new Uint8Array(32).fill(byte));
const signature = `— truce.example/log ${encodeBase64(new Uint8Array(68).fill(9))}`;
const checkpoint = (size: number, rootBase64: string, origin = 'truce.example/log') => parseCheckpoint(`${origin}\n${size}\n${rootBase64}\n\n${signature}\n`);
const seen = (size: number, rootBase64: string, origin = 'truce.example/log') => ({ origin, size, rootBase64, seenAt: '2025-03-13T12:00:00.000Z' });

describe('checkConsistency without a proof', () => {
  it('remembers the first checkpoint it sees', async () => {
    expect(await checkConsistency(null, checkpoint(5, root(1)))).toEqual({ result: 'first', remember: true });
  });

  it('accepts the same checkpoint, and refuses a different root at the same size', async () => {
    expect(await checkConsistency(seen(5, root(1)), checkpoint(5, root(1)))).toEqual({ result: 'same', remember: true });
    expect(await checkConsistency(seen(5, root(1)), checkpoint(5, root(2)))).toEqual({ result: 'inconsistent', from: 5, to: 5, remember: false });
  });

  it('refuses a log that shrank, and keeps what it saw', async () => {
    expect(await checkConsistency(seen(6, root(1)), checkpoint(5, root(1)))).toEqual({ result: 'shrunk', from: 6, to: 5, remember: false });
  });

  it('says so when the stored checkpoint is from another log', async () => {
    expect(await checkConsistency(seen(5, root(1), 'other.example/log'), checkpoint(9, root(2)))).toEqual({ result: 'other-log', origin: 'other.example/log', remember: true });
  });

  it('treats every log as extending the empty one', async () => {
    expect(await checkConsistency(seen(0, root(0)), checkpoint(3, root(2)))).toMatchObject({ result: 'consistent', from: 0, to: 3, remember: true });
  });
});
