export interface UserTable {
  id: string;
  name: string;
  role: string;
  party_id: string | null;
  /** scrypt with its parameters and salt beside the hash; never in a log entry. */
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
  log_index: number;
  /** JSON: the salts that open the sealed groups of the latest entry (also kept in log_openings). */
  salts: string;
}

export interface ApiTokenTable {
  id: string;
  name: string;
  user_id: string;
  role: string;
  party_id: string | null;
  scopes: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  expires_at: string;
  revoked_at: string | null;
  created_by: string;
  created_at: string;
  log_index: number;
  /** JSON: the salts that open the sealed groups of the latest entry (also kept in log_openings). */
  salts: string;
}

/** Server-side sessions: ephemeral, so not records and not logged. */
export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** A login throttle counter, per account name, address or device: operational state, not a record. */
export interface LoginCounterTable {
  key: string;
  failures: number;
  /** No attempt under this key is heard before this time (ms since the epoch). */
  blocked_until: number;
  last_failure: number;
}

/** A device (the hash of its cookie) that logged in well to an account (its normalised name) lately. */
export interface LoginDeviceTable {
  device_hash: string;
  account: string;
  last_login: number;
}

/** Accounts: users, API tokens, sessions and the login throttle's state. */
export interface AccountTables {
  users: UserTable;
  api_tokens: ApiTokenTable;
  sessions: SessionTable;
  login_counters: LoginCounterTable;
  login_devices: LoginDeviceTable;
}
