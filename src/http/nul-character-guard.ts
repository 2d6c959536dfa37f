import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInputError } from '../domain/domain-error.js';

/**
 * PostgreSQL text cannot hold U+0000, and no field of ours has a use for it: refuse it
 * before validation, naming the field, on both databases alike, rather than let the
 * database fail halfway through a use case.
 */
export async function nulCharacterGuard(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const found = pathOfNul(request.body, []) ?? prefixed('query', pathOfNul(request.query, [])) ?? prefixed('params', pathOfNul(request.params, []));
  if (found !== undefined) throw new InvalidInputError(found || 'body', 'contains a NUL character (U+0000)', { code: 'nul_character' });
}

function prefixed(where: string, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  return path ? `${where}.${path}` : where;
}

/** The dotted path of the first string (or key) holding U+0000, or undefined. */
function pathOfNul(value: unknown, at: string[]): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at.join('.') : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathOfNul(value[i], [...at, String(i)]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...at, JSON.stringify(key)].join('.');
      const found = pathOfNul(item, [...at, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
