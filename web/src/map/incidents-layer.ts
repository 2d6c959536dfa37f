import * as L from 'leaflet';
import type { z } from 'zod';
import type { aggregateResponse, incidentResponse } from '@contract/incidents/incident-schema.js';
import { hexOutline, hexShade } from './aggregate-hexagons.js';
import { gridCluster } from './grid-cluster.js';
import type { MapLayer } from './map-layer.js';
import { textElement } from './text-element.js';
import { INCIDENT_COLOR, INCIDENT_OUTLINE } from '../../../src/domain/agreement/party-colors.js';

type AggregateCell = z.infer<typeof aggregateResponse>['cells'][number];
type Incident = z.infer<typeof incidentResponse>;

/** What the incidents layer draws: counts per hexagon at low zoom, or the incidents themselves. */
export type IncidentLayerData =
  | { mode: 'hexagons'; cells: AggregateCell[]; describeCell: (cell: AggregateCell) => string }
  | { mode: 'markers'; incidents: Incident[]; describeIncident: (incident: Incident) => string; describeCluster: (count: number) => string; open: (id: string) => void };

/** Screen pixels per clustering square: markers closer than this merge into one. */
const CLUSTER_PX = 48;

/**
 * Incidents on the map. Hexagons are shaded by count; markers within CLUSTER_PX of each
 * other are drawn as one numbered cluster, which zooms in when chosen. Markers are focusable
 * and open with Enter, so the layer works from the keyboard; synthetic ones are drawn dashed.
 */
export class IncidentsLayer implements MapLayer<IncidentLayerData> {
  private readonly group = L.featureGroup();
  private map: L.Map | null = null;

  addTo(map: L.Map): void {
    this.map = map;
    this.group.addTo(map);
  }

  update(data: IncidentLayerData): void {
    this.group.clearLayers();
    if (data.mode === 'hexagons') this.drawHexagons(data);
    else this.drawMarkers(data);
  }

  remove(): void {
    this.group.remove();
    this.map = null;
  }

  private drawHexagons({ cells, describeCell }: Extract<IncidentLayerData, { mode: 'hexagons' }>): void {
    const max = cells.reduce((m, c) => Math.max(m, c.count), 0);
    for (const cell of cells) {
      const shade = hexShade(cell.count, max);
      L.polygon(hexOutline(cell.cell), {
        color: INCIDENT_OUTLINE,
        weight: 1,
        fillColor: INCIDENT_COLOR,
        fillOpacity: 0.12 + shade * 0.13,
        dashArray: cell.synthetic > 0 ? '4 3' : undefined,
        className: `incident-hex${cell.synthetic > 0 ? ' incident-synthetic' : ''}`,
      })
        .bindTooltip(textElement(describeCell(cell)))
        .addTo(this.group);
    }
  }

  private drawMarkers(data: Extract<IncidentLayerData, { mode: 'markers' }>): void {
    const map = this.map;
    if (!map) return;
    const zoom = map.getZoom();
    const clusters = gridCluster(data.incidents, (i) => map.project([i.point.latitude, i.point.longitude], zoom), CLUSTER_PX);
    for (const cluster of clusters) {
      const at = map.unproject([cluster.x, cluster.y], zoom);
      const [single] = cluster.items;
      if (cluster.items.length === 1 && single) {
        const title = data.describeIncident(single);
        L.marker(at, { icon: markerIcon('', `incident-marker${single.synthetic ? ' incident-synthetic' : ''}`), title, alt: title, keyboard: true })
          .on('click', () => data.open(single.id))
          .addTo(this.group);
      } else {
        const title = data.describeCluster(cluster.items.length);
        L.marker(at, { icon: markerIcon(String(cluster.items.length), 'incident-cluster'), title, alt: title, keyboard: true })
          .on('click', () => map.setView(at, Math.min(map.getMaxZoom(), zoom + 2)))
          .addTo(this.group);
      }
    }
  }
}

function markerIcon(text: string, className: string): L.DivIcon {
  return L.divIcon({ html: textElement(text), className, iconSize: text ? [30, 30] : [14, 14] });
}
