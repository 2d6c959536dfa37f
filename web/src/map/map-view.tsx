import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import townsUrl from './towns.json?url';
import { loadBasemap } from './basemap-layer.js';
import { ControlClaimsLayer, type ControlLayerData } from './control-claims-layer.js';
import { TownLabelsLayer, type TownRow } from './town-labels-layer.js';

// Ukraine and the Kursk border region, where the scenario's places are.
const INITIAL_CENTER: L.LatLngExpression = [49.6, 33.5];
const INITIAL_ZOOM = 6;

/** The Leaflet map: created once, its layers updated as the data and the date change. */
export function MapView({ control }: { control: ControlLayerData }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const controlLayer = useRef<ControlClaimsLayer | null>(null);
  const [ready, setReady] = useState(false);
  const [basemapFailed, setBasemapFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { center: INITIAL_CENTER, zoom: INITIAL_ZOOM, minZoom: 4, maxZoom: 12, zoomControl: false, attributionControl: false });
    L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    const abort = new AbortController();
    const towns = new TownLabelsLayer();
    const claims = new ControlClaimsLayer();
    controlLayer.current = claims;
    const basemap = loadBasemap(map, abort.signal).then(
      () => undefined,
      (error: unknown) => abort.signal.aborted || (console.error(error), setBasemapFailed(true)),
    );
    const labels = fetch(townsUrl, { signal: abort.signal })
      .then((response) => response.json() as Promise<TownRow[]>)
      .then((rows) => {
        towns.addTo(map);
        towns.update(rows);
      });
    claims.addTo(map);
    void Promise.allSettled([basemap, labels]).then(() => {
      if (abort.signal.aborted) return;
      // `npm run bench -- web` reads this mark: the time from navigation until the map can be used.
      performance.mark('truce:map-ready');
      setReady(true);
    });
    return () => {
      abort.abort();
      towns.remove();
      claims.remove();
      map.remove();
      controlLayer.current = null;
    };
    // The map is built once; a language change relabels only the page around it.
  }, []);

  useEffect(() => {
    controlLayer.current?.update(control);
  }, [control]);

  return (
    <div className="map-frame">
      <div ref={container} className="map" role="region" aria-label={t('map.mapLabel')} data-map-ready={ready ? 'true' : 'false'} />
      {basemapFailed && (
        <p className="notice notice-error" role="alert">
          {t('map.basemapFailed')}
        </p>
      )}
      <p className="muted small">{t('map.attribution')}</p>
    </div>
  );
}
