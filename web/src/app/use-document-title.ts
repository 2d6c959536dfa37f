import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Page — Truce", in the reader's language. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);
}
