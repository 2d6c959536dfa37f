import { useTranslation } from 'react-i18next';

/** How much of the evidence has been sent, as a labelled progress bar with its percentage. */
export function UploadProgress({ fraction }: { fraction: number }) {
  const { t } = useTranslation();
  const percent = `${Math.round(fraction * 100)} %`;
  return (
    <div className="upload-progress">
      <label htmlFor="upload-progress">{t('reportForm.uploadProgress')}</label>
      <progress id="upload-progress" max={1} value={fraction}>
        {percent}
      </progress>
      <span aria-hidden="true">{percent}</span>
    </div>
  );
}
