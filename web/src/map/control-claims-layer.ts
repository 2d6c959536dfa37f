import * as L from 'leaflet';
import type { z } from 'zod';
import type { controlClaimResponse } from '@contract/control-claims/control-claim-schema.js';
import type { placeControlResponse } from '@contract/control/control-schema.js';
import type { MapLayer } from './map-layer.js';
import { textElement } from './text-element.js';
import { CONTESTED_COLOR, UNKNOWN_COLOR } from '../../../src/domain/agreement/party-colors.js';

/** Control of one place at a time, as the API answers it: the assessment, and the claims beside it. */
export type PlaceControl = z.infer<typeof placeControlResponse>;
export type ControlClaim = z.infer<typeof controlClaimResponse>;

export interface ControlLayerData {
  places: PlaceControl[];
  colors: Map<string, string>;
  /** The text for a claim or assessment, in the reader's language. */
  describe: (claim: ControlClaim) => string;
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
    const color = (claim: ControlClaim) =>
      claim.status === 'contested' ? CONTESTED_COLOR : claim.status === 'unknown' ? UNKNOWN_COLOR : (colors.get(claim.controlled_by ?? '') ?? UNKNOWN_COLOR);
    for (const place of places) {
      if (place.latitude === null || place.longitude === null) continue;
      const at = L.latLng(place.latitude, place.longitude);
      place.claims_since.forEach((claim, i) => {
        L.circleMarker(at, { radius: 14 + i * 5, fill: false, color: color(claim), weight: 2.5, dashArray: '6 5', className: 'control-claimed' })
          .bindTooltip(textElement(describe(claim)))
          .addTo(this.group);
      });
      if (place.assessment) {
        L.circleMarker(at, { radius: 9, color: '#1b1b1b', weight: 1.5, fillColor: color(place.assessment), fillOpacity: 0.9, className: 'control-assessed' })
          .bindTooltip(textElement(describe(place.assessment)))
          .addTo(this.group);
      }
      L.marker(at, {
        icon: L.divIcon({ html: textElement(place.place_name), className: 'place-label', iconSize: undefined }),
        interactive: false,
        keyboard: false,
      }).addTo(this.group);
    }
  }

  remove(): void {
    this.group.remove();
  }
}
