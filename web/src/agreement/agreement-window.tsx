import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../format/format-date-time.js';
import type { Agreement } from './agreement-types.js';

/** "Day N of 30" with a live countdown while in force; otherwise says why there is none. */
export function AgreementWindow({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const window = agreement.window;
  const remaining = useCountdown(window?.seconds_remaining ?? 0);
  if (!window) {
    const over = agreement.status === 'expired' || agreement.status === 'collapsed' || agreement.status === 'superseded';
    return <p className="window window-inactive">{over ? t('agreement.windowOver') : t('agreement.windowNotStarted')}</p>;
  }
  return (
    <div className="window window-active">
      <p className="window-day">{t('agreement.windowDay', { day: window.day, of: window.of })}</p>
      <progress max={window.of} value={window.day} aria-label={t('agreement.windowDay', { day: window.day, of: window.of })} />
      {/* Announcing every second would drown a screen reader; the value is read when reached. */}
      <p className="window-remaining">{t('agreement.windowRemaining', { time: formatCountdown(remaining, t('agreement.dayUnit')) })}</p>
    </div>
  );
}

function useCountdown(seconds: number): number {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return seconds - Math.floor((now - start) / 1000);
}
