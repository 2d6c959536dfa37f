import { useTranslation } from 'react-i18next';
import { displayLocale } from './format-date-time.js';

/** The locale dates are shown in, following the language switch. */
export function useDisplayLocale(): string {
  const { i18n } = useTranslation();
  return displayLocale(i18n.language, navigator.languages);
}
