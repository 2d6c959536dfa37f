import { useTranslation } from 'react-i18next';

/** Synthetic demo data is never shown as if it were a real event. */
export function SyntheticBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-synthetic" title={t('common.syntheticHint')}>
      {t('common.synthetic')}
      <span className="visually-hidden">: {t('common.syntheticHint')}</span>
    </span>
  );
}
