const STORAGE_KEY = 'truce.log.verifierKey';

/**
 * The log's verifier key as this browser first saw it (trust on first use): every later
 * checkpoint must be signed by the same key, so a server that swaps its key is caught.
 * Null when storage is unavailable or nothing was kept yet.
 */
export function readKnownLogKey(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLogKey(key: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Without storage the key is trusted for this visit only.
  }
}
