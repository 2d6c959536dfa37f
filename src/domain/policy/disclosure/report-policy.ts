import { isPublished, type Incident } from '../../incidents/incident-types.js';
import { kindFamily } from '../../monitoring/report-taxonomy.js';
import type { Report } from '../../monitoring/report-types.js';
import { copy, STAFF, type KindPolicy } from '../disclosure-policy.js';

/** What a report's disclosure depends on beyond itself: the incident it belongs to. */
export interface ReportContext {
  incident: Pick<Incident, 'status' | 'attributed_party_id'>;
}

/**
 * A report is the mission's (and its filing party's) until its incident is published.
 * Where it was seen from, who saw it and who submitted it never reach the public; a
 * sensitive point reaches the public and the parties only rounded, with no place name.
 */
export const reportPolicy: KindPolicy<Report, ReportContext> = {
  casework: true,
  facts: (report, { incident }) => ({
    published: isPublished(incident.status),
    attributedParty: incident.attributed_party_id,
    filingParty: report.filed_by_party_id,
    owner: report.submitted_by,
    sensitive: report.location_sensitive,
  }),
  groups: {
    summary: {
      readers: [...STAFF, 'owner', 'filing_party', 'published', 'attributed_party'],
      fields: {
        ...copy<Report>('kind', 'subtype', 'time_precision', 'geo_precision', 'location_sensitive', 'count', 'weapon', 'narrative'),
        ...copy<Report>('source_id', 'source_affiliation', 'channel', 'reliability', 'credibility', 'agreement_id', 'term_ids', 'filed_by_party_id', 'synthetic', 'created_at'),
        family: (r) => kindFamily(r.kind),
        // Members in code-unit order, as canonical JSON writes them: sealing then takes the encoder's fast path.
        observed_at: (r) => ({ end: r.observed_to, start: r.observed_from }),
        casualties: (r) => ({ civilian_injured: r.civilian_injured, civilian_killed: r.civilian_killed, military_injured: r.military_injured, military_killed: r.military_killed }),
      },
    },
    // Which incident a report joined is the mission's finding, shown once the incident is, even to the party that filed it.
    incident: { readers: [...STAFF, 'published', 'attributed_party'], fields: copy<Report>('incident_id') },
    location: {
      readers: [...STAFF, 'filing_party', 'published', 'attributed_party'],
      whenSensitive: [...STAFF, 'filing_party'],
      fields: {
        point: (r) => ({ latitude: r.exact_latitude, longitude: r.exact_longitude }),
        place: (r) => (r.place_id !== null && r.place_name !== null ? { geonames_id: r.place_id, name: r.place_name } : null),
        location_rounded: () => false,
      },
    },
    rounded_location: {
      readers: [...STAFF, 'owner', 'filing_party', 'published', 'attributed_party'],
      fields: { point: (r) => ({ latitude: r.latitude, longitude: r.longitude }), place: () => null, location_rounded: () => true },
    },
    // Where the observer stood gives the observer away.
    observer: {
      readers: [...STAFF, 'filing_party'],
      fields: {
        observer: (r) =>
          r.observer_latitude === null && r.observer_longitude === null && r.bearing_deg === null && r.distance_m === null
            ? null
            : { bearing_deg: r.bearing_deg, distance_m: r.distance_m, latitude: r.observer_latitude, longitude: r.observer_longitude },
      },
    },
    witness: { readers: ['owner', 'verifier', 'mediator'], fields: copy<Report>('witness') },
    submitter: { readers: [...STAFF, 'owner'], fields: copy<Report>('submitted_by') },
  },
  children: ['evidence'],
};
