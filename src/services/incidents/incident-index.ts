import { latLngToCell } from 'h3-js';
import { chooseIncident, type ClusterCandidate, type ClusterProbe, type ClusterSettings } from '../../domain/incidents/cluster-decision.js';
import { neighbourhood, neighbourResolution } from '../../domain/incidents/cluster-cells.js';

/**
 * The candidate incidents of one batch, in memory, by H3 cell at the resolution
 * where a cell and its six neighbours cover the clustering distance (5 for 5 km):
 * each look-up reads seven cells, never every incident. Incidents created by the
 * batch are added as they are made, so later reports of the batch can join them.
 */
export class IncidentIndex<C extends ClusterCandidate> {
  private readonly byCell = new Map<string, C[]>();
  // A batch's reports fall in few cells: each cell's neighbourhood is worked out once.
  private readonly disks = new Map<string, string[]>();
  private readonly res: number;

  constructor(private readonly settings: ClusterSettings) {
    this.res = neighbourResolution(settings);
  }

  add(candidate: C): void {
    const cell = latLngToCell(candidate.latitude, candidate.longitude, this.res);
    const list = this.byCell.get(cell);
    if (list) list.push(candidate);
    else this.byCell.set(cell, [candidate]);
  }

  find(probe: ClusterProbe): C | null {
    const nearby: C[] = [];
    const centre = latLngToCell(probe.latitude, probe.longitude, this.res);
    let disk = this.disks.get(centre);
    if (!disk) {
      disk = neighbourhood(centre);
      this.disks.set(centre, disk);
    }
    for (const cell of disk) {
      const list = this.byCell.get(cell);
      if (list) for (const c of list) nearby.push(c);
    }
    return chooseIncident(probe, nearby, this.settings) as C | null;
  }
}
