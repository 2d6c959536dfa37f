import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { ru } from './ru.js';
import { uk } from './uk.js';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'uk', name: 'Українська' },
  { code: 'ru', name: 'Русский' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'truce.language';

export const RESOURCES = { en: { translation: en }, uk: { translation: uk }, ru: { translation: ru } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

function isLanguage(code: string | null | undefined): code is LanguageCode {
  return LANGUAGES.some((l) => l.code === code);
}

/** The language the reader chose before, else the browser's, else English. */
function initialLanguage(): LanguageCode {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.languages.map((l) => l.slice(0, 2)).find(isLanguage);
  return browser ?? 'en';
}

// Private browsing and locked-down profiles can forbid storage; the switch still works for the visit.
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      safeStorage()?.setItem(STORAGE_KEY, lng);
    } catch {
      // A full or forbidden storage only means the choice is not remembered.
    }
  });
  return i18next;
}
