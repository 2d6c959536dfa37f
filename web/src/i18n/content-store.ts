import i18next from 'i18next';
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { translationResponse } from '@contract/translations/translation-schema.js';
import { translationKey, type TranslatableKind } from '../../../src/domain/translations/translation.js';
import { fetchJson } from '../api/fetch-json.js';

/** A record's text as the page shows it: in the reader's language where a translation exists, with the language it is in. */
export interface ContentText {
  text: string;
  /** The text's language when it is a translation; undefined for the original. */
  lang: string | undefined;
  unofficial: boolean;
}

export interface Content {
  text(kind: TranslatableKind, id: string, field: string, original: string, part?: string): ContentText;
  /** Whether any translation into the reader's language is unofficial (pages say so once). */
  hasUnofficial: boolean;
}

const translationList = z.object({ items: z.array(translationResponse) });
const listeners = new Set<() => void>();
let loadedFor: string | null = null;
let translations = new Map<string, z.infer<typeof translationResponse>>();
let current: Content = contentOf(translations);

function contentOf(map: typeof translations): Content {
  return {
    text(kind, id, field, original, part = '') {
      const found = map.get(translationKey(kind, id, field, part));
      return found ? { text: found.text, lang: found.lang, unofficial: found.unofficial } : { text: original, lang: undefined, unofficial: false };
    },
    hasUnofficial: [...map.values()].some((t) => t.unofficial),
  };
}

function publish(map: typeof translations): void {
  translations = map;
  current = contentOf(map);
  for (const listener of listeners) listener();
}

/**
 * Loads the public records' translations into the reader's language once per language, and
 * again when the reader switches. English readers see the originals, which are in English.
 */
async function load(lang: string): Promise<void> {
  if (loadedFor === lang) return;
  loadedFor = lang;
  if (lang === 'en') return publish(new Map());
  try {
    const { items } = await fetchJson(`/api/v1/translations?lang=${encodeURIComponent(lang)}`, translationList);
    if (loadedFor === lang) publish(new Map(items.map((t) => [translationKey(t.record_kind, t.record_id, t.field, t.part), t])));
  } catch (error) {
    // Without translations every page still shows the originals; the next switch tries again.
    loadedFor = null;
    console.error(error);
  }
}

i18next.on('languageChanged', (lang) => void load(lang));

/** The records' texts in the reader's language, refreshed when translations arrive or the language changes. */
export function useContent(): Content {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      if (i18next.language) void load(i18next.language);
      return () => listeners.delete(onChange);
    },
    () => current,
  );
}
