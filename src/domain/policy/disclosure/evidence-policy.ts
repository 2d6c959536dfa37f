import { isPublished, type Incident } from '../../incidents/incident-types.js';
import type { Evidence } from '../../monitoring/evidence-types.js';
import type { Report } from '../../monitoring/report-types.js';
import { copy, STAFF, type KindPolicy } from '../disclosure-policy.js';

/** How far a piece of evidence may travel: mission staff only, also the parties concerned, or everyone. */
export const EVIDENCE_RELEASES = ['internal', 'parties', 'public'] as const;
export type EvidenceRelease = (typeof EVIDENCE_RELEASES)[number];

export function evidenceRelease(evidence: Pick<Evidence, 'public' | 'releasable_to_parties'>): EvidenceRelease {
  return evidence.public ? 'public' : evidence.releasable_to_parties ? 'parties' : 'internal';
}

export interface EvidenceContext {
  report: Pick<Report, 'filed_by_party_id'>;
  incident: Pick<Incident, 'status' | 'attributed_party_id'>;
}

/**
 * Evidence follows its report, then its own release: the public sees it once released to the
 * public and its incident is published; the party a finding is attributed to once released
 * to the parties. Who collected it, its file name and who held it stay with the mission.
 */
export const evidencePolicy: KindPolicy<Evidence, EvidenceContext> = {
  casework: true,
  facts: (evidence, { report, incident }) => {
    const release = evidenceRelease(evidence);
    return {
      published: release === 'public' && isPublished(incident.status),
      attributedParty: release === 'internal' ? null : incident.attributed_party_id,
      filingParty: report.filed_by_party_id,
      owner: evidence.submitted_by,
    };
  },
  groups: {
    file: {
      readers: [...STAFF, 'owner', 'filing_party', 'published', 'attributed_party'],
      fields: {
        ...copy<Evidence>('report_id', 'sha256', 'media_type', 'size', 'url', 'captured_at', 'public', 'releasable_to_parties', 'created_at', 'updated_at'),
        href: (e) => `/api/v1/evidence/${e.sha256}`,
      },
    },
    provenance: { readers: [...STAFF, 'owner'], fields: copy<Evidence>('original_name', 'collector', 'submitted_by') },
    custody: { readers: [...STAFF], fields: copy<Evidence>('custody') },
    // The trail without the people in it or their notes.
    custody_summary: {
      readers: [...STAFF, 'owner', 'filing_party', 'published', 'attributed_party'],
      fields: { custody: (e) => e.custody.map(({ event, at }) => ({ at, event })) },
    },
  },
};
