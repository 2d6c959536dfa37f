import * as L from 'leaflet';
import { townName } from '../../../src/domain/control/town-names.js';
import type { Language } from '../../../src/domain/languages.js';
import type { MapLayer } from './map-layer.js';
import { textElement } from './text-element.js';

/** [geonames id, name, country, population, lat, lon], as web/scripts/extract-towns.ts writes them. */
export type TownRow = [number, string, string, number, number, number];

/** The smallest town shown at a zoom: labels appear as the reader zooms in, never as clutter. */
export function minPopulationForZoom(zoom: number): number {
  if (zoom < 6) return Infinity;
  if (zoom < 7) return 500_000;
  if (zoom < 8) return 100_000;
  return 0;
}

export class TownLabelsLayer implements MapLayer<TownRow[]> {
  private readonly group = L.layerGroup();
  private towns: TownRow[] = [];
  private lang: Language = 'en';
  private map: L.Map | null = null;
  private shownFor = Number.NaN;
  private readonly onZoom = () => this.render();

  addTo(map: L.Map): void {
    this.map = map;
    this.group.addTo(map);
    map.on('zoomend', this.onZoom);
    this.render();
  }

  update(towns: TownRow[]): void {
    this.towns = towns;
    this.shownFor = Number.NaN;
    this.render();
  }

  /** Labels towns in the reader's language, where their Cyrillic names are known. */
  setLanguage(lang: Language): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.shownFor = Number.NaN;
    this.render();
  }

  remove(): void {
    this.map?.off('zoomend', this.onZoom);
    this.group.remove();
    this.map = null;
  }

  private render(): void {
    if (!this.map) return;
    const min = minPopulationForZoom(this.map.getZoom());
    if (min === this.shownFor) return;
    this.shownFor = min;
    this.group.clearLayers();
    for (const [id, latin, , population, lat, lon] of this.towns) {
      if (population < min) continue;
      const icon = L.divIcon({ html: textElement(townName(id, latin, this.lang)), className: population >= 1_000_000 ? 'town-label town-label-major' : 'town-label', iconSize: undefined });
      L.marker([lat, lon], { icon, interactive: false, keyboard: false }).addTo(this.group);
    }
  }
}
