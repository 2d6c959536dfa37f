import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, RateLimitedError, UnavailableError, type ErrorDetail, type ErrorParams } from '../domain/domain-error.js';
import { IdempotentReplay } from '../services/write-scope.js';
import { isStorageFull, StorageFullError } from '../store/dialect/storage-full.js';

const STATUS_BY_CODE: Record<string, number> = {
  invalid_input: 400,
  not_found: 404,
  rule_violation: 409,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  storage_full: 507,
};

/** A detail as it is sent: always with a code a client can translate, and its params. */
export type SentDetail = Required<ErrorDetail>;

export interface ErrorBody {
  error: string;
  message: string;
  details: SentDetail[];
  request_id: string;
}

/** One error shape for every failure; no stack trace or SQL ever reaches a client. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const send = (status: number, code: string, message: string, details: SentDetail[] = []) =>
    reply.code(status).type('application/json').send({ error: code, message, details, request_id: request.id } satisfies ErrorBody);

  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
    const details = error.validation.map((issue) => validationDetail(where, issue));
    return send(400, 'validation_error', details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
  }
  // A repeat of an answered request gets the first answer, exactly as it was sent.
  if (error instanceof IdempotentReplay) return reply.code(error.answer.status).type('application/json').send(error.answer.body);
  // Out of space outside a write (an evidence file streaming to disk) is the same storage fault.
  if (!(error instanceof DomainError) && isStorageFull(error)) {
    request.log.error({ err: error }, 'storage full');
    return errorHandler(new StorageFullError() as unknown as FastifyError, request, reply);
  }
  if (error instanceof DomainError) {
    if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof UnavailableError && error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
    const details = error.details.map((d) => ({ path: d.path, message: d.message, code: d.code ?? error.detailCode, params: d.params ?? {} }));
    return send(STATUS_BY_CODE[error.code] ?? 400, error.code, error.message, details);
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error }, 'response does not match its schema');
    return send(500, 'internal_error', `internal error; quote request id ${request.id}`);
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return send(413, 'payload_too_large', 'the request body is larger than this route accepts', [{ path: 'body', message: 'too large', code: 'too_large', params: {} }]);
  if (status === 415) return send(415, 'unsupported_media_type', error.message, [{ path: 'content-type', message: error.message, code: 'unsupported_media_type', params: {} }]);
  if (status >= 400 && status < 500) {
    const empty = error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY';
    return send(status, empty ? 'validation_error' : 'bad_request', error.message, [{ path: 'body', message: error.message, code: empty ? 'empty_body' : 'bad_request', params: {} }]);
  }
  request.log.error({ err: error }, 'request failed');
  return send(500, 'internal_error', `internal error; quote request id ${request.id}`);
}

interface ValidationIssue {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

function validationDetail(where: string, issue: ValidationIssue): SentDetail {
  const segments = issue.instancePath.split('/').filter(Boolean);
  const keys = Array.isArray(issue.params.keys) ? (issue.params.keys as string[]) : undefined;
  if (issue.keyword === 'unrecognized_keys' && keys?.length) {
    return { path: fieldPath(where, [...segments, keys[0]!]), message: `unknown field${keys.length > 1 ? 's' : ''}: ${keys.join(', ')}`, ...issueReason(issue) };
  }
  return { path: fieldPath(where, segments), message: issue.message ?? 'is invalid', ...issueReason(issue) };
}

/** Issue fields a translation can use; the rest (zod's internals, patterns) stay out of the answer. */
const ISSUE_PARAMS = ['origin', 'minimum', 'maximum', 'inclusive', 'expected', 'format', 'values', 'keys', 'divisor'] as const;

/**
 * The zod issue code is the detail's code (too_small, invalid_format, …) with its bounds as params;
 * a refinement names its own code through zod's `params: { code }`, else it is `custom`.
 */
function issueReason(issue: ValidationIssue): { code: string; params: ErrorParams } {
  const own = issue.params.params as { code?: unknown } | undefined;
  const code = issue.keyword === 'custom' && typeof own?.code === 'string' ? own.code : issue.keyword;
  const params: ErrorParams = {};
  for (const name of ISSUE_PARAMS) {
    const value = issue.params[name];
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    else if (typeof value === 'boolean') params[name] = String(value);
    else if (typeof value === 'bigint') params[name] = Number(value);
    else if (Array.isArray(value)) params[name] = value.map(String).join(', ');
  }
  return { code, params };
}

/** Body fields are named as they are sent (`duration_days`); query, params and headers carry their place (`query.at`). */
function fieldPath(where: string, segments: string[]): string {
  const field = segments.join('.');
  if (where === 'body') return field || 'body';
  return field ? `${where}.${field}` : where;
}
