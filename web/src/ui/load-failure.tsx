import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/translate-error.js';

export function LoadFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('common.loadFailed', { message: errorText(error) })}</p>
      <button type="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
