/** Where an auditor reads a log from: a server's tiles, or the database itself. */
export interface LogSource {
  description: string;
  /** The latest signed checkpoint note. */
  checkpointNote(): Promise<string>;
  /** The verifier key the log publishes, trusted only on first use. */
  publishedKey(): Promise<string>;
  /** Entries [start, start + count) in order; fewer when some are missing. */
  readEntries(start: number, count: number): Promise<Buffer[]>;
  /** The leaf hashes the source stores and serves for the same range, to pinpoint a changed entry. */
  readLeafHashes(start: number, count: number): Promise<Buffer[]>;
}
