import { TextDecoder } from 'node:util';
import { InvalidInputError } from '../domain-error.js';

export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * Windows-1252's bytes 0x80–0x9F, where it differs from Latin-1 (undefined ones stay as their C1
 * control). Written out because Node's own "windows-1252" decoder is Latin-1 there.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeCp1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/**
 * Decodes a file of unknown encoding a chunk at a time: ASCII until the first byte above 0x7F,
 * then UTF-8 if that byte starts a valid UTF-8 sequence, else Windows-1252 (as UCDP's files and
 * spreadsheets' CSVs often are). Once decided it stays: a file that turns out to be UTF-8 with an
 * invalid byte later is refused rather than decoded into garbage.
 */
export class SniffingDecoder {
  private chosen: TextEncoding | null = null;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private bytesSeen = 0;

  get encoding(): TextEncoding | null {
    return this.chosen;
  }

  push(bytes: Uint8Array): string {
    if (this.chosen === null) {
      const first = bytes.findIndex((b) => b > 0x7f);
      if (first < 0) {
        this.bytesSeen += bytes.length;
        return decodeCp1252(bytes);
      }
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(first), { stream: true });
        this.chosen = 'utf-8';
      } catch {
        this.chosen = 'windows-1252';
      }
    }
    if (this.chosen === 'windows-1252') {
      this.bytesSeen += bytes.length;
      return decodeCp1252(bytes);
    }
    try {
      const text = this.utf8.decode(bytes, { stream: true });
      this.bytesSeen += bytes.length;
      return text;
    } catch {
      throw new InvalidInputError('file', `is not valid UTF-8 after byte ${this.bytesSeen}, though it began as UTF-8`);
    }
  }

  end(): string {
    if (this.chosen !== 'utf-8') return '';
    try {
      return this.utf8.decode();
    } catch {
      throw new InvalidInputError('file', 'ends inside a UTF-8 character');
    }
  }
}
