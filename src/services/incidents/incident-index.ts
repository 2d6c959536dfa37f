import { chooseIncident, type ClusterCandidate, type ClusterProbe, type ClusterSettings } from '../../domain/incidents/cluster-decision.js';
import { clusterCell, searchCells, searchRings } from '../../domain/incidents/cluster-cells.js';

/**
 * The incidents of one batch, held by H3 cell: each look-up reads the cells around
 * the report, never every incident. Incidents created by the batch are added as
 * they are made, so that later reports of the same batch can join them.
 */
export class IncidentIndex<C extends ClusterCandidate> {
  private readonly byCell = new Map<string, C[]>();
  private readonly rings: number;

  constructor(private readonly settings: ClusterSettings) {
    this.rings = searchRings(settings);
  }

  /** The cells a report at this point must search. */
  cellsAround(latitude: number, longitude: number): string[] {
    return searchCells(clusterCell(latitude, longitude), this.rings);
  }

  add(candidate: C, cell: string): void {
    const list = this.byCell.get(cell);
    if (list) list.push(candidate);
    else this.byCell.set(cell, [candidate]);
  }

  find(probe: ClusterProbe, cells: readonly string[] = this.cellsAround(probe.latitude, probe.longitude)): C | null {
    const nearby: C[] = [];
    for (const cell of cells) {
      const list = this.byCell.get(cell);
      if (list) for (const c of list) nearby.push(c);
    }
    return chooseIncident(probe, nearby, this.settings) as C | null;
  }
}
