import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** How many leading bytes media-type sniffing needs (file-type reads at most 4100). */
const HEAD_BYTES = 4100;

export interface ReceivedFile {
  tempPath: string;
  sha256: string;
  size: number;
  /** The first bytes, for sniffing the media type from magic numbers. */
  head: Buffer;
}

/**
 * Evidence files live under DATA_DIR/evidence/sha256/ab/cd/<sha256>, named by their
 * content and never modified: the same bytes are stored once. Uploads stream to a
 * temporary file beside them while being hashed, so nothing is held in memory.
 */
export class EvidenceFiles {
  constructor(private readonly dataDir: string) {}

  pathOf(sha256: string): string {
    return join(this.dataDir, 'evidence', 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  private tempDir(): string {
    return join(this.dataDir, 'evidence', 'tmp');
  }

  /** Streams an upload to a temporary file; the caller removes it with `discard` whatever happens next. */
  async receive(stream: Readable): Promise<ReceivedFile> {
    await mkdir(this.tempDir(), { recursive: true });
    const tempPath = join(this.tempDir(), `${Date.now()}-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        if (size < HEAD_BYTES) head.push(chunk.subarray(0, HEAD_BYTES - size));
        size += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(stream, tap, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await this.discard(tempPath);
      throw error;
    }
    return { tempPath, sha256: hash.digest('hex'), size, head: Buffer.concat(head) };
  }

  /** Moves a received file into its content address; returns false when those bytes were already stored. */
  async place(file: ReceivedFile): Promise<boolean> {
    const target = this.pathOf(file.sha256);
    if (await exists(target)) {
      await this.discard(file.tempPath);
      return false;
    }
    await mkdir(join(target, '..'), { recursive: true });
    await rename(file.tempPath, target);
    await chmod(target, 0o444);
    return true;
  }

  async discard(path: string): Promise<void> {
    await rm(path, { force: true });
  }

  /** Removes a stored file whose row was never committed. */
  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
