import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import townsUrl from './towns.json?url';
import { loadBasemap, REGION_BOUNDS } from './basemap-layer.js';
import { ControlClaimsLayer, type ControlLayerData } from './control-claims-layer.js';
import { IncidentsLayer, type IncidentLayerData } from './incidents-layer.js';
import { TownLabelsLayer, type TownRow } from './town-labels-layer.js';
import { isLanguage } from '../../../src/domain/languages.js';

// Ukraine and the Kursk border region, where the scenario's places are.
const INITIAL_CENTER: L.LatLngExpression = [49.6, 33.5];
const INITIAL_ZOOM = 6;

/** What the map shows: its zoom and its bounds as west, south, east, north. */
export interface MapViewport {
  zoom: number;
  bbox: [number, number, number, number];
}

interface MapViewProps {
  control: ControlLayerData | null;
  incidents: IncidentLayerData | null;
  onViewChange: (view: MapViewport) => void;
}

/**
 * The Leaflet map: created once, and at once, so that the basemap loads while the data
 * does; its layers are updated as the data and the date change, and it reports where
 * the reader looks so that the page fetches only the incidents in view.
 */
export function MapView({ control, incidents, onViewChange }: MapViewProps) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  const container = useRef<HTMLDivElement>(null);
  const townsLayer = useRef<TownLabelsLayer | null>(null);
  const langRef = useRef(lang);
  langRef.current = lang;
  const controlLayer = useRef<ControlClaimsLayer | null>(null);
  const incidentsLayer = useRef<IncidentsLayer | null>(null);
  const viewChanged = useRef(onViewChange);
  viewChanged.current = onViewChange;
  const leaflet = useRef<L.Map | null>(null);
  const [layersReady, setLayersReady] = useState(false);
  const ready = layersReady && control !== null && incidents !== null;
  const [basemapFailed, setBasemapFailed] = useState(false);
  // Shown on the element so that a test can tell when a zoom has settled.
  const [zoom, setZoom] = useState(INITIAL_ZOOM);

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, {
      center: INITIAL_CENTER,
      zoom: INITIAL_ZOOM,
      minZoom: 5,
      maxZoom: 12,
      maxBounds: REGION_BOUNDS,
      maxBoundsViscosity: 1,
      zoomControl: false,
      attributionControl: false,
    });
    leaflet.current = map;
    const abort = new AbortController();
    const towns = new TownLabelsLayer();
    towns.setLanguage(langRef.current);
    townsLayer.current = towns;
    const claims = new ControlClaimsLayer();
    controlLayer.current = claims;
    const hexagons = new IncidentsLayer();
    incidentsLayer.current = hexagons;
    hexagons.addTo(map);
    const report = () => {
      const b = map.getBounds();
      const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
      setZoom(map.getZoom());
      viewChanged.current({ zoom: map.getZoom(), bbox: [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)] });
    };
    map.on('moveend', report);
    report();
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
    void Promise.allSettled([basemap, labels]).then(() => abort.signal.aborted || setLayersReady(true));
    return () => {
      abort.abort();
      towns.remove();
      claims.remove();
      hexagons.remove();
      map.remove();
      controlLayer.current = null;
      townsLayer.current = null;
      incidentsLayer.current = null;
      leaflet.current = null;
    };
    // The map is built once; a language change relabels only the page around it.
  }, []);

  // Leaflet's zoom buttons take their labels once: replace them when the language changes.
  useEffect(() => {
    const map = leaflet.current;
    if (!map) return;
    const zoom = L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    return () => void zoom.remove();
  }, [t]);

  useEffect(() => {
    if (control) controlLayer.current?.update(control);
  }, [control]);

  useEffect(() => {
    if (incidents) incidentsLayer.current?.update(incidents);
  }, [incidents]);

  useEffect(() => {
    // `npm run bench -- web` reads this mark: the time from navigation until the map can be used.
    if (ready) performance.mark('truce:map-ready');
  }, [ready]);


  useEffect(() => townsLayer.current?.setLanguage(lang), [lang]);
  return (
    <div className="map-frame">
      <div ref={container} className="map" role="region" aria-label={t('map.mapLabel')} data-map-ready={ready ? 'true' : 'false'} data-incidents={incidents?.mode ?? 'loading'} data-zoom={zoom} />
      {basemapFailed && (
        <p className="notice notice-error" role="alert">
          {t('map.basemapFailed')}
        </p>
      )}
      <p className="muted small">{t('map.attribution')}</p>
    </div>
  );
}
