export interface LogEntryTable {
  idx: number;
  type: string;
  record_id: string;
  entry: string;
  leaf_hash: Buffer;
}

/**
 * What opens an entry's sealed groups: their values and salts, and the actor its pseudonym
 * stands for. Never served as part of the log; readers get the openings they may see.
 */
export interface LogOpeningTable {
  idx: number;
  actor: string;
  /** JSON: each sealed group's salt, hex. */
  salts: string;
  /** Canonical JSON: each sealed group's value. */
  sealed: string;
}

/** Subtree hashes of every fourth level above the leaves (4, 8, 12, …): every other one is folded from these. */
export interface LogNodeTable {
  level: number;
  idx: number;
  hash: Buffer;
}

export interface LogCheckpointTable {
  size: number;
  root: Buffer;
  note: string;
  signed_at: string;
}

export interface LogCosignatureTable {
  size: number;
  witness: string;
  signature_line: string;
  cosigned_at: number;
  received_at: string;
}

export interface LogMetaTable {
  key: string;
  value: string;
}

/** The transparency log: entries, subtree hashes, checkpoints, cosignatures. */
export interface LogTables {
  log_entries: LogEntryTable;
  log_openings: LogOpeningTable;
  log_nodes: LogNodeTable;
  log_checkpoints: LogCheckpointTable;
  log_cosignatures: LogCosignatureTable;
  log_meta: LogMetaTable;
}
