/** The Berkeley Protocol's chain of custody: who held the evidence, and what they did with it. */
export const CUSTODY_EVENTS = ['collected', 'transferred', 'analysed', 'exported'] as const;
export type CustodyEventName = (typeof CUSTODY_EVENTS)[number];

export interface CustodyEvent {
  event: CustodyEventName;
  actor: string;
  at: string;
  note: string | null;
}

/** A file or web capture, stored once by its SHA-256 and never modified; only its custody and release change. */
export interface Evidence {
  id: string;
  report_id: string;
  sha256: string;
  media_type: string;
  size: number;
  original_name: string | null;
  url: string | null;
  captured_at: string | null;
  collector: string | null;
  public: boolean;
  releasable_to_parties: boolean;
  custody: CustodyEvent[];
  submitted_by: string;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** The salts that open the sealed groups of the latest entry, by group. */
  salts: Record<string, string>;
}
