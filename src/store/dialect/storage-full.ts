import { DomainError } from '../../domain/domain-error.js';

/** SQLite's, PostgreSQL's (class 53100, disk_full) and the file system's ways of saying there is no space left. */
const FULL_CODES = new Set(['SQLITE_FULL', '53100', 'ENOSPC']);

/** Whether an error from either database or the file system, or any error it wraps, is a lack of space. */
export function isStorageFull(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && FULL_CODES.has(code)) return true;
    if (/database or disk is full|no space left on device|could not extend file/i.test(e.message)) return true;
  }
  return false;
}

/** A write was refused because the storage is full; nothing of it was kept. */
export class StorageFullError extends DomainError {
  readonly code = 'storage_full';
  constructor() {
    super('the write was refused because the storage is full; nothing of it was kept, so it can be retried once space is freed', [
      { path: 'storage', message: 'no space left' },
    ]);
  }
}
