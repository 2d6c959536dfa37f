import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { loadBasemap, REGION_BOUNDS } from '../map/basemap-layer.js';

export interface Point {
  latitude: number;
  longitude: number;
}

/**
 * The offline basemap: a click sets the point. The latitude and longitude fields beside
 * it do the same from the keyboard, so the map is a convenience, never the only way.
 */
export function LocationMap({ point, onPick }: { point: Point | null; onPick: (point: Point) => void }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!container.current) return;
    const leaflet = L.map(container.current, { center: [50.5, 34], zoom: 6, minZoom: 5, maxZoom: 12, maxBounds: REGION_BOUNDS, attributionControl: false, zoomControl: false, keyboard: false });
    map.current = leaflet;
    const abort = new AbortController();
    loadBasemap(leaflet, abort.signal).catch((error: unknown) => abort.signal.aborted || console.error(error));
    leaflet.on('click', (event: L.LeafletMouseEvent) => pick.current({ latitude: roundCoordinate(event.latlng.lat), longitude: roundCoordinate(event.latlng.lng) }));
    return () => {
      abort.abort();
      leaflet.remove();
      map.current = null;
      marker.current = null;
    };
  }, []);

  // Leaflet's zoom buttons take their labels once: replace them when the language changes, as the main map does.
  useEffect(() => {
    const leaflet = map.current;
    if (!leaflet) return;
    const zoom = L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(leaflet);
    return () => void zoom.remove();
  }, [t]);

  useEffect(() => {
    const leaflet = map.current;
    if (!leaflet) return;
    marker.current?.remove();
    marker.current = point ? L.circleMarker([point.latitude, point.longitude], { radius: 7, color: '#8a1c1c', weight: 2, fillOpacity: 0.5 }).addTo(leaflet) : null;
  }, [point?.latitude, point?.longitude]);

  return <div ref={container} className="location-map" role="region" aria-label={t('reportForm.mapLabel')} />;
}

/** Five decimals is about a metre: as exact as a click, or a phone's position, can be. */
export const roundCoordinate = (n: number) => Math.round(n * 1e5) / 1e5;
