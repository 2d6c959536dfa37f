import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundCoordinate, type Point } from './location-map.js';

type Locating = { state: 'idle' } | { state: 'busy' } | { state: 'found'; accuracy: number } | { state: 'refused' } | { state: 'failed' };

/**
 * Sets the point from the device's own position. Browsers offer it only to secure pages;
 * without it the button is not shown at all, and a refusal says how to allow it or what
 * else sets the point.
 */
export function UseMyLocation({ onLocate }: { onLocate: (point: Point) => void }) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState<Locating>({ state: 'idle' });
  if (!('geolocation' in navigator) || !window.isSecureContext) return null;

  const locate = () => {
    setLocating({ state: 'busy' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        onLocate({ latitude: roundCoordinate(position.coords.latitude), longitude: roundCoordinate(position.coords.longitude) });
        setLocating({ state: 'found', accuracy: Math.round(position.coords.accuracy) });
      },
      (error) => setLocating({ state: error.code === error.PERMISSION_DENIED ? 'refused' : 'failed' }),
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 60_000 },
    );
  };

  return (
    <div className="use-my-location">
      <button type="button" onClick={locate} disabled={locating.state === 'busy'}>
        {locating.state === 'busy' ? t('reportForm.locating') : t('reportForm.useMyLocation')}
      </button>
      <p role="status" className={locating.state === 'refused' || locating.state === 'failed' ? 'field-error' : 'field-hint'}>
        {locating.state === 'found' && t('reportForm.locationFound', { accuracy: locating.accuracy })}
        {locating.state === 'refused' && t('reportForm.locationRefused')}
        {locating.state === 'failed' && t('reportForm.locationFailed')}
      </p>
    </div>
  );
}
