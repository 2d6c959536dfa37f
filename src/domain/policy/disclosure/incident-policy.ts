import { isPublished, type Incident } from '../../incidents/incident-types.js';
import { copy, STAFF, type KindPolicy } from '../disclosure-policy.js';

/**
 * An incident is the mission's until it is published; the party it is attributed to sees it
 * too. A liaison's own allegation does not make the incident it joined visible to the liaison.
 */
export const incidentPolicy: KindPolicy<Incident> = {
  casework: true,
  facts: (incident) => ({ published: isPublished(incident.status), attributedParty: incident.attributed_party_id, sensitive: incident.location_sensitive }),
  groups: {
    summary: {
      readers: [...STAFF, 'published', 'attributed_party'],
      fields: {
        ...copy<Incident>('family', 'kind', 'status', 'first_observed_at', 'last_observed_at', 'report_count', 'affiliations', 'corroboration'),
        ...copy<Incident>('agreement_id', 'attributed_party_id', 'attribution_confidence', 'merged_into', 'synthetic', 'location_sensitive', 'created_at', 'updated_at'),
        published: (i) => isPublished(i.status),
      },
    },
    location: {
      readers: [...STAFF, 'published', 'attributed_party'],
      whenSensitive: [...STAFF],
      fields: { point: (i) => ({ latitude: i.exact_latitude, longitude: i.exact_longitude }), location_rounded: () => false },
    },
    rounded_location: {
      readers: [...STAFF, 'published', 'attributed_party'],
      fields: { point: (i) => ({ latitude: i.latitude, longitude: i.longitude }), location_rounded: () => true },
    },
    // The clustering index is of the exact point: about 1 km across, so it is shown to no one.
    cluster_cell: { readers: [], fields: copy<Incident>('h3_cell') },
  },
  children: ['reports', 'evidence', 'decisions', 'disputes', 'territorial_change'],
  derived: ['log_indexes'],
};
