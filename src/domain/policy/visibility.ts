import type { Actor } from '../actor.js';

/** How far a piece of evidence may travel: mission staff only, also the parties concerned, or everyone. */
export const EVIDENCE_RELEASES = ['internal', 'parties', 'public'] as const;
export type EvidenceRelease = (typeof EVIDENCE_RELEASES)[number];

/**
 * What a record tells the policy about itself so that the policy can decide who
 * sees how much of it. Reports, incidents, allegations, decisions and disputes
 * all describe themselves with these facts; a fact a record does not have is left out.
 */
export interface RecordFacts {
  /** Published: an incident or report the mission has released to the public. */
  published?: boolean;
  /** The party whose liaison filed it (an allegation, a dispute). */
  filedByParty?: string | null;
  /** The party the record is attributed to (an incident, a decision). */
  attributedTo?: string | null;
  /** The actor id of the person who submitted it. */
  submittedBy?: string | null;
  /** Its location is flagged sensitive: readers without need see it rounded to about 10 km. */
  sensitiveLocation?: boolean;
}

/** How much of one record one reader may see. A presenter removes everything that is false. */
export interface Visibility {
  /** The record exists for this reader at all; when false, answer 404 as if it did not. */
  visible: boolean;
  /** Who submitted it (a monitor's or a liaison's account). */
  submitter: boolean;
  /** A witness's name, contact and any detail that could identify them. */
  witness: boolean;
  /** The exact location; when false and the location is sensitive, show `coarseLocation` of it. */
  exactLocation: boolean;
  /** Which evidence releases this reader may see; evidence with another release is left out entirely. */
  evidence: readonly EvidenceRelease[];
}

const NOTHING: Visibility = { visible: false, submitter: false, witness: false, exactLocation: false, evidence: [] };

/**
 * The one rule for reading casework; `can(actor, 'incident.read', { record: facts })` uses
 * it for the yes/no, and a presenter uses the whole answer to cut the record down:
 *
 *     const view = visibility(request.actor, incidentFacts(incident));
 *     if (!view.visible) throw new NotFoundError('incident', id);   // never 403: that would confirm it exists
 *     return presentIncident(incident, view);                       // drops submitter, witness, evidence; rounds location
 *
 * Presenters must build the answer from what is allowed (an allow-list of fields),
 * never by deleting what is not, so that a field added later stays hidden until someone decides.
 *
 * - verifiers and mediators see everything;
 * - monitors see the mission's casework, but witness details only on what they submitted themselves;
 * - a liaison sees what is published, what their own party filed, and what is attributed to their own
 *   party, with evidence released to the parties; never a submitter, a witness, or another party's internals;
 * - the public, and the administrator (who runs accounts, not casework), see only what is published,
 *   with public evidence, no submitter or witness, and a sensitive location rounded.
 */
export function visibility(actor: Actor, record: RecordFacts): Visibility {
  const published = record.published === true;
  const sensitive = record.sensitiveLocation === true;
  switch (actor.role) {
    case 'verifier':
    case 'mediator':
      return { visible: true, submitter: true, witness: true, exactLocation: true, evidence: EVIDENCE_RELEASES };
    case 'monitor': {
      const own = record.submittedBy != null && record.submittedBy === actor.id;
      return { visible: true, submitter: true, witness: own, exactLocation: true, evidence: EVIDENCE_RELEASES };
    }
    case 'liaison': {
      const party = actor.partyId ?? null;
      const filed = party !== null && record.filedByParty === party;
      const concerned = filed || (party !== null && record.attributedTo === party);
      if (!published && !concerned) return NOTHING;
      return {
        visible: true,
        submitter: false,
        witness: false,
        exactLocation: !sensitive || filed,
        evidence: concerned ? ['parties', 'public'] : ['public'],
      };
    }
    case 'admin':
    case 'public':
      if (!published) return NOTHING;
      return { visible: true, submitter: false, witness: false, exactLocation: !sensitive, evidence: ['public'] };
  }
}
