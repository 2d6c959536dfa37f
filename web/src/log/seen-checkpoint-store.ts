import { z } from 'zod';

const STORAGE_KEY = 'truce.log.lastCheckpoint';

const seenCheckpoint = z.object({ origin: z.string(), size: z.number().int().nonnegative(), rootBase64: z.string(), seenAt: z.string() });

/** The last checkpoint this browser verified or first saw: the reader's own memory of the log. */
export type SeenCheckpoint = z.infer<typeof seenCheckpoint>;

export function readSeenCheckpoint(): SeenCheckpoint | null {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    if (text === null) return null;
    const parsed = seenCheckpoint.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeSeenCheckpoint(checkpoint: SeenCheckpoint): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(checkpoint));
  } catch {
    // Without storage the check still runs; only the memory across visits is lost.
  }
}
