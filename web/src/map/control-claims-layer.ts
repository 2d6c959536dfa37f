import * as L from 'leaflet';
import type { PlaceControl } from './control-as-of.js';
import type { MapLayer } from './map-layer.js';
import { CONTESTED_COLOR, UNKNOWN_COLOR } from './party-colors.js';

export interface ControlLayerData {
  places: PlaceControl[];
  colors: Map<string, string>;
  /** The text for a claim or assessment, in the reader's language. */
  describe: (claim: PlaceControl['claims'][number]) => string;
}

/**
 * Control on the chosen date. An assessment is a solid disc; a claim is a hollow dashed
 * ring around it, larger, so that both stay visible and are never mistaken for each other.
 */
export class ControlClaimsLayer implements MapLayer<ControlLayerData> {
  private readonly group = L.featureGroup();

  addTo(map: L.Map): void {
    this.group.addTo(map);
  }

  update({ places, colors, describe }: ControlLayerData): void {
    this.group.clearLayers();
    const color = (claim: PlaceControl['claims'][number]) =>
      claim.status === 'contested' ? CONTESTED_COLOR : claim.status === 'unknown' ? UNKNOWN_COLOR : (colors.get(claim.controlled_by ?? '') ?? UNKNOWN_COLOR);
    for (const place of places) {
      if (place.latitude === null || place.longitude === null) continue;
      const at = L.latLng(place.latitude, place.longitude);
      place.claims.forEach((claim, i) => {
        L.circleMarker(at, { radius: 14 + i * 5, fill: false, color: color(claim), weight: 2.5, dashArray: '6 5', className: 'control-claimed' })
          .bindTooltip(describe(claim))
          .addTo(this.group);
      });
      if (place.assessed) {
        L.circleMarker(at, { radius: 9, color: '#1b1b1b', weight: 1.5, fillColor: color(place.assessed), fillOpacity: 0.9, className: 'control-assessed' })
          .bindTooltip(describe(place.assessed))
          .addTo(this.group);
      }
      L.marker(at, {
        icon: L.divIcon({ html: textElement(place.placeName), className: 'place-label', iconSize: undefined }),
        interactive: false,
        keyboard: false,
      }).addTo(this.group);
    }
  }

  remove(): void {
    this.group.remove();
  }
}

function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}
