import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface BodyRate {
  /** The least a client must send, on average over each window, while its body is incomplete. */
  bytesPerSecond: number;
  windowMs: number;
}

/**
 * A field link may send a 200 MB upload slowly, so no total request timeout is set; but a
 * client that sends almost nothing (a half-sent body, a 10 GB declaration trickled out) must
 * not hold a connection for minutes. While a request's body is incomplete, each window must
 * bring at least the minimum rate, or the connection is closed. Headers have their own timeout.
 */
export const DEFAULT_BODY_RATE: BodyRate = { bytesPerSecond: 1024, windowMs: 30_000 };
/** How long a client may take to send its request headers. */
export const HEADERS_TIMEOUT_MS = 20_000;

export function guardSlowBodies(app: FastifyInstance, rate: BodyRate): void {
  app.server.headersTimeout = HEADERS_TIMEOUT_MS;
  app.addHook('onRequest', async (request) => {
    if (!hasBody(request)) return;
    const socket = request.raw.socket;
    let seen = socket.bytesRead;
    const timer = setInterval(() => {
      const now = socket.bytesRead;
      if (now - seen < (rate.bytesPerSecond * rate.windowMs) / 1000) {
        request.log.warn({ received: now - seen, windowMs: rate.windowMs }, 'request body too slow: connection closed');
        stop();
        socket.destroy();
      }
      seen = now;
    }, rate.windowMs);
    timer.unref();
    const stop = () => clearInterval(timer);
    // The body is complete (or abandoned): from here on, a slow handler is the server's business, not the client's.
    request.raw.once('end', stop);
    request.raw.once('close', stop);
  });
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
