import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Paths pino blanks in every line. Request headers are logged (they help operators),
 * so credentials in them must go; so must any field named like a secret, wherever
 * a log call puts it. A test reads the real log stream to hold this.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  'secret',
  'token',
  'csrf_token',
  '*.password',
  '*.secret',
  '*.token',
  '*.csrf_token',
  '*.password_hash',
  '*.token_hash',
  '*.sessionId',
];

export interface LoggerOptions {
  level?: string;
  /** Where lines go; stdout when absent. Tests pass a stream to read them. */
  destination?: DestinationStream;
}

/** The server's pino logger, with secrets redacted and request headers recorded. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.TRUCE_LOG_LEVEL ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        req: (request: { id: string; method: string; url: string; headers: Record<string, unknown>; ip?: string }) => ({
          id: request.id,
          method: request.method,
          // The query string is dropped: nothing secret belongs there, and if a client puts it there anyway, it stays out of the log.
          url: request.url.split('?')[0],
          headers: { ...request.headers },
          remoteAddress: request.ip,
        }),
      },
    },
    options.destination,
  );
}
