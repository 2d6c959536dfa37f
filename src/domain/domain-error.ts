/**
 * Errors thrown by the core and the use cases. Only the HTTP layer knows which
 * status code each one becomes; the CLI prints the message.
 */
/** What a client fills into its own translation of a detail: counts, names, ids. */
export type ErrorParams = Record<string, string | number>;

/** A stable, translatable reason for a detail; `message` stays the English text for API users. */
export interface ErrorReason {
  code: string;
  params?: ErrorParams;
}

/**
 * One named field and what is wrong with it. A detail without a code takes its error's
 * default (`detailCode`), so every detail that reaches a client carries one.
 */
export interface ErrorDetail {
  path: string;
  message: string;
  code?: string;
  params?: ErrorParams;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  /** The code of a detail that names none of its own. */
  readonly detailCode: string = 'invalid';
  readonly details: ErrorDetail[];

  constructor(message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** The input is well-formed but says something impossible (an end before its start). */
export class InvalidInputError extends DomainError {
  readonly code = 'invalid_input';
  constructor(path: string, message: string, reason?: ErrorReason) {
    super(`${path}: ${message}`, [{ path, message, ...reason }]);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  override readonly detailCode = 'unknown_reference';
  constructor(readonly resource: string, readonly id: string, path?: string) {
    super(`${resource} ${id} does not exist`, path ? [{ path, message: `unknown ${resource} ${id}`, params: { resource, id } }] : []);
  }
}

/** A rule of the domain forbids the change; `rule` names it so a client can tell which, and is its detail's code. */
export class RuleViolationError extends DomainError {
  readonly code = 'rule_violation';
  constructor(readonly rule: string, message: string, path?: string, params?: ErrorParams) {
    super(message, [{ path: path ?? rule, message, code: rule, ...(params ? { params } : {}) }]);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'conflict';
  override readonly detailCode = 'conflict';
  constructor(message: string, path?: string, reason?: ErrorReason) {
    super(message, path ? [{ path, message, ...reason }] : []);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'unauthenticated';
  constructor(message = 'authentication required') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  constructor(message = 'not allowed') {
    super(message);
  }
}

export class PayloadTooLargeError extends DomainError {
  readonly code = 'payload_too_large';
  override readonly detailCode = 'too_large';
  constructor(path: string, message: string) {
    super(`${path}: ${message}`, [{ path, message }]);
  }
}

/** Too many attempts (logins): try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  readonly code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number, message = `too many attempts; try again in ${retryAfterSeconds} s`) {
    super(message);
  }
}

/** Something the request needs is missing on this server (Chromium for a PDF); the request itself was fine. */
export class UnavailableError extends DomainError {
  readonly code = 'unavailable';
  /** When asking again makes sense (the server is busy), in seconds; absent when it does not (Chromium is missing). */
  constructor(message: string, readonly retryAfterSeconds?: number) {
    super(message);
  }
}
